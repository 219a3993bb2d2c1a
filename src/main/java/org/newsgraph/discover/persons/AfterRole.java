package org.newsgraph.discover.persons;

/**
 * A full name right after a noun only a person is ({@code person-nouns.csv}), as a title stands before a
 * name: "Freelance journalist Jane Roe spoke …", "rights activist Jane Roe". One word after the noun is no
 * name here ("journalist Roe" is read when the article names Jane Roe). Not inside a quotation.
 */
public record AfterRole() implements PersonRule {
    /** The rule's id. */
    public static final String NAME = "person-role";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean matches(NameSpan name, Cues cues) {
        return !name.quoted() && name.full() && cues.roleAt(name.view(), name.start() - 1)
                && !cues.organisationAhead(name.view(), name.end());
    }

    @Override
    public double confidence(NameSpan name) {
        return CONFIDENT;
    }
}
