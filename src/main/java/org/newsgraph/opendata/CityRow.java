package org.newsgraph.opendata;

/**
 * One row of {@code cities.csv}: a settlement from dr5hn/countries-states-cities-database.
 *
 * @param line       the line of the row in its file
 * @param name       the name
 * @param iso2       the ISO 3166-1 alpha-2 code of its country
 * @param admin1     the code of its first-level region, as given
 * @param type       dr5hn's type: city, capital, adm1, adm2 …
 * @param wikidata   the Wikidata id, or ""
 * @param lat        latitude as given
 * @param lon        longitude as given
 * @param population the population, or -1
 * @param agreement  {@code qid_agreement}: both, conflict, dr5hn or ""
 * @param sourceTag  the {@code source} tag, {@code dr5hn:cities/XX.json@commit}
 */
record CityRow(long line, String name, String iso2, String admin1, String type, String wikidata, String lat,
        String lon, long population, String agreement, String sourceTag) {

    /** Natural Earth gives the same id for a place of this name nearby. */
    static final String BOTH = "both";
    /** Natural Earth gives another id for a place of this name nearby. */
    static final String CONFLICT = "conflict";

    /** The settlement level: {@code capital}, {@code admin1-capital} (dr5hn {@code adm1}) or {@code town}. */
    String level() {
        return switch (type) {
            case "capital" -> Level.CAPITAL;
            case "adm1" -> Level.ADMIN1_CAPITAL;
            default -> Level.TOWN;
        };
    }
}
