package org.newsgraph.facts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsgraph.io.CsvRow;
import org.newsgraph.lexicon.Lexicon;
import org.newsgraph.lexicon.Lexicon.SpeechType;
import org.newsgraph.lexicon.Phrases;
import org.newsgraph.model.Mention;
import org.newsgraph.recognize.SentenceView;

/**
 * Accusations whose accuser and accused stand where a speech verb's do not:
 * <ul>
 * <li>"Ruritania held Borduria responsible for the raid": a verb of {@code accountability-verbs.csv}, the
 * accused right after it and one of its words after the accused (rule {@code claim-held-responsible});</li>
 * <li>"Borduria was accused by Ruritania of arming the rebels", "… was condemned by Ruritania": an accusing
 * or condemning verb after a passive auxiliary, its accuser after "by", the accused its subject (rule
 * {@code claim-passive-by}).</li>
 * </ul>
 * Each is found as a {@link Frame}: who accuses, whom, and the words of the accusation.
 *
 * <pre>{@code
 * for (HeldResponsible.Frame f : frames.in(view, start, discourse.agents())) { … }
 * }</pre>
 */
final class HeldResponsible {
    /** How far after the accused the word that makes the verb an accusation may stand ("held Borduria's army fully responsible"). */
    private static final int COMPLEMENT = 4;
    /** Words before a verb that make it a gerund or infinitive whose doer the sentence leaves open. */
    private static final Set<String> PREPOSITIONS = Set.of("in", "by", "for", "of", "on", "at", "to", "from");
    /** How far after a passive verb "by" may stand ("was accused again by"). */
    private static final int BY = 3;

    /**
     * One accusation.
     *
     * @param accuser who accuses
     * @param accused whom
     * @param content the tokens {@code [from, to)} of the accusation, from its verb
     * @param rule    the rule id
     */
    record Frame(String accuser, String accused, int[] content, String rule) {
    }

    private final Map<String, Set<String>> complements = new HashMap<>();
    private final Set<String> passives;

    private final Lexicon lexicon;

    HeldResponsible(Lexicon lexicon) {
        this.lexicon = lexicon;
        for (CsvRow r : lexicon.files().rows("accountability-verbs.csv", List.of("verb", "complement"))) {
            complements.computeIfAbsent(r.required("verb").toLowerCase(Locale.ROOT), v -> new HashSet<>())
                    .add(r.required("complement").toLowerCase(Locale.ROOT));
        }
        this.passives = lexicon.words("passive-auxiliaries.csv");
    }

    /** The accusations of sentence {@code view} from token {@code start}, in order. */
    List<Frame> in(SentenceView view, int start, Agents agents) {
        List<Frame> found = new ArrayList<>();
        for (int k = start; k < view.size(); k++) {
            Set<String> words = complements.get(view.word(k).toLowerCase(Locale.ROOT));
            if (words != null && !view.quoted(k)) {
                Frame held = held(view, start, k, words, agents);
                if (held != null) {
                    found.add(held);
                }
            }
        }
        for (Phrases.Match<SpeechType> verb : lexicon.speechVerbs().all(view.words(), start, view.size())) {
            if (!view.quoted(verb.start()) && (verb.value() == SpeechType.ACCUSE || verb.value() == SpeechType.CONDEMN)
                    && passives.contains(view.word(verb.start() - 1))) {
                Frame passive = passiveBy(view, start, verb, agents);
                if (passive != null) {
                    found.add(passive);
                }
            }
        }
        return found;
    }

    /**
     * "Ruritania held Borduria responsible for …": the verb at token {@code k}; none after a preposition
     * ("will support Borduria in holding Carpathia accountable": whose holding it is the words leave open).
     */
    private static Frame held(SentenceView view, int start, int k, Set<String> words, Agents agents) {
        if (PREPOSITIONS.contains(view.word(k - 1).toLowerCase(Locale.ROOT))) {
            return null;
        }
        int at = view.word(k + 1).equals("the") ? k + 2 : k + 1;
        Mention accused = view.mentionAt(at);
        if (accused == null || !view.isAgent(accused) || view.firstToken(accused) != at) {
            return null;
        }
        int end = view.endToken(accused);
        for (int j = end; j < Math.min(view.size(), end + COMPLEMENT); j++) {
            if (words.contains(view.word(j).toLowerCase(Locale.ROOT))) {
                Mention accuser = agents.firstAgent(view, start, k);
                return accuser == null || accuser.entityId().equals(accused.entityId()) ? null
                        : new Frame(accuser.entityId(), agents.head(view, accused).entityId(),
                                new int[] {k, SpeechVerbs.end(view)}, "claim-held-responsible");
            }
        }
        return null;
    }

    /** "Borduria was accused by Ruritania of …": the accused is the subject, the accuser after "by". */
    private static Frame passiveBy(SentenceView view, int start, Phrases.Match<SpeechType> verb, Agents agents) {
        for (int j = verb.end(); j < Math.min(view.size(), verb.end() + BY); j++) {
            if (view.word(j).equals("by")) {
                Mention accuser = agents.firstAgentAfter(view, j + 1, 4);
                Mention accused = agents.firstAgent(view, start, verb.start());
                return accuser == null || accused == null || accuser.entityId().equals(accused.entityId()) ? null
                        : new Frame(accuser.entityId(), accused.entityId(),
                                new int[] {verb.start() - 1, SpeechVerbs.end(view)}, "claim-passive-by");
            }
        }
        return null;
    }
}
