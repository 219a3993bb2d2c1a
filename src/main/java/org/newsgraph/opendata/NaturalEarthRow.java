package org.newsgraph.opendata;

import java.util.ArrayList;
import java.util.List;

/**
 * One row of {@code populated-places-naturalearth.csv}: a town or capital from Natural Earth.
 *
 * @param line        the line of the row in its file
 * @param name        the local name in Latin script ({@code name})
 * @param altNames    the alternative names ({@code name_alt}, split on {@code |})
 * @param asciiName   the name in ASCII ({@code name_ascii})
 * @param englishName the English name ({@code name_en}), may be empty
 * @param iso2        the ISO 3166-1 alpha-2 code ({@code country}; {@code -99} when it has none)
 * @param countryName the country's name ({@code country_name})
 * @param admin1      the first-level region's name
 * @param featureClass Natural Earth's class: Admin-0 capital, Admin-1 capital, Populated place …
 * @param wikidata    the Wikidata id, or ""
 * @param lat         latitude as given
 * @param lon         longitude as given
 * @param population  {@code pop_max}, or -1
 * @param geonameId   the GeoNames id without its ".0", or ""
 */
record NaturalEarthRow(long line, String name, List<String> altNames, String asciiName, String englishName,
        String iso2, String countryName, String admin1, String featureClass, String wikidata, String lat, String lon,
        long population, String geonameId) {

    /** The prefix of the source tag. */
    static final String TAG = "naturalearth:";

    NaturalEarthRow {
        altNames = List.copyOf(altNames);
    }

    /** The usual English name: {@code name_en}, else {@code name}. */
    String label() {
        return englishName.isEmpty() ? name : englishName;
    }

    /** Every name the row gives, the label first. */
    List<String> names() {
        List<String> all = new ArrayList<>();
        all.add(label());
        all.add(name);
        all.add(asciiName);
        all.addAll(altNames);
        return all.stream().filter(n -> !n.isEmpty()).distinct().toList();
    }

    /** The settlement level: {@code capital}, {@code admin1-capital} or {@code town}. */
    String level() {
        if (featureClass.startsWith("Admin-0 capital")) {
            return Level.CAPITAL;
        }
        return featureClass.contains("capital") ? Level.ADMIN1_CAPITAL : Level.TOWN;
    }

    /** The {@code source} tag: {@code naturalearth:} and the GeoNames id, or the name when there is none. */
    String sourceTag() {
        return TAG + (geonameId.isEmpty() ? name : geonameId);
    }
}
