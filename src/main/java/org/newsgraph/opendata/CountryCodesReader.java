package org.newsgraph.opendata;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the ISO 3166 code table {@code data/opendata/country-codes.csv}
 * ({@code iso2,iso3,name,official_name,wikidata,source}; see {@code data/opendata/README.md} for
 * where it comes from).
 *
 * <pre>{@code
 * List<CountryCodeRow> codes = CountryCodesReader.read(Path.of("data/opendata/country-codes.csv"));
 * }</pre>
 */
final class CountryCodesReader {
    static final List<String> COLUMNS = List.of("iso2", "iso3", "name", "official_name", "wikidata");

    private CountryCodesReader() {
    }

    static List<CountryCodeRow> read(Path file) {
        List<CountryCodeRow> rows = new ArrayList<>();
        SourceTable.read(file, COLUMNS, "--country-codes must name the ISO 3166 code table (the repository's "
                + "data/opendata/country-codes.csv, header " + String.join(",", COLUMNS) + ")", row -> rows.add(new CountryCodeRow(row.line(), row.get("iso2"),
                row.get("iso3"), Text.clean(row.get("name")), Text.clean(row.get("official_name")),
                row.get("wikidata"))));
        return rows;
    }
}
