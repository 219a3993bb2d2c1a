package org.newsgraph.opendata;

import java.util.List;

/**
 * One row of {@code people.csv}: a person who held an office.
 *
 * @param id        the entity id; "" until {@link EntityIds} assigns it
 * @param label     the English label
 * @param aliases   the other Latin-script names
 * @param countries the gazetteer ids of the countries of their offices
 * @param wikidata  the Wikidata id
 * @param gender    as given
 * @param born      date of birth as given
 * @param died      date of death as given
 */
record Person(String id, String label, List<String> aliases, List<String> countries, String wikidata,
        String gender, String born, String died) {

    /** Where the rows come from: Wikidata query output of the every-politician-scrapers repositories. */
    static final String SOURCE = "every-politician-scrapers (Wikidata query output, CC0)";

    Person {
        aliases = List.copyOf(aliases);
        countries = List.copyOf(countries);
    }

    Person withId(String newId) {
        return new Person(newId, label, aliases, countries, wikidata, gender, born, died);
    }
}
