package org.newsgraph.opendata;

import java.util.ArrayList;
import java.util.List;

/**
 * One row of {@code places.csv}: a settlement or region.
 *
 * @param id         the entity id ({@code goris-am}); "" until {@link EntityIds} assigns it
 * @param kind       {@code Settlement} or {@code Region}
 * @param label      the usual English name
 * @param aliases    other Latin-script names, sorted
 * @param country    the gazetteer id of its country
 * @param iso2       the ISO 3166-1 alpha-2 code of that country (part of the id, not a column)
 * @param wikidata   the Wikidata id when {@code quality} carries one, else ""
 * @param quality    how far the id can be trusted
 * @param level      capital, admin1-capital or town for a settlement; admin1 or admin2 for a region
 * @param population the population, or -1 when unknown
 * @param admin1     the first-level region as the source names it, may be ""
 * @param lat        latitude, at most five decimals, may be ""
 * @param lon        longitude, at most five decimals, may be ""
 * @param sources    the source tags
 * @param claims     for a conflict, which source gives which id (not a column; {@code conflicts.csv} lists them)
 * @param note       for a conflict, what else is known ("Q3833 is also given to 2 other places: …"), may be ""
 */
record Place(String id, String kind, String label, List<String> aliases, String country, String iso2,
        String wikidata, IdQuality quality, String level, long population, String admin1, String lat, String lon,
        List<String> sources, List<Claim> claims, String note) {

    static final String SETTLEMENT = "Settlement";
    static final String REGION = "Region";

    Place {
        aliases = List.copyOf(aliases);
        sources = List.copyOf(sources);
        claims = List.copyOf(claims);
    }

    /** This place with its entity id. */
    Place withId(String newId) {
        return new Place(newId, kind, label, aliases, country, iso2, wikidata, quality, level, population, admin1, lat,
                lon, sources, claims, note);
    }

    /** This place with a Wikidata id that further sources confirm, no longer a conflict. */
    Place confirmedBy(String qid, List<String> moreSources) {
        List<String> all = new ArrayList<>(sources);
        moreSources.stream().filter(s -> !all.contains(s)).forEach(all::add);
        return new Place(id, kind, label, aliases, country, iso2, qid, IdQuality.CONFIRMED, level, population, admin1,
                lat, lon, all, List.of(), "");
    }

    /** The id Natural Earth gives this place, or "". */
    String naturalEarthId() {
        return claims.stream().filter(Claim::naturalEarth).map(Claim::qid).findFirst().orElse("");
    }
}
