package org.newsgraph.opendata;

import java.util.List;

/**
 * One row of {@code parties.csv}: a political party ({@code Organization}).
 *
 * @param id       the entity id; "" until {@link EntityIds} assigns it
 * @param label    the English name
 * @param aliases  the abbreviation and the native name in Latin script
 * @param country  the gazetteer id of its country, may be ""
 * @param iso2     that country's alpha-2 code, may be "" (part of the id when the name is shared)
 * @param wikidata the Wikidata id
 * @param sources  the source tags, {@code partyfacts:<id>@<commit>}
 */
record Party(String id, String label, List<String> aliases, String country, String iso2, String wikidata,
        List<String> sources) {

    Party {
        aliases = List.copyOf(aliases);
        sources = List.copyOf(sources);
    }

    Party withId(String newId) {
        return new Party(newId, label, aliases, country, iso2, wikidata, sources);
    }
}
