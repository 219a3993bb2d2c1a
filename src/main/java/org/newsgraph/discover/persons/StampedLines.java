package org.newsgraph.discover.persons;

import java.util.Set;
import java.util.regex.Pattern;
import org.newsgraph.lexicon.Lexicon;
import org.newsgraph.recognize.SentenceView;

/**
 * A parliament record's speaker line as copies of the record print it: the speaker's name, right after it a title
 * (maybe with a rank, {@code title-ranks.csv}), and at the line's end the time and day of the speech, no full
 * stop: "Jane Roe Shadow Secretary of State (Defence), Member, Labour Party 4:04, 3 July 1991"; or the name and, in
 * brackets, the member's seat and party: "Jane Roe (Leeds North) (Lab)", "Jane Roe (Conservative - Bath)".
 *
 * <pre>{@code
 * StampedLines lines = new StampedLines(lexicon);
 * lines.opens(view, nameEnd);  // the name ending at nameEnd opens a speaker line
 * lines.titleAt(view, k);     // "Shadow Secretary of State" starts at token k
 * }</pre>
 */
public final class StampedLines {
    private static final Pattern YEAR = Pattern.compile("(1[89]|20)[0-9][0-9]");
    private static final Pattern DIGITS = Pattern.compile("[0-9]{1,2}");
    /** The fewest tokens a stamped line has: a name, a title, a time. */
    private static final int MIN_TOKENS = 5;

    private final Lexicon lexicon;
    private final Set<String> ranks;

    /** The stamped lines the titles and ranks of {@code lexicon} make. */
    public StampedLines(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.ranks = lexicon.words("title-ranks.csv");
    }

    /**
     * Whether the person's name that opens sentence {@code view} and ends before token {@code nameEnd} makes the
     * sentence a speaker line: a title right after the name and the time at the end, or the seat and party in brackets.
     */
    public boolean opens(SentenceView view, int nameEnd) {
        return stamped(view) && titleAt(view, nameEnd) || seatBrackets(view, nameEnd);
    }

    /** Whether sentence {@code view} ends in a year or a clock time ("4:04", "4.10 pm"), without a full stop. */
    public static boolean stamped(SentenceView view) {
        int last = view.size() - 1;
        if (last + 1 < MIN_TOKENS) {
            return false;
        }
        String w = view.word(last);
        boolean clock = DIGITS.matcher(w).matches() && (view.word(last - 1).equals(":") || view.word(last - 1).equals("."))
                && DIGITS.matcher(view.word(last - 2)).matches();
        return YEAR.matcher(w).matches() || clock || (w.equals("am") || w.equals("pm")) && view.size() > 1;
    }

    /**
     * Whether tokens {@code [from, end)} of the sentence are the brackets a copy of the record prints after a
     * member's name and nothing more: the seat and the party, in two brackets ("(Leeds North) (Lab)") or in one
     * with a dash ("(Conservative - Bath)"), capitalised words only. One bracket of one word ("(Reuters)") is none.
     */
    public static boolean seatBrackets(SentenceView view, int from) {
        int groups = 0;
        boolean dash = false;
        int k = from;
        while (k < view.size()) {
            if (!view.word(k).equals("(")) {
                return false;
            }
            int close = k + 1;
            while (close < view.size() && !view.word(close).equals(")")) {
                String w = view.tokens().get(close).text();
                boolean joiner = w.equals("-") || w.equals("–") || w.equals(",") || w.equals("&");
                if (!joiner && !(view.tokens().get(close).isWord() && view.tokens().get(close).isCapitalised())) {
                    return false;
                }
                dash |= w.equals("-") || w.equals("–");
                close++;
            }
            if (close >= view.size() || close == k + 1) {
                return false;
            }
            groups++;
            k = close + 1;
        }
        return groups == 2 || groups == 1 && dash;
    }

    /** Whether a title, maybe after ranks ("Shadow Secretary of State"), starts at token {@code k}. */
    public boolean titleAt(SentenceView view, int k) {
        int at = k;
        while (at < view.size() && ranks.contains(view.word(at)) && view.tokens().get(at).isCapitalised()) {
            at++;
        }
        return at < view.size() && view.tokens().get(at).isCapitalised() && lexicon.titles().at(view.words(), at).isPresent();
    }
}
