package org.newsgraph.facts;

import java.util.Set;
import org.newsgraph.gazetteer.Kind;
import org.newsgraph.lexicon.Lexicon.SpeechType;
import org.newsgraph.lexicon.Phrases;
import org.newsgraph.model.MatchType;
import org.newsgraph.model.Mention;
import org.newsgraph.recognize.SentenceView;

/**
 * Where what a claimant says stands in a sentence, for the claim rules: after the verb ("said
 * (that) …"), before a postposed verb ("…, President Macron said"), or after "according to X, a
 * spokesman for Y,"; a place of posting after the verb ("said on X", "in a post on Telegram") is
 * no part of it; each as the token range {@code [from, to)} without quotation marks and
 * punctuation at its ends, or null when it is empty.
 *
 * <pre>{@code
 * int[] content = ClaimSpans.after(view, verb, view.size(), verbs);   // {5, 12}
 * }</pre>
 */
final class ClaimSpans {
    /** Articles that open an apposition before a speaker's name ("the UN envoy in Ruritania, Jane Roe, told"). */
    private static final Set<String> ARTICLES = Set.of("the", "a", "an");
    private ClaimSpans() {
    }

    /** Skips "according to X, a spokesman for Y," and returns the token after it. */
    static int afterAccording(SentenceView view, int at) {
        int i = at + 2;
        while (i < view.size() && !view.word(i).equals(",")) {
            i++;
        }
        if (Set.of("a", "an", "the").contains(view.word(i + 1))) {
            int next = i + 1;
            while (next < view.size() && !view.word(next).equals(",")) {
                next++;
            }
            if (next < view.size()) {
                i = next;
            }
        }
        return Math.min(view.size(), i + 1);
    }

    /** Prepositions that open where or when something was said, not what. */
    private static final Set<String> WHERE_WORDS = Set.of("in", "at", "from", "during", "outside", "near", "on");
    /** Small words that may stand among the names of a place: "in the Hague", "at the Palace of Nations". */
    private static final Set<String> PLACE_FILLERS = Set.of("the", "of", "-", ".");
    /** How many tokens after such a preposition still only say where or when. */
    private static final int WHERE = 5;

    /** What follows a speech verb: "said (that) …", "accused X of …" (from the verb on), up to {@code limit}. */
    static int[] after(SentenceView view, Phrases.Match<SpeechType> verb, int limit, SpeechVerbs verbs) {
        int i = verbs.pastPlatform(view, verb.end());
        if (i > verb.end() && view.word(i).equals(".")) {
            return null; // "said on X." ends what was said, even where the splitter read "X." as an initial
        }
        for (int k = i; k < Math.min(view.size(), i + 7); k++) {
            if (view.word(k).equals("that")) {
                i = k + 1;
                break;
            }
        }
        while (i < view.size() && verbs.aside(view.word(i)) && !view.word(i).equals("a")
                && !view.word(i).equals("the") && !view.word(i).equals("in") && !view.possessiveAt(i + 1)) {
            i++;
        }
        i = pastListener(view, verb, i, verbs);
        i = pastQuoteIntroduction(view, i);
        int stop = Math.min(SpeechVerbs.end(view), limit);
        boolean relative = Set.of("which", "who").contains(view.word(verb.start() - 1));
        if (relative) {
            for (int k = i; k < stop; k++) {
                if (view.word(k).equals(",")) {
                    stop = k;
                    break;
                }
            }
        }
        int from = verb.value() == SpeechType.ACCUSE || verb.value() == SpeechType.CONDEMN ? verb.start() : i;
        int quoteEnd = from == i ? quotationFrom(view, i, stop) : -1;
        if (quoteEnd > i) {
            stop = quoteEnd;   // "said “we will win,” while …": what was said is the quotation, and the rest another's
        }
        if (from == i && onlyWhere(view, i, stop)) {
            return null;   // "told reporters in Addis Ababa.": where it was said, not what
        }
        return stop > from ? trimmed(view, from, stop) : null;
    }

    /**
     * The token after the listener a verb of telling names right after it ({@code listener-verbs.csv}): "told VOA the
     * army would win", "told Ruritania's president the army would win" (the party and a word its possessive owns);
     * {@code i} when no party stands there.
     */
    private static int pastListener(SentenceView view, Phrases.Match<SpeechType> verb, int i, SpeechVerbs verbs) {
        Mention listener = view.mentionAt(i);
        if (!verbs.tellsListener(view, verb) || listener == null || view.firstToken(listener) != i || !view.isAgent(listener)
                || listener.matchType() == MatchType.DEMONYM) {
            return i;   // "told reporters Ruritanian troops had …": a demonym opens what was said
        }
        int after = view.endToken(listener);
        if (view.possessiveAt(after) && view.tokens().get(after + 2).isWord() && view.mentionAt(after + 2) == null) {
            after += 3;   // "Ruritania's president"
        }
        return view.word(after).equals("that") ? after + 1 : after;
    }

    /** How many tokens before a colon may name whom or where a quotation was told ("told the BBC's Jane Roe:"). */
    private static final int INTRODUCTION = 6;

    /**
     * The token after what introduces a quotation at {@code i}: "as saying" ("was quoted as saying “…”"), or a few
     * words and a colon before an opening mark ("told VOA: “…”"); {@code i} when neither stands there.
     */
    private static int pastQuoteIntroduction(SentenceView view, int i) {
        if (view.word(i).equals("as") && view.word(i + 1).equals("saying")) {
            return i + 2;
        }
        for (int k = i; k < Math.min(view.size() - 1, i + INTRODUCTION); k++) {
            if (view.quoted(k) || view.word(k).equals(",") || view.word(k).equals(".")) {
                return i;
            }
            if (view.word(k).equals(":") && (view.word(k + 1).equals("“") || view.word(k + 1).equals("\"") || view.quoted(k + 1))) {
                return k + 1;
            }
        }
        return i;
    }

    /**
     * Where the quotation that opens the words at {@code from} ends (the first word after it that is not quoted),
     * before {@code to}; -1 when the words do not open with a quotation.
     */
    private static int quotationFrom(SentenceView view, int from, int to) {
        int k = from;
        while (k < to && !view.tokens().get(k).isWord()) {
            k++;   // the opening mark
        }
        if (k >= to || !view.quoted(k)) {
            return -1;
        }
        while (k < to && (view.quoted(k) || !view.tokens().get(k).isWord())) {
            k++;
        }
        return k < to ? k : -1;
    }

    /**
     * Whether tokens {@code [from, to)} only say where or when something was said: a preposition of place or
     * time and at most {@value #WHERE} more tokens, each a name or a small word of a place's name ("in Addis
     * Ababa", "on Monday", "in the Hague").
     */
    private static boolean onlyWhere(SentenceView view, int from, int to) {
        if (!WHERE_WORDS.contains(view.word(from).toLowerCase(java.util.Locale.ROOT))
                || Set.of("least", "most").contains(view.word(from + 1))) {
            return false;   // "said at least seven people were hurt"
        }
        int end = to;
        while (end > from && !view.tokens().get(end - 1).isWord()) {
            end--;   // the full stop
        }
        for (int k = from + 1; k < end; k++) {
            boolean name = view.mentionAt(k) != null || view.tokens().get(k).isCapitalised();
            if (!name && !PLACE_FILLERS.contains(view.word(k))) {
                return false;   // "said in Yerevan the talks had failed": what was said follows the place
            }
        }
        return end - from - 1 <= WHERE;
    }

    /** What precedes the speaker of a postposed verb: "France will …, President Macron said". */
    static int[] before(SentenceView view, Phrases.Match<SpeechType> verb, int clause) {
        int subject = verb.start() - 1;
        Mention named = view.mentionAt(subject - 1);
        if (view.word(subject).equals(",") && named != null && view.kind(named) == Kind.PERSON) {
            // "…, the UN envoy in Ruritania, Jane Roe, told reporters": the name and the apposition before it speak
            subject = previousComma(view, view.firstToken(named), clause);
            int apposition = previousComma(view, subject, clause);
            if (apposition > clause && ARTICLES.contains(view.word(apposition + 1).toLowerCase(java.util.Locale.ROOT))) {
                subject = apposition;
            }
        }
        while (subject > clause && !view.word(subject).equals(",") && !view.word(subject).equals("”")) {
            subject--;
        }
        // "…,” Roe, the U.S. ambassador, said": the speaker's apposition is no part of what was said
        for (int k = subject; k > clause && !view.quoted(k); k--) {
            if (view.word(k).equals("”")) {
                subject = k;
                break;
            }
        }
        return subject > clause ? trimmed(view, clause, subject) : null;
    }

    /** The comma or closing mark before token {@code k}, after {@code clause}; {@code clause} when none. */
    private static int previousComma(SentenceView view, int k, int clause) {
        int j = k - 1;
        while (j > clause && !view.word(j).equals(",") && !view.word(j).equals("”")) {
            j--;
        }
        return Math.max(j, clause);
    }

    /** The span without opening marks before or punctuation after. */
    private static int[] trimmed(SentenceView view, int from, int to) {
        while (from < to && Set.of("“", "\"", ",", "(").contains(view.word(from))) {
            from++;
        }
        while (to > from && Set.of(",", ";", ":", ".", "”", "\"").contains(view.word(to - 1))) {
            to--;
        }
        return to > from ? new int[] {from, to} : null;
    }
}
