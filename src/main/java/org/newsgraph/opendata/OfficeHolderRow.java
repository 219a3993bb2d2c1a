package org.newsgraph.opendata;

/**
 * One row of {@code office-holders.csv}: a person holding a position over a term, as one source
 * file states it.
 *
 * @param line          the line of the row in its file
 * @param personQid     the person's Wikidata id
 * @param positionQid   the position's Wikidata id, may be empty
 * @param positionLabel the position's English label, may be empty
 * @param country       the country's name, or "International"
 * @param start         the start as given (a date, year-month or year)
 * @param end           the end as given; empty when open at the time the source was copied
 * @param sourceRepo    the repository of the source file
 * @param sourcePath    the source file's path in it
 * @param commit        the commit of the source file
 */
record OfficeHolderRow(long line, String personQid, String positionQid, String positionLabel, String country,
        String start, String end, String sourceRepo, String sourcePath, String commit) {
}
