package org.newsgraph.discover.persons;

/**
 * A full name before a verb only a person does ({@code person-verbs.csv}): "Jane Doe reports for VOA",
 * "John Smith tweeted". Not inside a quotation.
 */
public record Doer() implements PersonRule {
    /** The rule's id. */
    public static final String NAME = "person-doer";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean matches(NameSpan name, Cues cues) {
        return !name.quoted() && name.full() && cues.personVerbAt(name.view(), name.end());
    }
}
