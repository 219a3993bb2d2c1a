package org.newsgraph.opendata;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads {@code populated-places-naturalearth.csv} (Natural Earth 10m populated places, public domain).
 *
 * <pre>{@code
 * List<NaturalEarthRow> places = NaturalEarthReader.read(from.resolve(NaturalEarthReader.FILE));
 * }</pre>
 */
final class NaturalEarthReader {
    static final String FILE = "populated-places-naturalearth.csv";
    static final List<String> COLUMNS = List.of("name", "name_alt", "name_ascii", "name_en", "country",
            "country_name", "admin1", "featurecla", "wikidata", "lat", "lon", "pop_max", "geonameid");

    private NaturalEarthReader() {
    }

    static List<NaturalEarthRow> read(Path file) {
        List<NaturalEarthRow> rows = new ArrayList<>();
        SourceTable.read(file, COLUMNS, row -> {
            long geonameId = Text.count(row.get("geonameid"));
            rows.add(new NaturalEarthRow(row.line(), Text.clean(row.get("name")),
                    Arrays.stream(row.get("name_alt").split("\\|")).map(Text::clean).filter(s -> !s.isEmpty()).toList(),
                    Text.clean(row.get("name_ascii")), Text.clean(row.get("name_en")), row.get("country"),
                    Text.clean(row.get("country_name")), Text.clean(row.get("admin1")), row.get("featurecla"),
                    row.get("wikidata"), row.get("lat"), row.get("lon"), Text.count(row.get("pop_max")),
                    geonameId > 0 ? Long.toString(geonameId) : ""));
        });
        return rows;
    }
}
