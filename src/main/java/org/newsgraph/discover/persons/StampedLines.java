package org.newsgraph.discover.persons;

import java.util.Set;
import java.util.regex.Pattern;
import org.newsgraph.lexicon.Lexicon;
import org.newsgraph.recognize.SentenceView;

/**
 * A parliament record's speaker line as copies of the record print it: the speaker's name, right after it a title
 * (maybe with a rank, {@code title-ranks.csv}), and at the line's end the time and day of the speech, no full
 * stop: "Jane Roe Shadow Secretary of State (Defence), Member, Labour Party 4:04, 3 July 1991".
 *
 * <pre>{@code
 * StampedLines lines = new StampedLines(lexicon);
 * lines.stamped(view);        // the sentence ends in a time or a year, no full stop
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

    /** Whether a title, maybe after ranks ("Shadow Secretary of State"), starts at token {@code k}. */
    public boolean titleAt(SentenceView view, int k) {
        int at = k;
        while (at < view.size() && ranks.contains(view.word(at)) && view.tokens().get(at).isCapitalised()) {
            at++;
        }
        return at < view.size() && view.tokens().get(at).isCapitalised() && lexicon.titles().at(view.words(), at).isPresent();
    }
}
