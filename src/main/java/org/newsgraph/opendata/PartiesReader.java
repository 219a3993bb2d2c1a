package org.newsgraph.opendata;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads {@code parties.csv} (Party Facts, MIT).
 *
 * <pre>{@code
 * List<PartyFactsRow> parties = PartiesReader.read(from.resolve(PartiesReader.FILE));
 * }</pre>
 */
final class PartiesReader {
    static final String FILE = "parties.csv";
    static final List<String> COLUMNS = List.of("country", "partyfacts_id", "wikidata_id", "name", "name_short",
            "name_native");
    /** The commit of hdigital/partyfactsdata the file was copied from, as the open-data README gives it. */
    static final String COMMIT = "764de89";

    private PartiesReader() {
    }

    static List<PartyFactsRow> read(Path file) {
        List<PartyFactsRow> rows = new ArrayList<>();
        SourceTable.read(file, COLUMNS, row -> rows.add(new PartyFactsRow(row.line(), row.get("country"),
                row.get("partyfacts_id"), row.get("wikidata_id"), Text.clean(row.get("name")),
                Text.clean(row.get("name_short")), Text.clean(row.get("name_native")))));
        return rows;
    }
}
