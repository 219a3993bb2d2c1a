package org.newsgraph.opendata;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.newsgraph.io.CsvRow;

/**
 * Reads {@code people.csv} (Wikidata query output of the every-politician-scrapers repositories, CC0).
 *
 * <pre>{@code
 * List<PersonRow> people = PeopleReader.read(from.resolve(PeopleReader.FILE));
 * }</pre>
 */
final class PeopleReader {
    static final String FILE = "people.csv";
    static final List<String> COLUMNS = List.of("person_qid", "label", "names", "countries", "gender", "dob", "dod");

    private PeopleReader() {
    }

    static List<PersonRow> read(Path file) {
        List<PersonRow> rows = new ArrayList<>();
        SourceTable.read(file, COLUMNS, row -> rows.add(new PersonRow(row.line(), row.get("person_qid"),
                Text.clean(row.get("label")), list(row, "names"), list(row, "countries"), row.get("gender"),
                row.get("dob"), row.get("dod"))));
        return rows;
    }

    private static List<String> list(CsvRow row, String column) {
        return row.list(column).stream().map(Text::clean).filter(s -> !s.isEmpty()).toList();
    }
}
