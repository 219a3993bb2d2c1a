package org.newsgraph.eval;

import java.util.Arrays;
import java.util.Optional;

/**
 * The relation predicates of the gold files, in the order the report lists them.
 *
 * <pre>{@code
 * Predicate.parse("holdsPosition");   // Optional[HOLDS_POSITION]
 * }</pre>
 */
public enum Predicate {
    HOLDS_POSITION("holdsPosition"),
    MEMBER_OF("memberOf"),
    LOCATED_IN("locatedIn"),
    ATTACKED("attacked"),
    ACCUSED("accused"),
    STATED_THAT("statedThat"),
    QUOTED("quoted"),
    KILLED_COUNT("killedCount"),
    MEETING_BETWEEN("meetingBetween"),
    SUPPORTS("supports"),
    /** The date of an {@code attacked} or {@code meetingBetween} row's event; its subject is that row. */
    OCCURRED_ON("occurredOn");

    private final String label;

    Predicate(String label) {
        this.label = label;
    }

    /** The name in the gold files' {@code predicate} column. */
    public String label() {
        return label;
    }

    /** The predicate with this exact label. */
    public static Optional<Predicate> parse(String label) {
        return Arrays.stream(values()).filter(p -> p.label.equals(label)).findFirst();
    }

    /** The labels, for error messages. */
    public static String labels() {
        return String.join(", ", Arrays.stream(values()).map(Predicate::label).toList());
    }
}
