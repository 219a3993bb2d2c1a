package org.newsgraph.workbench;

import java.util.Map;

/**
 * Readable phrases for the relations of the ontology ({@code memberOf} → "member of"); a name
 * starting with {@code ^} is the relation read backwards ({@code ^memberOf} → "has as member").
 *
 * <pre>{@code
 * Relations.phrase("^allyOf")   // "has as ally"
 * }</pre>
 */
final class Relations {
    private static final Map<String, String[]> PHRASES = Map.of(
            "memberOf", new String[] {"member of", "has as member"},
            "notMemberOf", new String[] {"not a member of", "does not have as member"},
            "allyOf", new String[] {"ally of", "has as ally"},
            "supports", new String[] {"supports", "supported by"},
            "leads", new String[] {"leads", "led by"},
            "locatedIn", new String[] {"located in", "contains"});

    private Relations() {
    }

    static String phrase(String relation) {
        boolean backwards = relation.startsWith("^");
        String name = backwards ? relation.substring(1) : relation;
        String[] phrase = PHRASES.get(name);
        if (phrase == null) {
            return backwards ? "is " + name + " of" : name;
        }
        return phrase[backwards ? 1 : 0];
    }
}
