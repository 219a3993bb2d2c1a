package org.newsgraph.discover.persons;

/**
 * A name, one word or more, right after a word of address ({@code name-honorifics.csv}): "Ms. Roque", "Mr.
 * Abara said". Not inside a quotation.
 */
public record Honorific() implements PersonRule {
    /** The rule's id. */
    public static final String NAME = "person-honorific";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean matches(NameSpan name, Cues cues) {
        return !name.quoted() && cues.honorificBefore(name.view(), name.start());
    }
}
