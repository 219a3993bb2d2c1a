package org.newsgraph.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newsgraph.lexicon.Lexicon;
import org.newsgraph.model.Mention;
import org.newsgraph.recognize.SentenceView;

/**
 * The parties that share an accusing or condemning verb as its coordinated subject: "Ruritania and
 * U.N. experts accuse Borduria of …" accuses through both; and whether they accuse "each other".
 * The subjects are parties joined by "and" or commas right before the verb, each followed by at most
 * {@value #NOUNS} lower-case words ("experts", "government"); a person's title before the name is read over
 * ("Secretary Roe and Foreign Minister Doe condemned …"); anything else ends the subject.
 *
 * <pre>{@code
 * List<CoSubjects.Party> parties = CoSubjects.before(view, verb.start(), clause, lexicon);   // empty: no coordination
 * boolean mutual = CoSubjects.reciprocal(view, verb.end());
 * }</pre>
 */
final class CoSubjects {
    /** How many lower-case words may follow a party's name in the subject ("U.N. experts", "the Kazakh government"). */
    private static final int NOUNS = 2;
    /** Words that join the parties. */
    private static final Set<String> JOINS = Set.of("and", ",");

    /**
     * One of the coordinated subjects.
     *
     * @param entityId its entity
     * @param first    the token its name starts at
     */
    record Party(String entityId, int first) {
    }

    private CoSubjects() {
    }

    /**
     * The parties of a coordinated subject ending just before token {@code verb}, from the first;
     * empty when the subject is not two or more parties joined by "and".
     */
    static List<Party> before(SentenceView view, int verb, int clause, Lexicon lexicon) {
        List<Party> parties = new ArrayList<>();
        boolean joined = false;
        int k = verb - 1;
        while (k >= clause) {
            int nouns = 0;
            while (k >= clause && view.mentionAt(k) == null && nouns < NOUNS && lowerWord(view, k)
                    && !possessive(view, k)) {
                k--;
                nouns++;
            }
            if (nouns > 0 && k - 1 >= clause && possessive(view, k)) {
                k -= 2;   // "Ruritania's army": the country's own
            }
            Mention m = k >= clause ? view.mentionAt(k) : null;
            if (m == null || view.quoted(k) || !view.isAgent(m)) {
                break;
            }
            parties.add(0, new Party(m.entityId(), view.firstToken(m)));
            k = titleBefore(view, view.firstToken(m), lexicon) - 1;
            for (int modifiers = 0; modifiers < NOUNS && k > clause && lowerWord(view, k)
                    && view.word(k - 1).equals("the"); modifiers++) {
                k--;   // "the rebel Popular Front"
            }
            if (k >= clause && view.word(k).equals("the")) {
                k--;
            }
            if (k < clause || !JOINS.contains(view.word(k))) {
                break;
            }
            joined |= view.word(k).equals("and");
            k--;
            if (k >= clause && view.word(k + 1).equals("and") && view.word(k).equals(",")) {
                k--;   // "Roe, Doe, and Poe": the comma before "and"
            }
        }
        // "Ruritania, Borduria Trade Accusations": a headline joins two parties by a comma
        boolean headed = view.headline() && parties.size() == 2;
        return (joined || headed) && parties.size() > 1 && parties.stream().map(Party::entityId).distinct().count() > 1
                ? List.copyOf(parties) : List.of();
    }

    /**
     * The parties of a coordinated object from token {@code from}, after an accusing verb: "accused
     * him, Jane Roe and John Doe of …", "accused him and Jane Roe of …" (a pronoun is skipped: its party is
     * the verb's object, but it counts as one of those joined); empty when fewer than two are joined by "and".
     */
    static List<Party> after(SentenceView view, int from, Lexicon lexicon, Agents agents) {
        List<Party> parties = new ArrayList<>();
        boolean joined = false;
        boolean pronoun = false;
        int k = from;
        while (k < view.size()) {
            if (view.word(k).equals("the")) {
                k++;
            }
            var title = lexicon.titles().at(view.words(), k);
            if (title.isPresent()) {
                k = title.get().end();   // "and Kampala Mayor Jane Roe": the mention of the place is skipped below
            }
            Mention m = view.mentionAt(k);
            while (m != null && !view.isAgent(m) && view.endToken(m) < view.size()) {
                int next = view.endToken(m);
                title = lexicon.titles().at(view.words(), next);
                k = title.isPresent() ? title.get().end() : next;   // "Kampala Mayor": a place before a title
                m = view.mentionAt(k);
            }
            if (m != null && view.isAgent(m) && !view.quoted(k)) {
                Mention head = agents.head(view, m);   // "Malawi President Jane Roe" is Jane Roe
                parties.add(new Party(head.entityId(), view.firstToken(head)));
                k = view.endToken(head);
            } else if (!(k == from && view.tokens().get(k).isWord() && !view.tokens().get(k).isCapitalised())) {
                break;   // only a first pronoun ("him") may stand in for a party
            } else {
                pronoun = true;
                k++;
            }
            if (k >= view.size() || !JOINS.contains(view.word(k))) {
                break;
            }
            joined |= view.word(k).equals("and");
            k++;
            if (view.word(k - 1).equals(",") && view.word(k).equals("and")) {
                joined = true;   // "Jane Roe, John Doe, and Ivo Brandt": the serial comma
                k++;
            }
        }
        return joined && parties.size() + (pronoun ? 1 : 0) > 1 ? List.copyOf(parties) : List.of();
    }

    /** How many tokens after the accusing verb a list's plural noun and colon may stand. */
    private static final int LIST_HEAD = 12;

    /**
     * The people a list after a plural noun for people and a colon names ({@code list-heads.csv}), in tokens
     * {@code [from, to)}: "designated Jane Roe and six officials: John Doe, Ivo Brandt and Petra Sulc" gives
     * John Doe, Ivo Brandt and Petra Sulc. The list is names joined by commas and "and"; none without the colon.
     */
    static List<Party> listAfterColon(SentenceView view, int from, int to, Set<String> heads, Agents agents) {
        for (int k = from + 1; k < Math.min(to, from + LIST_HEAD); k++) {
            if (!view.word(k).equals(":") || !heads.contains(view.word(k - 1)) || view.quoted(k)) {
                continue;
            }
            List<Party> parties = new ArrayList<>();
            int j = k + 1;
            while (j < to) {
                Mention m = view.mentionAt(j);
                if (m == null || !view.isAgent(m)) {
                    break;
                }
                parties.add(new Party(m.entityId(), j));
                j = view.endToken(m);
                if (view.word(j).equals(",")) {
                    j++;
                }
                if (view.word(j).equals("and")) {
                    j++;
                }
            }
            return parties;
        }
        return List.of();
    }

    /**
     * The parties of "Ruritania traded accusations with Borduria": the subject and the party right
     * after "with"; empty when no party follows "with".
     */
    static List<Party> with(SentenceView view, int after, Party subject) {
        if (!view.word(after).equals("with")) {
            return List.of();
        }
        int k = view.word(after + 1).equals("the") ? after + 2 : after + 1;
        Mention m = view.mentionAt(k);
        return m == null || view.quoted(k) || !view.isAgent(m) || m.entityId().equals(subject.entityId()) ? List.of()
                : List.of(subject, new Party(m.entityId(), view.firstToken(m)));
    }

    /**
     * Where the title before a name starting at token {@code name} starts, with a demonym or country before it
     * ("Secretary Roe", "Ruritanian Foreign Minister Roe"); {@code name} itself when no title ends there.
     */
    private static int titleBefore(SentenceView view, int name, Lexicon lexicon) {
        var title = lexicon.titles().endingAt(view.words(), name);
        if (title.isEmpty()) {
            return name;
        }
        int j = title.get().start();
        Mention country = view.mentionAt(j - 1);
        return country != null && view.endToken(country) == j ? view.firstToken(country) : j;
    }

    /** Whether token {@code k} is the "s" of a possessive "'s". */
    private static boolean possessive(SentenceView view, int k) {
        return view.possessiveAt(k - 1);
    }

    /** Words after "the other" that make it the other of two subjects, not "the other side". */
    private static final Set<String> OTHER_ENDS = Set.of("of", "for", ",", ".", "over");

    /** Whether "each other", "one another" or "the other" follows the verb: the parties accuse one another. */
    static boolean reciprocal(SentenceView view, int after) {
        String first = view.word(after);
        String second = view.word(after + 1);
        // "Ruritania and Borduria accused the other of …" (not "accused the other side")
        boolean theOther = first.equals("the") && second.equals("other") && OTHER_ENDS.contains(view.word(after + 2));
        return first.equals("each") && second.equals("other") || first.equals("one") && second.equals("another") || theOther;
    }

    private static boolean lowerWord(SentenceView view, int k) {
        String w = view.word(k);
        return !w.isEmpty() && Character.isLowerCase(w.charAt(0)) && !JOINS.contains(w) && !w.equals("the")
                && view.tokens().get(k).isWord();
    }
}
