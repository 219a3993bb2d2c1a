package org.newsgraph.discover.persons;

/**
 * A full name in a list of full names that opens where only people stand: after a verb whose object only a
 * person is ({@code person-object-verbs.csv}: "the Treasury designated Jane Roe, John Doe and Ivo Brandt for …"), or
 * after a plural noun for people and a colon ({@code list-heads.csv}: "six former officials: Jane Roe, John Doe,
 * and Ivo Brandt"). Each member has two to four capitalised words, and commas or "and" join them. Not inside a
 * quotation.
 */
public record Enumerated() implements PersonRule {
    /** The rule's id. */
    public static final String NAME = "person-list";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean matches(NameSpan name, Cues cues) {
        return !name.quoted() && name.full() && cues.listOfPeopleBefore(name.view(), name.start());
    }
}
