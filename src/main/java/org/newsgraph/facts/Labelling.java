package org.newsgraph.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newsgraph.lexicon.Lexicon.SpeechType;
import org.newsgraph.lexicon.Lexicon;
import org.newsgraph.lexicon.Phrases;
import org.newsgraph.model.Facts.Claim;
import org.newsgraph.model.Mention;
import org.newsgraph.recognize.SentenceView;

/**
 * The labelling rule (rule {@code claim-labelling}): a claimant labels what a party did with a word that
 * blames ({@code labelling-blame.csv}) after a naming verb ({@code naming-verbs.csv}): "The Union called
 * the transfer of power in Ruritania a military coup", "Elbonia described the Ruritanian move as a
 * provocation". The claimant is the verb's subject ({@link Speakers}); the party blamed is the first party
 * named between the verb and the label, which may be quoted ("called the vote a “farce”"). No claim from
 * "called on" or "called for" (a call, not a label), from a naming verb inside quotation marks, or when no
 * party is named in the labelled thing.
 *
 * <pre>{@code
 * List<Claim> labels = new Labelling(lexicon).find(view, start, discourse);
 * }</pre>
 */
final class Labelling {
    /** How far after the naming verb the blaming label may stand, in tokens. */
    private static final int SPAN = 14;
    /** Words after "called" that make it a call: "called on Ruritania to …", "called for talks". */
    private static final Set<String> CALLS = Set.of("on", "upon", "for");

    private final Set<String> namingVerbs;
    private final Set<String> labels;
    private final Set<String> breaks;

    Labelling(Lexicon lexicon) {
        this.namingVerbs = lexicon.words("naming-verbs.csv");
        this.labels = lexicon.words("labelling-blame.csv");
        this.breaks = lexicon.words("clause-breaks.csv");
    }

    /** The labelling claims of sentence {@code view} from token {@code start}. */
    List<Claim> find(SentenceView view, int start, Discourse discourse) {
        List<Claim> found = new ArrayList<>();
        for (int k = start; k < view.size(); k++) {
            if (!namingVerbs.contains(view.word(k)) || view.quoted(k) || CALLS.contains(view.word(k + 1))) {
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
            found.add(new Claim(claimant, view.text(k + 1, label + 1), blamed.entityId(), null,
                    view.evidence(k, label + 1, "claim-labelling")));
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
