package org.newsgraph.opendata;

/**
 * One row of the ISO 3166 code table {@code country-codes.csv}.
 *
 * @param line         the line of the row in its file
 * @param iso2         the alpha-2 code
 * @param iso3         the alpha-3 code
 * @param name         the short English name
 * @param officialName the formal English name, may be empty
 * @param wikidata     the country's Wikidata id, may be empty
 */
record CountryCodeRow(long line, String iso2, String iso3, String name, String officialName, String wikidata) {
}
