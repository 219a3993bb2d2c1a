package org.newsgraph.opendata;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads {@code office-holders.csv} (Wikidata query output of the every-politician-scrapers repositories, CC0).
 *
 * <pre>{@code
 * List<OfficeHolderRow> terms = OfficeHoldersReader.read(from.resolve(OfficeHoldersReader.FILE));
 * }</pre>
 */
final class OfficeHoldersReader {
    static final String FILE = "office-holders.csv";
    static final List<String> COLUMNS = List.of("person_qid", "position_qid", "position_label", "country", "start",
            "end", "source_repo", "source_path", "source_commit");

    private OfficeHoldersReader() {
    }

    static List<OfficeHolderRow> read(Path file) {
        List<OfficeHolderRow> rows = new ArrayList<>();
        SourceTable.read(file, COLUMNS, row -> rows.add(new OfficeHolderRow(row.line(), row.get("person_qid"),
                row.get("position_qid"), Text.clean(row.get("position_label")), Text.clean(row.get("country")),
                row.get("start"), row.get("end"), row.get("source_repo"), row.get("source_path"),
                row.get("source_commit"))));
        return rows;
    }
}
