package org.newsgraph.discover.persons;

import java.util.Set;

/**
 * A full name with a title in apposition: "Laurence Broers, a research associate", or after one: "the defence
 * minister of Peru, Flores Araoz, said …", "a top commander, Raul Reyes, of …"; or with one after "is" or "was"
 * ("John Nakuta is a human rights lawyer"). Inside a quotation only a title before the name counts.
 */
public record Apposition() implements PersonRule {
    /** The rule's id. */
    public static final String NAME = "person-apposition";
    /** What stands between a name and the title apposed after it. */
    private static final Set<String> AFTER_NAME = Set.of(",", "is", "was");

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean matches(NameSpan name, Cues cues) {
        if (!name.full()) {
            return false;
        }
        // "the prime minister of Ruritania, Jane Roe, told …", in a quotation too: the title stands before the name
        boolean titledBefore = name.before(1).equals(",") && name.endsClause()
                && cues.titleBeforeComma(name.view(), name.start() - 1);
        // "Jane Roe, a lawyer", "John Nakuta is a human rights lawyer", "Jane Roe was the party's spokeswoman"
        return titledBefore || !name.quoted() && AFTER_NAME.contains(name.after(0))
                && cues.titleAfter(name.view(), name.end() + 1);
    }

    @Override
    public double confidence(NameSpan name) {
        return CONFIDENT;
    }
}
