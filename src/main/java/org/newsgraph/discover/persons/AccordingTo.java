package org.newsgraph.discover.persons;

/**
 * A full name given as a source ({@code source-cues.csv}): "according to Jane Smith". Not inside a quotation.
 */
public record AccordingTo() implements PersonRule {
    /** The rule's id. */
    public static final String NAME = "person-according-to";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean matches(NameSpan name, Cues cues) {
        return !name.quoted() && name.full() && cues.sourceBefore(name.view(), name.start());
    }
}
