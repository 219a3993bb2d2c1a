package org.newsgraph.discover.persons;

/**
 * A name alone in brackets after a member's seat, as a parliament's record names members: "the hon. Member for
 * Leeds North (Jane Roe)", "my hon. Friend the MP for Bath (John Doe)" ({@code seat-nouns.csv}).
 */
public record Seat() implements PersonRule {
    /** The rule's id. */
    public static final String NAME = "person-seat";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean matches(NameSpan name, Cues cues) {
        return !name.quoted() && name.after(0).equals(")") && cues.seatBefore(name.view(), name.start());
    }

    @Override
    public double confidence(NameSpan name) {
        return CONFIDENT;
    }
}
