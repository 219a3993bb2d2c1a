package org.newsgraph.opendata;

import java.util.Comparator;
import java.util.List;

/**
 * One row of {@code conflicts.csv}: a place whose sources give different ids, or whose id a source
 * also gives to another place, for a curator to settle.
 *
 * @param kind    {@code Settlement} or {@code Region}
 * @param label   the place's label
 * @param country the gazetteer id of its country
 * @param ids     the ids claimed, sorted
 * @param sources which source claims which id ({@code naturalearth:616052 Q1953 ; dr5hn:cities/AM.json@7fda0af Q2222448})
 */
record Conflict(String kind, String label, String country, List<String> ids, String sources) {

    static final Comparator<Conflict> ORDER = Comparator.comparing(Conflict::country).thenComparing(Conflict::kind)
            .thenComparing(Conflict::label).thenComparing(c -> String.join("|", c.ids()))
            .thenComparing(Conflict::sources);

    Conflict {
        ids = List.copyOf(ids);
    }
}
