package org.newsgraph.discover.persons;

/**
 * A name that says something: before a speech verb ("…, Lajčák said", a one-word name only after a comma or
 * a closing quote), between commas before one ("The army spokesman, A K Mathur, told …"), or after "said"
 * ("…,” said Jane Doe, a diplomat."). Not inside a quotation.
 */
public record Speaker() implements PersonRule {
    /** The rule's id. */
    public static final String NAME = "person-speaker";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean matches(NameSpan name, Cues cues) {
        if (name.quoted()) {
            return false;
        }
        boolean beforeVerb = cues.speechVerbAt(name.view(), name.end())
                && (name.full() || name.before(1).equals(",") || name.before(1).equals("”"));
        boolean betweenCommas = name.full() && name.before(1).equals(",") && name.after(0).equals(",")
                && cues.speechVerbAt(name.view(), name.end() + 1);
        boolean afterSaid = name.full() && cues.saidBefore(name.view(), name.start()) && name.endsClause();
        return beforeVerb || betweenCommas || afterSaid;
    }
}
