package org.newsgraph.opendata;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads {@code cities.csv} (dr5hn/countries-states-cities-database, ODbL), turning its {@code source}
 * column into the short tag {@code dr5hn:cities/XX.json@commit}.
 *
 * <pre>{@code
 * List<CityRow> cities = CitiesReader.read(from.resolve(CitiesReader.FILE));
 * }</pre>
 */
final class CitiesReader {
    static final String FILE = "cities.csv";
    static final List<String> COLUMNS = List.of("name", "country", "admin1", "type", "wikidata", "lat", "lon",
            "population", "qid_agreement", "source");
    private static final Pattern SOURCE = Pattern.compile("(cities/[A-Za-z0-9_-]+\\.json)@([0-9A-Za-z^~]+)");

    private CitiesReader() {
    }

    static List<CityRow> read(Path file) {
        List<CityRow> rows = new ArrayList<>();
        SourceTable.read(file, COLUMNS, row -> rows.add(new CityRow(row.line(), Text.clean(row.get("name")),
                row.get("country"), Text.clean(row.get("admin1")), row.get("type"), row.get("wikidata"),
                row.get("lat"), row.get("lon"), Text.count(row.get("population")), row.get("qid_agreement"),
                tag(row.get("source"), row.get("country")))));
        return rows;
    }

    /** {@code dr5hn:cities/AM.json@7fda0af} from the row's source, or from its country when the source says less. */
    static String tag(String source, String iso2) {
        Matcher m = SOURCE.matcher(source);
        return m.find() ? "dr5hn:" + m.group(1) + "@" + m.group(2) : "dr5hn:cities/" + iso2 + ".json";
    }
}
