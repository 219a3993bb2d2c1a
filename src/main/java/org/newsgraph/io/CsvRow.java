package org.newsgraph.io;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.newsgraph.InputException;

/**
 * One data row of a CSV file, with the file and line it came from so that every later check can
 * name them.
 *
 * <pre>{@code
 * String qid = row.get("wikidata");          // "" when the cell is empty
 * List<String> aliases = row.list("aliases"); // "a | b" -> [a, b]
 * }</pre>
 *
 * @param file   the file the row was read from
 * @param line   the 1-based line number on which the row starts
 * @param header column name to cell index, {@link #ABSENT} for an optional column the file lacks
 * @param values the cells, trimmed
 */
public record CsvRow(Path file, long line, Map<String, Integer> header, List<String> values) {

    /** Index of an optional column that the file does not have. */
    public static final int ABSENT = -1;

    public CsvRow {
        Objects.requireNonNull(file, "file");
        header = Map.copyOf(header);
        values = List.copyOf(values);
        for (int index : header.values()) {
            if (index >= values.size()) {
                throw new IllegalArgumentException("row has " + values.size() + " cells, header names cell " + index);
            }
        }
    }

    /** The trimmed cell of a column, or "" when it is empty. */
    public String get(String column) {
        Integer index = header.get(column);
        if (index == null) {
            throw new IllegalArgumentException("no column " + column);
        }
        return index == ABSENT ? "" : values.get(index);
    }

    /** The cell split on {@code |}, empty parts dropped. */
    public List<String> list(String column) {
        String cell = get(column);
        if (cell.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(cell.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** The cell, which must not be empty. */
    public String required(String column) {
        String cell = get(column);
        if (cell.isEmpty()) {
            throw error("column \"" + column + "\" is empty; fill it in");
        }
        return cell;
    }

    /** An input error located at this row. */
    public InputException error(String problem) {
        return new InputException(file, line, problem);
    }
}
