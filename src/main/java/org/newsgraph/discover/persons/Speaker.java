package org.newsgraph.discover.persons;

/**
 * A name that says something: before a speech verb ("…, Lajčák said", a one-word name only after a comma or
 * a closing quote; a full name also past words such as "then", "has also": {@code subject-fillers.csv}), between commas before one ("The army spokesman, A K Mathur, told …"), or after "said"
 * ("…,” said Jane Doe, a diplomat.", "…, said Jane Doe of the Crisis Group."). Not inside a quotation, nor after a
 * place word and "of" ("residents of the village of Kapu Dala say").
 */
public record Speaker() implements PersonRule {
    /** The rule's id. */
    public static final String NAME = "person-speaker";
    /** Words after a name after "said" that give where the person works ("said Jane Doe of the Crisis Group"). */
    private static final java.util.Set<String> AFFILIATIONS = java.util.Set.of("of", "from", "at");

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean matches(NameSpan name, Cues cues) {
        if (name.quoted() || cues.placeWordBefore(name.view(), name.start())) {
            return false;   // "in the village of Kapu Dala say …": a village's name
        }
        boolean beforeVerb = cues.speechVerbAt(name.view(), name.end())
                && (name.full() || name.before(1).equals(",") || name.before(1).equals("”"))
                || name.full() && cues.speechVerbAfter(name.view(), name.end());   // "Jane Roe then suggested
        boolean betweenCommas = name.full() && name.before(1).equals(",") && name.after(0).equals(",")
                && cues.speechVerbAt(name.view(), name.end() + 1);
        boolean afterSaid = name.full() && cues.saidBefore(name.view(), name.start())
                && (name.endsClause() || AFFILIATIONS.contains(name.after(0)));
        return beforeVerb || betweenCommas || afterSaid;
    }
}
