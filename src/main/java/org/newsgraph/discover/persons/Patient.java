package org.newsgraph.discover.persons;

/**
 * A full name right after a verb whose object only a person is ({@code person-object-verbs.csv}):
 * "police arrested Jane Roe", "the court sentenced John Doe to …". Not inside a quotation.
 */
public record Patient() implements PersonRule {
    /** The rule's id. */
    public static final String NAME = "person-patient";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean matches(NameSpan name, Cues cues) {
        return !name.quoted() && name.full() && cues.handledBefore(name.view(), name.start());
    }
}
