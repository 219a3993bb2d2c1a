package org.newsgraph.io;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.LongUnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.newsgraph.InputException;

/**
 * Reads one of newsgraph's CSV files strictly: UTF-8, a header row with the expected columns
 * (in any order, no unknown ones), and every row with exactly as many cells as the header. Blank
 * lines and lines starting with {@code #} are skipped so files can carry comments.
 *
 * <pre>{@code
 * List<CsvRow> rows = CsvTable.read(Path.of("data/gazetteer/countries.csv"),
 *         List.of("id", "kind", "label"), List.of("aliases"));
 * }</pre>
 */
public final class CsvTable {
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
            .setCommentMarker('#')
            .setIgnoreEmptyLines(true)
            .setIgnoreSurroundingSpaces(true)
            .get();

    private static final Pattern LINE_IN_MESSAGE = Pattern.compile("line:? ?(\\d+)");

    private CsvTable() {
    }

    /**
     * Reads the file.
     *
     * @param file     the CSV file
     * @param required columns that must be in the header
     * @param optional columns that may be in the header
     * @return the data rows, in file order
     */
    public static List<CsvRow> read(Path file, List<String> required, List<String> optional) {
        if (!Files.exists(file)) {
            throw new InputException(file, "file not found; create it with the header row "
                    + String.join(",", required) + " or check the path");
        }
        return parse(file, TextFiles.readUtf8(file), required, optional);
    }

    /** As {@link #read}, over text already in memory; {@code file} names it in errors. */
    public static List<CsvRow> parse(Path file, String text, List<String> required, List<String> optional) {
        List<CsvRow> rows = new ArrayList<>();
        forEach(file, text, required, optional, rows::add);
        return rows;
    }

    /**
     * As {@link #parse}, handing each row to {@code visitor} as it is read instead of keeping them
     * (the rows of a long file are not all held at once).
     */
    public static void forEach(Path file, String text, List<String> required, List<String> optional,
            Consumer<CsvRow> visitor) {
        if (text.isBlank()) {
            throw new InputException(file, "the file is empty; it needs at least the header row "
                    + String.join(",", required));
        }
        LineCursor cursor = new LineCursor(text);
        try (Rows rows = new Rows(file, new StringReader(text), cursor::recordLine, required, optional)) {
            for (CsvRow row = rows.next(); row != null; row = rows.next()) {
                visitor.accept(row);
            }
        }
    }

    /**
     * The rows of {@code file} read as a stream, one at a time, for a file too long to hold (a
     * manifest of millions of articles). Each row's line is the line after the previous row's end:
     * exact unless blank or comment lines come between them.
     */
    public static Rows open(Path file, List<String> required, List<String> optional) {
        try {
            return new Rows(file, Files.newBufferedReader(file, StandardCharsets.UTF_8), from -> from, required,
                    optional);
        } catch (IOException e) {
            throw new InputException(file, "cannot read the file (" + e.getMessage() + ")", e);
        }
    }

    /** Rows read one at a time; {@link #next} gives null after the last. */
    public static final class Rows implements AutoCloseable {
        private final Path file;
        private final Reader reader;
        private final CSVParser parser;
        private final Iterator<CSVRecord> records;
        private final LongUnaryOperator lines;
        private final List<String> required;
        private final List<String> optional;
        private Map<String, Integer> header;
        private long nextLine = 1;

        private Rows(Path file, Reader reader, LongUnaryOperator lines, List<String> required, List<String> optional) {
            this.file = file;
            this.reader = reader;
            this.lines = lines;
            this.required = required;
            this.optional = optional;
            try {
                this.parser = CSVParser.builder().setReader(reader).setFormat(FORMAT).get();
            } catch (IOException e) {
                throw new InputException(file, "cannot read the file (" + e.getMessage() + ")", e);
            }
            this.records = parser.iterator();
        }

        /** The next data row, checked against the header; null after the last. */
        public CsvRow next() {
            try {
                while (records.hasNext()) {
                    CSVRecord record = records.next();
                    long line = lines.applyAsLong(nextLine);
                    nextLine = parser.getCurrentLineNumber() + 1;
                    List<String> cells = record.toList().stream().map(String::strip).toList();
                    if (cells.size() == 1 && cells.get(0).isEmpty()) {
                        continue;
                    }
                    if (header == null) {
                        header = header(file, line, cells, required, optional);
                        continue;
                    }
                    if (cells.size() != presentColumns(header)) {
                        throw new InputException(file, line, "expected " + presentColumns(header) + " columns ("
                                + String.join(",", columnNames(header)) + "), found " + cells.size()
                                + "; give every row one cell per column (an empty cell, not a missing one) "
                                + "and quote cells that contain commas");
                    }
                    return new CsvRow(file, line, header, cells);
                }
            } catch (UncheckedIOException | IllegalStateException e) {
                throw malformed(file, e);
            }
            if (header == null) {
                throw new InputException(file, "no header row; the first line must be " + String.join(",", required));
            }
            return null;
        }

        @Override
        public void close() {
            try {
                parser.close();
                reader.close();
            } catch (IOException e) {
                throw malformed(file, e);
            }
        }
    }

    private static InputException malformed(Path file, Exception e) {
        return new InputException(file, errorLine(e), "malformed CSV (" + problem(e)
                + "); check the quotes on this line: a quoted cell must end with a quote before the next comma, "
                + "and a quote inside it is written twice (\"\")");
    }

    /** Commons CSV's complaint in the user's words, without its exception class and offsets. */
    private static String problem(Exception e) {
        String m = String.valueOf(e.getMessage());
        if (m.contains("EOF reached before encapsulated token finished")) {
            return "a quoted cell that starts here is never closed";
        }
        if (m.toLowerCase(Locale.ROOT).contains("between encapsulated token and delimiter")) {
            return "text follows the closing quote of a cell";
        }
        return m.replaceFirst("^[\\w.$]+(Exception|Error): ", "")
                .replaceAll(",? ?at line:? ?\\d+(, position: \\d+)?", "").strip();
    }

    /** Commons CSV names the line in its messages as "(line N)", "(startline N)" or "at line: N". */
    private static long errorLine(Exception e) {
        Matcher m = LINE_IN_MESSAGE.matcher(String.valueOf(e.getMessage()));
        return m.find() ? Long.parseLong(m.group(1)) : 1;
    }

    /**
     * Finds the line a record starts on, moving forward through the text only, so that reading a
     * file takes time in proportion to its length (records come in file order).
     */
    private static final class LineCursor {
        private final String text;
        private long line = 1;
        private int pos;

        LineCursor(String text) {
            this.text = text;
        }

        /** The line a record starts on: the first non-comment, non-blank line at or after {@code from}. */
        long recordLine(long from) {
            moveTo(from);
            while (pos < text.length()) {
                int eol = text.indexOf('\n', pos);
                String content = (eol < 0 ? text.substring(pos) : text.substring(pos, eol)).strip();
                if (!content.isEmpty() && !content.startsWith("#")) {
                    break;
                }
                if (eol < 0) {
                    break;
                }
                line++;
                pos = eol + 1;
            }
            return Math.max(line, from);
        }

        /** Moves to the start of line {@code target}, or to the end of the text. */
        private void moveTo(long target) {
            while (line < target && pos < text.length()) {
                int eol = text.indexOf('\n', pos);
                if (eol < 0) {
                    pos = text.length();
                    return;
                }
                pos = eol + 1;
                line++;
            }
        }
    }

    private static Map<String, Integer> header(Path file, long line, List<String> cells,
            List<String> required, List<String> optional) {
        Map<String, Integer> header = new HashMap<>();
        for (int i = 0; i < cells.size(); i++) {
            String name = cells.get(i).replace("\uFEFF", "");
            if (!required.contains(name) && !optional.contains(name)) {
                throw new InputException(file, line, "unknown column \"" + name + "\"; the columns are "
                        + String.join(",", required) + (optional.isEmpty() ? "" : "," + String.join(",", optional)));
            }
            if (header.put(name, i) != null) {
                throw new InputException(file, line, "column \"" + name + "\" appears twice in the header");
            }
        }
        for (String name : required) {
            if (!header.containsKey(name)) {
                throw new InputException(file, line, "the header lacks column \"" + name + "\"; expected "
                        + String.join(",", required));
            }
        }
        for (String name : optional) {
            header.putIfAbsent(name, CsvRow.ABSENT);
        }
        return header;
    }

    private static List<String> columnNames(Map<String, Integer> header) {
        String[] names = new String[presentColumns(header)];
        header.forEach((k, v) -> {
            if (v != CsvRow.ABSENT) {
                names[v] = k;
            }
        });
        return List.of(names);
    }

    private static int presentColumns(Map<String, Integer> header) {
        return (int) header.values().stream().filter(v -> v != CsvRow.ABSENT).count();
    }
}
