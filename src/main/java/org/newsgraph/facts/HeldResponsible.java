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
 * accused right after it, or after one noun and "of" ("held the government of Borduria responsible"), and one
 * of its words after the accused (rule {@code claim-held-responsible});</li>
 * <li>"Borduria was accused by Ruritania of arming the rebels", "… was condemned by Ruritania": an accusing
 * or condemning verb after a passive auxiliary, its accuser after "by", the accused its subject (rule
 * {@code claim-passive-by});</li>
 * <li>"the Union's condemnation of the juntas in Ruritania and Borduria": a noun of {@code blame-nouns.csv}
 * after its accuser's possessive, each party after "of" in the phrase accused (rule {@code claim-nominal});
 * none where the phrase goes on to a target ("condemnation of the attack on Borduria") or names the doer
 * after "by" (then that party is accused).</li>
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

    /** How many tokens after "of" a nominal accusation's parties may stand. */
    private static final int PHRASE = 8;
    /** Words after which the parties of "condemnation of …" are targets or another clause. */
    private static final Set<String> PHRASE_ENDS = Set.of("on", "against", "to", "at", "from", "that", "which", "who",
            ",", ";", ":", ".", "(");

    private final Map<String, Set<String>> complements = new HashMap<>();
    private final Set<String> passives;
    private final Set<String> blameNouns;

    private final Lexicon lexicon;

    HeldResponsible(Lexicon lexicon) {
        this.lexicon = lexicon;
        for (CsvRow r : lexicon.files().rows("accountability-verbs.csv", List.of("verb", "complement"))) {
            complements.computeIfAbsent(r.required("verb").toLowerCase(Locale.ROOT), v -> new HashSet<>())
                    .add(r.required("complement").toLowerCase(Locale.ROOT));
        }
        this.passives = lexicon.words("passive-auxiliaries.csv");
        this.blameNouns = lexicon.words("blame-nouns.csv");
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
            // "Jane Roe was arrested, and accused by John Doe of …": the auxiliary left out after "and"
            boolean elided = (view.word(verb.start() - 1).equals("and") || view.word(verb.start() - 1).equals(","))
                    && view.word(verb.end()).equals("by");
            if (!view.quoted(verb.start()) && (verb.value() == SpeechType.ACCUSE || verb.value() == SpeechType.CONDEMN)
                    && (passives.contains(view.word(verb.start() - 1)) || elided)) {
                Frame passive = passiveBy(view, start, verb, agents);
                if (passive != null) {
                    found.add(passive);
                }
            }
        }
        for (int k = start + 2; k < view.size(); k++) {
            if (blameNouns.contains(view.word(k).toLowerCase(Locale.ROOT)) && !view.quoted(k)) {
                // "the Union's condemnation", "the Union's swift condemnation"
                int possessive = view.possessiveAt(k - 2) ? k - 2 : view.possessiveAt(k - 3)
                        && view.tokens().get(k - 1).isWord() && !view.tokens().get(k - 1).isCapitalised() ? k - 3 : -1;
                if (possessive > 0) {
                    found.addAll(nominal(view, possessive, k, agents));
                }
            }
        }
        return found;
    }

    /**
     * "the Union's condemnation of Ruritania and Borduria": the noun at token {@code k}, its owner's
     * possessive at {@code possessive}; "condemnation and suspension of …" reads past the second noun.
     */
    private static List<Frame> nominal(SentenceView view, int possessive, int k, Agents agents) {
        Mention owner = view.mentionAt(possessive - 1);
        int of = view.word(k + 1).equals("of") ? k + 1
                : view.word(k + 1).equals("and") && view.word(k + 3).equals("of") ? k + 3 : -1;
        if (owner == null || !view.isAgent(owner) || of < 0) {
            return List.of();
        }
        String accuser = agents.head(view, owner).entityId();
        List<String> accused = new ArrayList<>();
        int end = of + 1;
        for (int j = of + 1; j < Math.min(view.size(), of + 1 + PHRASE); j++) {
            String word = view.word(j).toLowerCase(Locale.ROOT);
            if (PHRASE_ENDS.contains(word)) {
                if (!word.equals(",") && !word.equals(".") && !word.equals(";")) {
                    return List.of();   // "condemnation of the attack on Borduria": a target, not a doer
                }
                break;
            }
            if (word.equals("by")) {
                accused.clear();   // "condemnation of the shelling by the army": the doer after "by"
            }
            Mention m = view.mentionAt(j);
            if (m != null && view.isAgent(m) && view.firstToken(m) == j) {
                String party = agents.head(view, m).entityId();
                if (!party.equals(accuser) && !accused.contains(party)) {
                    accused.add(party);
                }
                j = view.endToken(m) - 1;
                end = j + 1;
            }
        }
        List<Frame> frames = new ArrayList<>();
        for (String party : accused) {
            frames.add(new Frame(accuser, party, new int[] {k, end}, "claim-nominal"));
        }
        return frames;
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
        if (view.mentionAt(at) == null && view.word(at + 1).equals("of")) {
            at += view.word(at + 2).equals("the") ? 3 : 2;   // "held the government of Borduria responsible"
        }
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
