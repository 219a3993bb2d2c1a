package org.newsgraph.discover.persons;

/**
 * A name after a title: "Defence Minister Hulusi Akar", "Speaker of the Mongolian Parliament Zandanshatar".
 * Inside a quotation only a full name counts.
 */
public record AfterTitle() implements PersonRule {
    /** The rule's id. */
    public static final String NAME = "person-title";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean matches(NameSpan name, Cues cues) {
        // "Assistant Secretary for South and Central Asian Affairs Jane Roe": "Asian", with more capitals after it, is no name
        boolean runsOn = !cues.titleRightBefore(name.view(), name.start()) && name.end() < name.view().size()
                && name.view().tokens().get(name.end()).isWord() && name.view().tokens().get(name.end()).isCapitalised();
        // "Chief Federal Prosecutor's Office": the words after the title name a body
        return cues.titleBefore(name.view(), name.start()) && !runsOn && (!name.quoted() || name.full())
                && !cues.organisationAhead(name.view(), name.end());
    }

    @Override
    public double confidence(NameSpan name) {
        return CONFIDENT;
    }
}
