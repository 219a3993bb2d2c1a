package org.newsgraph.facts;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsgraph.io.CsvRow;
import org.newsgraph.lexicon.Lexicon.EventKind;
import org.newsgraph.lexicon.Lexicon.Relation;
import org.newsgraph.lexicon.Lexicon;
import org.newsgraph.model.MatchType;
import org.newsgraph.model.Mention;
import org.newsgraph.recognize.SentenceView;

/**
 * Where a verb's object is a deed and who did it, for the claim rules:
 * <ul>
 * <li>a stating verb used of an act ("discussed", "raised": {@code speech-verbs.csv} type state with no "that")
 * blames only a party named in its object, before a word of {@code act-object-breaks.csv}, and before "of" or
 * "by" unless a word of blame or attack came first: "discussed Ruritania's provocations", "raised the killing
 * of herders by Ruritanian troops"; not "discussed efforts to support Borduria against Ruritania's
 * aggression";</li>
 * <li>a blaming verb whose object is the deed puts it on its doer after the verb's preposition
 * ({@code blame-on-verbs.csv}): "blamed the bombing on Ruritania", "blamed the car bomb that killed 28 people on
 * the Front", "attributed the blast to the Front"; a person of a nation is no party ("on a Ruritanian man",
 * {@code demonym-outsiders.csv}).</li>
 * </ul>
 *
 * <pre>{@code
 * DeedObjects.OnParty on = deedObjects.blamedOn(view, verb.end(), agents);   // null: not "blamed X on Y"
 * }</pre>
 */
final class DeedObjects {
    /** Words that go on an act's object only after its word of blame or attack ("the killing of … by …"). */
    private static final Set<String> DEED_LINKS = Set.of("of", "by");
    /** How far after a blaming verb its preposition may stand ("blamed the car bomb that killed 28 people in the capital on"). */
    private static final int ON = 16;
    /** Words that end the stretch where "on" and the doer are looked for. */
    private static final Set<String> ENDS = Set.of(",", ";", ":", ".", "but");
    /** Words after a demonym that show it stands alone, a person of its nation ("on a Ruritanian with ties to"). */
    private static final Set<String> NOT_NOUNS = Set.of("with", "who", "of", "in", "from", "and", "for", "to");
    /** Articles before the doer after "on". */
    private static final Set<String> ARTICLES = Set.of("a", "an", "the");

    /**
     * The doer a deed is blamed on.
     *
     * @param entityId the party, or null when the deed is blamed on someone who is no party ("a Ruritanian man")
     * @param on       the token of its preposition ("on", "to")
     */
    record OnParty(String entityId, int on) {
    }

    private final Lexicon lexicon;
    private final Set<String> actObjectBreaks;
    /** Each blaming verb of {@code blame-on-verbs.csv} and the preposition before its doer. */
    private final Map<String, String> blameOn;

    DeedObjects(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.actObjectBreaks = lexicon.words("act-object-breaks.csv");
        this.blameOn = prepositions(lexicon);
    }

    /** Each blaming verb of {@code blame-on-verbs.csv} and the preposition before its doer ("attributed" and "to"). */
    static Map<String, String> prepositions(Lexicon lexicon) {
        Map<String, String> verbs = new HashMap<>();
        for (CsvRow r : lexicon.files().rows("blame-on-verbs.csv", List.of("verb", "preposition"))) {
            verbs.put(r.required("verb").toLowerCase(Locale.ROOT), r.required("preposition").toLowerCase(Locale.ROOT));
        }
        return Map.copyOf(verbs);
    }

    /** Whether party {@code id} is named in the object of an act that starts at token {@code from}. */
    boolean inObject(SentenceView view, int from, String id) {
        boolean deed = false;
        for (int k = from; k < view.size(); k++) {
            String word = view.word(k).toLowerCase(Locale.ROOT);
            if (actObjectBreaks.contains(word) || !deed && DEED_LINKS.contains(word)) {
                return false;
            }
            Mention m = view.mentionAt(k);
            if (m != null && m.entityId().equals(id)) {
                return true;
            }
            deed |= lexicon.relations().at(view.words(), k).filter(c -> c.value().relation() == Relation.BLAME).isPresent()
                    || lexicon.triggers().at(view.words(), k).filter(t -> t.value() == EventKind.ATTACK).isPresent();
        }
        return false;
    }

    /**
     * The doer after the verb's preposition when the blaming verb ending before token {@code verbEnd} has a deed,
     * not a party, as its object ("blamed the bombing on Ruritania", "attributed the blast to Ruritania"); null when the verb is no blaming verb of
     * {@code blame-on-verbs.csv}, has a party right after it ("blamed Ruritania for …"), or no "on" and a named
     * doer follow. A demonym with no noun after it, or before a noun of {@code demonym-outsiders.csv}, is a
     * person of that nation ("on a Ruritanian man", "Blames Bombing on Ruritanian With Ties").
     */
    OnParty blamedOn(SentenceView view, int verbEnd, Agents agents) {
        String preposition = verbEnd < 1 ? null : blameOn.get(view.word(verbEnd - 1).toLowerCase(Locale.ROOT));
        if (preposition == null) {
            return null;
        }
        int first = ARTICLES.contains(view.word(verbEnd)) ? verbEnd + 1 : verbEnd;
        Mention object = view.mentionAt(first);
        if (object != null && view.isAgent(object) && object.matchType() != MatchType.DEMONYM) {
            return null;   // "blamed Ruritania for the raid": the party is the object
        }
        for (int k = first; k < Math.min(view.size(), verbEnd + ON) && !ENDS.contains(view.word(k)); k++) {
            if (!view.word(k).equals(preposition)) {
                continue;
            }
            int at = ARTICLES.contains(view.word(k + 1).toLowerCase(Locale.ROOT)) ? k + 2 : k + 1;
            Mention doer = view.mentionAt(at);
            if (doer == null || !view.isAgent(doer)) {
                continue;   // "on Monday", "on the town"
            }
            boolean person = doer.matchType() == MatchType.DEMONYM && (agents.outsiders(view, doer)
                    || !view.tokens().get(view.endToken(doer)).isWord() || NOT_NOUNS.contains(
                            view.word(view.endToken(doer)).toLowerCase(Locale.ROOT)));
            return new OnParty(person ? null : agents.head(view, doer).entityId(), k);
        }
        return null;
    }
}
