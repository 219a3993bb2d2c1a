package org.newsgraph.opendata;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads {@code admin-units.csv}: dr5hn's regions (ODbL) cross-checked with Google's COVID-19 open
 * data (Apache-2.0).
 *
 * <pre>{@code
 * List<AdminUnitRow> regions = AdminUnitsReader.read(from.resolve(AdminUnitsReader.FILE));
 * }</pre>
 */
final class AdminUnitsReader {
    static final String FILE = "admin-units.csv";
    static final List<String> COLUMNS = List.of("name", "country", "iso3166_2", "type", "level", "wikidata",
            "gcp_wikidata", "qid_agreement", "gcp_name", "lat", "lon", "source");
    /**
     * The tag of Google's file. The rows' {@code source} column names the file but not its commit;
     * the open-data README gives the commit, 1123ce0 (2022-10-24).
     */
    static final String GCP_TAG = "gcp:knowledge_graph.csv@1123ce0";
    private static final Pattern SOURCE = Pattern.compile("(states\\.csv@[0-9A-Za-z^~]+)");

    private AdminUnitsReader() {
    }

    static List<AdminUnitRow> read(Path file) {
        List<AdminUnitRow> rows = new ArrayList<>();
        SourceTable.read(file, COLUMNS, row -> {
            Matcher m = SOURCE.matcher(row.get("source"));
            rows.add(new AdminUnitRow(row.line(), Text.clean(row.get("name")), row.get("country"),
                    row.get("iso3166_2"), Text.clean(row.get("type")), row.get("level"), row.get("wikidata"),
                    row.get("gcp_wikidata"), row.get("qid_agreement"), Text.clean(row.get("gcp_name")),
                    row.get("lat"), row.get("lon"), "dr5hn:" + (m.find() ? m.group(1) : "states.csv")));
        });
        return rows;
    }
}
