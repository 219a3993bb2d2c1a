package org.newsgraph.opendata;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.newsgraph.InputException;
import org.newsgraph.io.CsvRow;

/**
 * Reads one source file of the open-data folder as a stream of rows, so that files of tens of
 * thousands of rows are read in one pass: UTF-8, a header row that must hold the columns the
 * import uses (others are ignored), and every row as many cells as the header. Each row is a
 * {@link CsvRow} that knows its file and line, for errors.
 *
 * <pre>{@code
 * long rows = SourceTable.read(Path.of("opendata/cities.csv"), List.of("name", "country", "wikidata"),
 *         row -> cities.add(row.get("name")));
 * }</pre>
 */
final class SourceTable {
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).get();

    private SourceTable() {
    }

    /**
     * Reads the file and hands every data row to {@code each}, in file order.
     *
     * @param file     the CSV file
     * @param required the columns it must have
     * @param each     receives each data row
     * @return the number of data rows
     */
    static long read(Path file, List<String> required, Consumer<CsvRow> each) {
        return read(file, required, "--from must name the open-data folder that holds " + file.getFileName()
                + " (with the header " + String.join(",", required) + ")", each);
    }

    /**
     * As {@link #read(Path, List, Consumer)}, with the advice an error gives when the file is missing.
     *
     * @param whenMissing how to fix a missing file
     */
    static long read(Path file, List<String> required, String whenMissing, Consumer<CsvRow> each) {
        if (!Files.isRegularFile(file)) {
            throw new InputException(file, "file not found; " + whenMissing);
        }
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                CSVParser parser = CSVParser.builder().setReader(reader).setFormat(FORMAT).get()) {
            Map<String, Integer> header = null;
            int width = 0;
            long rows = 0;
            long line = 1;
            for (CSVRecord record : parser) {
                long start = line;
                line = parser.getCurrentLineNumber() + 1;
                if (header == null) {
                    width = record.size();
                    header = header(file, record.toList(), required);
                    continue;
                }
                if (record.size() != width) {
                    throw new InputException(file, start, "expected " + width + " cells as in the header, found "
                            + record.size() + "; quote cells that contain commas");
                }
                List<String> cells = new ArrayList<>(width);
                for (String cell : record) {
                    cells.add(cell.strip());
                }
                each.accept(new CsvRow(file, start, header, cells));
                rows++;
            }
            if (header == null) {
                throw new InputException(file, "the file is empty; it needs the header " + String.join(",", required)
                        + " and its rows");
            }
            return rows;
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw unreadable(file, e);
        }
    }

    private static InputException unreadable(Path file, Exception e) {
        Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
        if (cause instanceof CharacterCodingException) {
            return new InputException(file, "not UTF-8 text; convert it to UTF-8, e.g. iconv -t UTF-8", e);
        }
        return new InputException(file, "cannot be read as CSV (" + cause.getMessage()
                + "); check the quotes: a quoted cell must end with a quote, and a quote inside it is written twice", e);
    }

    private static Map<String, Integer> header(Path file, List<String> cells, List<String> required) {
        Map<String, Integer> all = new HashMap<>();
        for (int i = 0; i < cells.size(); i++) {
            all.putIfAbsent(cells.get(i).replace("\uFEFF", "").strip(), i);
        }
        Map<String, Integer> used = new HashMap<>();
        for (String column : required) {
            Integer index = all.get(column);
            if (index == null) {
                throw new InputException(file, 1, "the header lacks the column \"" + column + "\"; the import needs "
                        + String.join(",", required) + " (is this the file the open-data README describes?)");
            }
            used.put(column, index);
        }
        return Map.copyOf(used);
    }
}
