package org.newsgraph.discover.persons;

import java.util.Set;
import org.newsgraph.lexicon.Lexicon;
import org.newsgraph.recognize.SentenceView;

/**
 * A member of parliament named after her seat, as a parliament's record writes it: "the hon. Member for Leeds North
 * (Jane Roe)", "the MP for Bath (Mr Doe)": a noun of {@code seat-nouns.csv}, "for", the seat's capitalised words and a
 * bracket. Read by the person rule {@link Seat} and the position rule of the seat ({@code seat-bracket-name}).
 *
 * <pre>{@code
 * Seats seats = new Seats(lexicon);
 * seats.start(view, bracket);   // where "Member" starts before "for Leeds North (", else -1
 * }</pre>
 */
public final class Seats {
    /** The most words of a member's seat: "South West Wiltshire", "Leeds, North East". */
    private static final int SEAT_WORDS = 6;

    private final Set<String> nouns;

    /** The seats the nouns of {@code seat-nouns.csv} open. */
    public Seats(Lexicon lexicon) {
        this.nouns = lexicon.words("seat-nouns.csv");
    }

    /**
     * Where the member's noun starts before the seat ending right before the bracket at token {@code bracket} ("Member"
     * in "Member for Leeds North ("), or -1.
     */
    public int start(SentenceView view, int bracket) {
        if (!view.word(bracket).equals("(")) {
            return -1;
        }
        int k = bracket - 1;
        int words = 0;
        while (k > 0 && words < SEAT_WORDS && (view.tokens().get(k).isWord() && view.tokens().get(k).isCapitalised()
                || view.word(k).equals(",") || view.word(k).equals("-"))) {
            k--;
            words++;
        }
        return words > 0 && view.word(k).equals("for") && nouns.contains(view.word(k - 1))
                && view.tokens().get(k - 1).isCapitalised() ? k - 1 : -1;
    }
}
