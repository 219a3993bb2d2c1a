package org.newsgraph.opendata;

import java.util.List;

/**
 * One row of {@code people.csv}: a person holding or having held an office, by Wikidata id.
 *
 * @param line      the line of the row in its file
 * @param qid       the person's Wikidata id
 * @param label     the English label
 * @param names     every name the sources give, in any script
 * @param countries the names of the countries of their offices ("International" for posts such as the UN's)
 * @param gender    as given
 * @param born      date of birth as given (to Wikidata's precision)
 * @param died      date of death as given
 */
record PersonRow(long line, String qid, String label, List<String> names, List<String> countries, String gender,
        String born, String died) {

    PersonRow {
        names = List.copyOf(names);
        countries = List.copyOf(countries);
    }
}
