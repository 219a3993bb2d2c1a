package org.newsgraph.article;

import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonException;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.newsgraph.InputException;
import org.newsgraph.io.CsvRow;
import org.newsgraph.io.CsvTable;

/**
 * Reads a batch file of many articles: JSON Lines ({@code .jsonl}, one object per line) or CSV
 * (header {@code id,title,date,url,text}, optional {@code author} and {@code publisher}). Every
 * record becomes a {@link Record} that knows its file and line, so that every error names them.
 *
 * <pre>{@code
 * for (BatchReader.Record r : BatchReader.readJsonl(file, text, warnings)) { ... }
 * }</pre>
 */
final class BatchReader {
    /** Columns a batch CSV must have. */
    static final List<String> CSV_REQUIRED = List.of("id", "text");
    /** Columns a batch CSV may have. */
    static final List<String> CSV_OPTIONAL = List.of("title", "date", "url", "author", "publisher");
    /**
     * How deep a record's JSON may nest arrays and objects: a record is an object holding at most a
     * list of names (depth 2); far deeper nesting is refused before parsing, where it would
     * overflow the parser's stack.
     */
    static final int MAX_DEPTH = 100;
    private static final Set<String> JSON_KEYS = Set.of("id", "title", "date", "url", "text", "author", "authors",
            "publisher");

    private BatchReader() {
    }

    /**
     * One article of a batch file, checked except for the uniqueness of its id.
     *
     * @param file the batch file
     * @param line the line the record starts on
     * @param id   the article's id
     * @param text its text, not blank
     * @param metadata what the record says about it
     */
    record Record(Path file, long line, String id, String text, ArticleMetadata metadata) {
        /** An error located at this record. */
        InputException error(String problem) {
            return new InputException(file, line, problem);
        }
    }

    /** The records of a JSON Lines file; blank lines are allowed. */
    static List<Record> readJsonl(Path file, String content, Warnings warnings) {
        List<Record> records = new ArrayList<>();
        Set<String> unknown = new TreeSet<>();
        long unknownLine = 0;
        String[] lines = content.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            long line = i + 1;
            String json = lines[i].strip();
            if (json.isEmpty()) {
                continue;
            }
            JsonObject object = object(file, line, json);
            for (String key : object.keys()) {
                if (!JSON_KEYS.contains(key) && unknown.add(key) && unknownLine == 0) {
                    unknownLine = line;
                }
            }
            records.add(record(file, line, string(file, line, object, "id", true), string(file, line, object, "text", false),
                    string(file, line, object, "title", false), string(file, line, object, "publisher", false),
                    string(file, line, object, "url", false), string(file, line, object, "date", false),
                    authors(file, line, object)));
        }
        if (!unknown.isEmpty()) {
            warnings.warn(file, unknownLine, "unknown key" + (unknown.size() > 1 ? "s " : " ") + String.join(", ", unknown),
                    "ignored", "remove " + (unknown.size() > 1 ? "them" : "it") + "; the keys are " + String.join(", ",
                            new TreeSet<>(JSON_KEYS)));
        }
        if (records.isEmpty()) {
            throw new InputException(file, "the file holds no article; write one JSON object per line, like "
                    + "{\"id\": \"a1\", \"text\": \"...\"}, or remove the file");
        }
        return records;
    }

    /** The records of a CSV batch file. */
    static List<Record> readCsv(Path file, String content) {
        List<Record> records = new ArrayList<>();
        for (CsvRow row : CsvTable.parse(file, content, CSV_REQUIRED, CSV_OPTIONAL)) {
            records.add(record(file, row.line(), emptyToNull(row.get("id")), emptyToNull(row.get("text")),
                    emptyToNull(row.get("title")), emptyToNull(row.get("publisher")), emptyToNull(row.get("url")),
                    emptyToNull(row.get("date")), row.list("author")));
        }
        if (records.isEmpty()) {
            throw new InputException(file, "the file has a header but no article; add one row per article or remove the file");
        }
        return records;
    }

    private static Record record(Path file, long line, String id, String text, String title, String publisher,
            String url, String date, List<String> authors) {
        if (id == null || id.isBlank()) {
            throw new InputException(file, line, "the article has no id; give every article an \"id\"");
        }
        MetadataValues.idProblem(id.strip()).ifPresent(problem -> {
            throw new InputException(file, line, problem + "; " + MetadataValues.ID_FORM);
        });
        if (text == null) {
            throw new InputException(file, line, "the article \"" + id + "\" has no \"text\"; add its text");
        }
        if (text.isBlank()) {
            throw new InputException(file, line, "the text of article \"" + id + "\" is empty; give it its text or remove it");
        }
        LocalDate published = null;
        if (date != null && !date.isBlank()) {
            try {
                published = MetadataValues.date(date);
            } catch (DateTimeException e) {
                throw new InputException(file, line, "the date \"" + date + "\" is not " + MetadataValues.DATE_FORM);
            }
        }
        if (url != null && !url.isBlank()) {
            String problem = MetadataValues.urlProblem(url.strip()).orElse(null);
            if (problem != null) {
                throw new InputException(file, line, "the url \"" + url + "\" is not a valid absolute address ("
                        + problem + "); " + MetadataValues.URL_FORM);
            }
        }
        return new Record(file, line, id.strip(), text, new ArticleMetadata(blankToNull(title), blankToNull(publisher),
                blankToNull(url), published, authors));
    }

    private static JsonObject object(Path file, long line, String json) {
        int deep = tooDeep(json);
        if (deep >= 0) {
            throw new InputException(file, line, "the JSON is nested more than " + MAX_DEPTH + " levels deep (at character "
                    + (deep + 1) + "); write one JSON object per line, like {\"id\": \"a1\", \"text\": \"...\"}, "
                    + "with strings or lists of strings as values");
        }
        JsonValue value;
        try {
            value = JSON.parseAny(json);
        } catch (StackOverflowError e) {
            // a backstop: the depth check above keeps the parser well inside its stack
            throw new InputException(file, line, "the JSON is nested too deeply to read; write one JSON object per line, "
                    + "like {\"id\": \"a1\", \"text\": \"...\"}");
        } catch (JsonException e) {
            throw new InputException(file, line, "not valid JSON (" + e.getMessage().strip()
                    + "); write one JSON object per line, like {\"id\": \"a1\", \"text\": \"...\"}");
        }
        if (value == null || !value.isObject()) {
            throw new InputException(file, line, "expected a JSON object like {\"id\": \"a1\", \"text\": \"...\"}, found "
                    + (value == null ? "nothing" : JSON.toStringFlat(value)));
        }
        return value.getAsObject();
    }

    /**
     * Where {@code json} opens its array or object number {@link #MAX_DEPTH} + 1 inside others
     * (brackets in strings do not count), or -1 when it nests no deeper than that.
     */
    static int tooDeep(String json) {
        int depth = 0;
        boolean inString = false;
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '[' || c == '{') {
                if (++depth > MAX_DEPTH) {
                    return i;
                }
            } else if (c == ']' || c == '}') {
                depth--;
            }
        }
        return -1;
    }

    /** A string value, or null when absent or JSON null; an id may also be a number. */
    private static String string(Path file, long line, JsonObject object, String key, boolean numberAllowed) {
        JsonValue value = object.get(key);
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isString()) {
            return value.getAsString().value();
        }
        if (numberAllowed && value.isNumber()) {
            return JSON.toStringFlat(value);
        }
        throw new InputException(file, line, "the value of \"" + key + "\" must be a string, found "
                + JSON.toStringFlat(value));
    }

    /** {@code author}: a string ("A | B") or an array; {@code authors}: an array or a string. */
    private static List<String> authors(Path file, long line, JsonObject object) {
        List<String> names = new ArrayList<>();
        for (String key : List.of("author", "authors")) {
            JsonValue value = object.get(key);
            if (value == null || value.isNull()) {
                continue;
            }
            if (value.isString()) {
                Arrays.stream(value.getAsString().value().split("\\|")).map(String::strip)
                        .filter(s -> !s.isEmpty()).forEach(names::add);
            } else if (value.isArray()) {
                JsonArray array = value.getAsArray();
                for (JsonValue item : array) {
                    if (!item.isString()) {
                        throw new InputException(file, line, "the \"" + key + "\" list must hold names as strings, found "
                                + JSON.toStringFlat(item));
                    }
                    if (!item.getAsString().value().isBlank()) {
                        names.add(item.getAsString().value().strip());
                    }
                }
            } else {
                throw new InputException(file, line, "the value of \"" + key + "\" must be a name or a list of names, found "
                        + JSON.toStringFlat(value));
            }
        }
        return names.stream().distinct().toList();
    }

    private static String emptyToNull(String s) {
        return s.isEmpty() ? null : s;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
