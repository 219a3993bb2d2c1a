package org.newsgraph.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.gazetteer.Kind;
import org.newsgraph.lexicon.Lexicon;
import org.newsgraph.lexicon.Lexicon.SpeechType;
import org.newsgraph.lexicon.Phrases;
import org.newsgraph.model.Facts.Claim;
import org.newsgraph.model.Mention;
import org.newsgraph.recognize.SentenceView;

/**
 * "The two sides traded accusations": a subject that names two parties without naming them
 * ({@code pair-subjects.csv}: "the two sides", "both countries") stands for the last two parties the
 * article joined by "and" ("Ruritania and Borduria", "between Ruritania and Borduria"), else, when it joined
 * none, for the last two states it named ("Ruritania severed ties with Borduria … The two governments have long
 * accused each other"); when they accuse each other, each accuses the other (rule {@code claim-accuse}).
 *
 * <pre>{@code
 * sides.saw(view);                                              // each sentence, in order
 * List<Claim> claims = sides.accuse(view, verb, mutual);        // "the two sides accused each other of …"
 * }</pre>
 */
final class BothSides {
    private static final String RULE = "claim-accuse";
    /** Words between a pair's subject and its verb: "the two sides have long accused", "both sides again accused". */
    private static final Set<String> BETWEEN = Set.of("have", "had", "also", "long", "again", "repeatedly", "often",
            "frequently", "previously", "regularly");
    private final List<List<String>> phrases = new ArrayList<>();
    private List<String> lastPair = List.of();
    /** The last two states the article named, the latest last. */
    private final List<String> states = new ArrayList<>();

    BothSides(Lexicon lexicon) {
        for (String phrase : lexicon.words("pair-subjects.csv")) {
            phrases.add(List.of(phrase.toLowerCase(Locale.ROOT).split(" ")));
        }
    }

    /** Records the last two agents sentence {@code view} joins by "and" ("Ruritania and Borduria"). */
    void saw(SentenceView view) {
        Mention previous = null;
        for (Mention m : view.mentions()) {
            if (!view.isAgent(m) || view.quoted(view.firstToken(m))) {
                continue;
            }
            if (previous != null && !previous.entityId().equals(m.entityId())) {
                int and = view.endToken(previous);
                int next = view.word(and + 1).equals("the") ? and + 2 : and + 1;
                if (view.word(and).equals("and") && next == view.firstToken(m)) {
                    lastPair = List.of(previous.entityId(), m.entityId());
                }
            }
            previous = m;
            if (view.kind(m) == Kind.COUNTRY) {
                states.remove(m.entityId());
                states.add(m.entityId());
                if (states.size() > 2) {
                    states.remove(0);
                }
            }
        }
    }

    /** The last pair joined by "and", else the last two states named ("Ruritania … Borduria … the two governments"). */
    private List<String> pair() {
        return lastPair.size() == 2 ? lastPair : states.size() == 2 ? List.copyOf(states) : List.of();
    }

    /**
     * The claims of a mutual accusation whose subject, right before {@code verb}, is a phrase of
     * {@code pair-subjects.csv}: each of the last pair accuses the other; empty otherwise.
     */
    List<Claim> accuse(SentenceView view, Phrases.Match<SpeechType> verb, boolean mutual) {
        List<String> lastPair = pair();
        int subject = mutual && lastPair.size() == 2 && verb.value() == SpeechType.ACCUSE ? pairBefore(view, verb.start())
                : -1;
        if (subject < 0) {
            return List.of();
        }
        int end = SpeechVerbs.end(view);
        String content = view.text(verb.start(), end);
        // two claims, two spans: from the subject for the first party, from the verb for the second
        return List.of(new Claim(lastPair.get(0), content, lastPair.get(1), null, view.evidence(subject, end, RULE)),
                new Claim(lastPair.get(1), content, lastPair.get(0), null, view.evidence(verb.start(), end, RULE)));
    }

    /**
     * The last pair, when a phrase of {@code pair-subjects.csv} starts at token {@code k} ("accused both armies of
     * …"), as the parties an accusation names there; else {@code others}.
     */
    List<CoSubjects.Party> orPairAt(SentenceView view, int k, List<CoSubjects.Party> others) {
        for (List<String> words : phrases) {
            boolean same = k + words.size() <= view.size() && lastPair.size() == 2;
            for (int j = 0; same && j < words.size(); j++) {
                same = view.word(k + j).toLowerCase(Locale.ROOT).equals(words.get(j));
            }
            if (same) {
                return List.of(new CoSubjects.Party(lastPair.get(0), k), new CoSubjects.Party(lastPair.get(1), k));
            }
        }
        return others;
    }

    /**
     * Where a phrase of {@code pair-subjects.csv} starts that ends right before token {@code verb}, maybe past
     * auxiliaries and adverbs of time ("the two countries have in the past accused each other"); else -1.
     */
    private int pairBefore(SentenceView view, int verb) {
        int end = verb;
        while (end > 0) {
            if (BETWEEN.contains(view.word(end - 1))) {
                end--;
            } else if (end >= 3 && view.word(end - 3).equals("in") && view.word(end - 2).equals("the")
                    && view.word(end - 1).equals("past")) {
                end -= 3;
            } else {
                break;
            }
        }
        for (List<String> words : phrases) {
            int from = end - words.size();
            boolean same = from >= 0;
            for (int k = 0; same && k < words.size(); k++) {
                same = view.word(from + k).toLowerCase(Locale.ROOT).equals(words.get(k));
            }
            if (same) {
                return from;
            }
        }
        return -1;
    }
}
