package org.newsgraph.opendata;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;

/**
 * Reads {@code countries.csv} of the open-data folder: the country names the office-holder files use,
 * with each country's Wikidata id.
 *
 * <pre>{@code
 * Map<String, String> qids = CountryQidsReader.read(from.resolve(CountryQidsReader.FILE));
 * qids.get("Congo-Kinshasa");   // "Q974"
 * }</pre>
 */
final class CountryQidsReader {
    static final String FILE = "countries.csv";
    static final List<String> COLUMNS = List.of("country", "country_qid");

    private CountryQidsReader() {
    }

    /** Country name to Wikidata id, in file order; rows without a valid id are left out. */
    static Map<String, String> read(Path file) {
        Map<String, String> qids = new LinkedHashMap<>();
        SourceTable.read(file, COLUMNS, row -> {
            String qid = row.get("country_qid");
            if (Text.isQid(qid)) {
                qids.putIfAbsent(Text.clean(row.get("country")), qid);
            }
        });
        return qids;
    }
}
