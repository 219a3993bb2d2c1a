package org.newsgraph.facts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsgraph.io.CsvRow;
import org.newsgraph.lexicon.Lexicon.SpeechType;
import org.newsgraph.lexicon.Lexicon;
import org.newsgraph.lexicon.Phrases;
import org.newsgraph.model.Facts.Claim;
import org.newsgraph.model.Mention;
import org.newsgraph.recognize.SentenceView;

/**
 * The labelling rule (rule {@code claim-labelling}): a claimant labels what a party did with a word that
 * blames ({@code labelling-blame.csv}) after a naming verb ({@code naming-verbs.csv}) or a judging verb
 * ({@code judging-verbs.csv}): "The Union called the transfer of power in Ruritania a military coup",
 * "Elbonia described the Ruritanian move as a provocation", "Elbonia views the Ruritanian deployment as
 * provocative". The claimant is the verb's subject ({@link Speakers}); the party blamed is the first party
 * named between the verb and the label, which may be quoted ("called the vote a “farce”"), and every party
 * named there as taking part in it ({@code complicity-cues.csv}: "with the support of Elbonia", "backed by
 * Elbonia"). No claim from "called on" or "called for" (a call, not a label), from a verb inside quotation
 * marks or denied ("does not view … as"), from a press question in a transcript, or when no party is named
 * in the labelled thing.
 *
 * <pre>{@code
 * List<Claim> labels = new Labelling(lexicon).find(view, start, discourse);
 * }</pre>
 */
final class Labelling {
    /** How far after the naming verb the blaming label may stand, in tokens. */
    private static final int SPAN = 18;
    /** Words after "called" that make it a call: "called on Ruritania to …", "called for talks". */
    private static final Set<String> CALLS = Set.of("on", "upon", "for");

    /** Words that deny the verb right after them (maybe with "to": "did not want to call it"). */
    private static final Set<String> NEGATIONS = Set.of("not", "n't", "never", "no", "nor");

    private final Set<String> verbs = new HashSet<>();
    private final Set<String> labels;
    private final Set<String> breaks;
    /** Complicity words and the word each is followed by before its party ("support" → "of"). */
    private final Map<String, String> complicity = new HashMap<>();

    Labelling(Lexicon lexicon) {
        verbs.addAll(lexicon.words("naming-verbs.csv"));
        verbs.addAll(lexicon.words("judging-verbs.csv"));
        this.labels = lexicon.words("labelling-blame.csv");
        this.breaks = lexicon.words("clause-breaks.csv");
        for (CsvRow r : lexicon.files().rows("complicity-cues.csv", List.of("word", "before"))) {
            String before = r.required("before");
            if (!before.equals("of") && !before.equals("by")) {
                throw r.error("before must be \"of\" or \"by\", found \"" + before + "\"");
            }
            complicity.put(r.required("word").toLowerCase(Locale.ROOT), before);
        }
    }

    /** The labelling claims of sentence {@code view} from token {@code start}. */
    List<Claim> find(SentenceView view, int start, Discourse discourse) {
        List<Claim> found = new ArrayList<>();
        Transcripts.Line line = discourse.transcriptLine(view, start);
        if (line != null && line.press()) {
            return found;   // a press question's words are nobody's label
        }
        for (int k = start; k < view.size(); k++) {
            if (!verbs.contains(view.word(k)) || view.quoted(k) || CALLS.contains(view.word(k + 1)) || denied(view, k)) {
                continue;
            }
            int label = label(view, k + 1);
            if (label < 0) {
                continue;
            }
            String claimant = Speakers.of(view, new Phrases.Match<>(SpeechType.SAY, k, k + 1), start, false, discourse);
            Mention blamed = discourse.agents().firstAgent(view, k + 1, label);
            if (claimant == null || blamed == null || blamed.entityId().equals(claimant)) {
                continue;
            }
            Set<String> parties = new LinkedHashSet<>();
            parties.add(blamed.entityId());
            parties.addAll(accomplices(view, k + 1, label, discourse));
            parties.remove(claimant);
            for (String party : parties) {
                found.add(new Claim(claimant, view.text(k + 1, label + 1), party, null,
                        view.evidence(k, label + 1, "claim-labelling")));
            }
        }
        return found;
    }

    /** Whether a negation stands in the two words before the verb at {@code k}, or before "to" and the verb. */
    private static boolean denied(SentenceView view, int k) {
        int before = view.word(k - 1).equals("to") ? k - 2 : k - 1;
        return NEGATIONS.contains(view.word(before)) || NEGATIONS.contains(view.word(before - 1));
    }

    /** The parties named in {@code [from, to)} as taking part: "with the support of Elbonia", "backed by Elbonia". */
    private List<String> accomplices(SentenceView view, int from, int to, Discourse discourse) {
        List<String> found = new ArrayList<>();
        for (int j = from; j < to; j++) {
            String before = complicity.get(view.word(j));
            if (before == null || !view.word(j + 1).equals(before)) {
                continue;
            }
            Mention party = discourse.agents().firstAgent(view, j + 2, Math.min(to, j + 5));
            if (party != null) {
                found.add(party.entityId());
            }
        }
        return found;
    }

    /** The token of the blaming label in the few words from {@code from}, before a clause ends; or -1. */
    private int label(SentenceView view, int from) {
        for (int j = from; j < Math.min(view.size(), from + SPAN); j++) {
            if (view.word(j).equals(";") || view.word(j).equals(".") || breaks.contains(view.word(j))) {
                return -1;
            }
            if (labels.contains(view.word(j))) {
                return j;
            }
        }
        return -1;
    }
}
