package org.newsgraph.opendata;

import java.util.List;

/**
 * A {@code Country} row of the curated gazetteer, the target of every {@code country} cell.
 *
 * @param id       the gazetteer id ({@code armenia})
 * @param names    the label and the aliases
 * @param wikidata the Wikidata id, may be empty
 */
record GazetteerCountry(String id, List<String> names, String wikidata) {

    GazetteerCountry {
        names = List.copyOf(names);
    }
}
