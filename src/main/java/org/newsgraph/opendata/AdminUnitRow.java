package org.newsgraph.opendata;

/**
 * One row of {@code admin-units.csv}: a first- or second-level region, with the ids of dr5hn and of
 * Google's COVID-19 open data for its ISO 3166-2 code.
 *
 * @param line        the line of the row in its file
 * @param name        dr5hn's name (sometimes a local or adjectival form: "Sumska")
 * @param iso2        the ISO 3166-1 alpha-2 code of its country
 * @param iso3166     the ISO 3166-2 code
 * @param type        the kind of region: province, oblast, region, administrative region …
 * @param level       dr5hn's level, "" when not given
 * @param wikidata    dr5hn's Wikidata id
 * @param gcpWikidata Google's Wikidata id for the same ISO code
 * @param agreement   {@code qid_agreement}: both, conflict, dr5hn, gcp or ""
 * @param gcpName     Google's name, often the usual English one ("Belgorod Oblast")
 * @param lat         latitude as given
 * @param lon         longitude as given
 * @param dr5hnTag    the {@code source} tag of the dr5hn file, {@code dr5hn:states.csv@commit}
 */
record AdminUnitRow(long line, String name, String iso2, String iso3166, String type, String level, String wikidata,
        String gcpWikidata, String agreement, String gcpName, String lat, String lon, String dr5hnTag) {

    static final String BOTH = "both";
    static final String CONFLICT = "conflict";
    static final String DR5HN = "dr5hn";
    static final String GCP = "gcp";

    /** The id the row stands for: dr5hn's when it agrees or is alone, Google's when only Google has one, else "". */
    String qid() {
        return switch (agreement) {
            case BOTH, DR5HN -> wikidata;
            case GCP -> gcpWikidata;
            default -> "";
        };
    }

    /** The {@code level} column: {@code admin1} when dr5hn gives 1 or nothing, else {@code admin2}. */
    String regionLevel() {
        return level.isEmpty() || level.equals("1") ? Level.ADMIN1 : Level.ADMIN2;
    }
}
