package org.newsgraph.facts;

import java.time.LocalDate;
import java.time.temporal.Temporal;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.recognize.SentenceView;

/**
 * Days counted from another day: "two days ago", "a week ago" from the article's day; "four days
 * earlier", "three days later", "the previous day", "the next day", "the day before." from the day of the
 * event the article dated last (its anchor). "Two days after the election" counts from an event the resolver
 * does not know, so it dates nothing.
 *
 * <pre>{@code
 * Optional<Temporal> day = RelativeDays.at(view, i, articleDay, lastDayNamed);
 * }</pre>
 */
final class RelativeDays {
    /** Counting words and the numbers they stand for. */
    private static final Map<String, Integer> NUMBERS = Map.ofEntries(Map.entry("a", 1), Map.entry("an", 1),
            Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
            Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
            Map.entry("nine", 9), Map.entry("ten", 10));
    /** Units and their length in days. */
    private static final Map<String, Integer> UNITS = Map.of("day", 1, "days", 1, "week", 7, "weeks", 7);
    /** Words after a count that look back from the anchor. */
    private static final Set<String> BACK = Set.of("earlier", "before");
    /** Words after a count that look forward from the anchor. */
    private static final Set<String> ON = Set.of("later", "after");
    /** What may follow "before" or "after" for them to count from the anchor: the clause ends. */
    private static final Set<String> ENDS = Set.of(",", ".", ";", "", "when", "and");

    private RelativeDays() {
    }

    /** The day counted at token {@code i}, or empty; {@code anchor} may be null. */
    static Optional<Temporal> at(SentenceView view, int i, LocalDate reference, LocalDate anchor) {
        String w = view.word(i).toLowerCase(java.util.Locale.ROOT);
        if (w.equals("the")) {
            return fromAnchor(view, i, anchor);
        }
        Integer count = NUMBERS.containsKey(w) ? NUMBERS.get(w) : SentenceView.digits(w, 1, 2) ? Integer.valueOf(w) : null;
        Integer unit = UNITS.get(view.word(i + 1));
        if (count == null || unit == null) {
            return Optional.empty();
        }
        String direction = view.word(i + 2);
        int days = count * unit;
        if (direction.equals("ago")) {
            return Optional.of(reference.minusDays(days));
        }
        boolean counts = direction.equals("earlier") || direction.equals("later")
                || (direction.equals("before") || direction.equals("after")) && ENDS.contains(view.word(i + 3));
        if (anchor == null || !counts) {
            return Optional.empty();
        }
        return BACK.contains(direction) ? Optional.of(anchor.minusDays(days))
                : ON.contains(direction) ? Optional.of(anchor.plusDays(days)) : Optional.empty();
    }

    /** "the previous day", "the next day", "the following day", "the day before.": from the anchor. */
    private static Optional<Temporal> fromAnchor(SentenceView view, int i, LocalDate anchor) {
        if (anchor == null) {
            return Optional.empty();
        }
        String first = view.word(i + 1);
        String second = view.word(i + 2);
        if (second.equals("day") && (first.equals("previous") || first.equals("preceding"))) {
            return Optional.of(anchor.minusDays(1));
        }
        if (second.equals("day") && (first.equals("next") || first.equals("following"))) {
            return Optional.of(anchor.plusDays(1));
        }
        if (first.equals("day") && BACK.contains(second) && ENDS.contains(view.word(i + 3))) {
            return Optional.of(anchor.minusDays(1));
        }
        return Optional.empty();
    }
}
