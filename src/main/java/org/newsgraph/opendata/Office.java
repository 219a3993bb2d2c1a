package org.newsgraph.opendata;

import java.util.Comparator;

/**
 * One row of {@code offices.csv}: a person's term in a position.
 *
 * @param person           the person's id in {@code people.csv}
 * @param position         the position's label
 * @param positionWikidata the position's Wikidata id, may be ""
 * @param country          the gazetteer id of the position's country, "" for international posts
 * @param start            the start as given
 * @param end              the end as given, "" when open at the time the source was copied
 * @param source           {@code <repository>:<path>@<commit>}
 */
record Office(String person, String position, String positionWikidata, String country, String start, String end,
        String source) {

    /** The file order: by person, then term, then position and source. */
    static final Comparator<Office> ORDER = Comparator.comparing(Office::person).thenComparing(Office::start)
            .thenComparing(Office::end).thenComparing(Office::position).thenComparing(Office::positionWikidata)
            .thenComparing(Office::country).thenComparing(Office::source);
}
