package org.newsgraph.discover.persons;

import java.util.Set;
import org.newsgraph.recognize.SentenceView;

/**
 * A run of tokens that reads as a person's name, before any rule has looked at its surroundings: what a
 * {@link PersonRule} judges.
 *
 * <pre>{@code
 * NameSpan name = new NameSpan(view, 2, 4, 2, false);   // "Albin Kurti" in "Prime Minister Albin Kurti said …"
 * name.before(1);   // "minister"
 * }</pre>
 *
 * @param view   the sentence
 * @param start  the name's first token
 * @param end    one past its last token
 * @param words  its capitalised words ("Tétrault-Farber" counts one)
 * @param quoted whether it stands inside a quotation
 */
public record NameSpan(SentenceView view, int start, int end, int words, boolean quoted) {
    /** What may follow a name said after its verb or apposed to a title: "…,” said Jane Doe, a diplomat." */
    private static final Set<String> NAME_ENDS = Set.of(",", ".", "", ";");

    /** Whether it has two or more words: a full name. */
    public boolean full() {
        return words >= 2;
    }

    /** The folded word {@code k} tokens before the name ("" before the sentence). */
    public String before(int k) {
        return view.word(start - k);
    }

    /** The folded word {@code k} tokens after the name's last token ({@code after(0)} is the first one after it). */
    public String after(int k) {
        return view.word(end + k);
    }

    /** Whether the name ends a clause: a comma, a full stop, a semicolon or the end of the sentence follows it. */
    public boolean endsClause() {
        return NAME_ENDS.contains(after(0));
    }
}
