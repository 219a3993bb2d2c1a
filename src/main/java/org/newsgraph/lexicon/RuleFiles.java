package org.newsgraph.lexicon;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.newsgraph.ConfigurationException;
import org.newsgraph.InputException;
import org.newsgraph.io.CsvRow;
import org.newsgraph.io.CsvTable;
import org.newsgraph.text.Names;

/**
 * The rule files of a rules folder ({@code data/rules/}), read through its index
 * ({@code index.csv}: file, stage, format, holds). Every stage reads its rule files here, so the
 * index is the one list of them: a file the index does not list, or a listed file that is missing,
 * stops the load with an error naming both. Plain word lists (format {@code words}) are read once,
 * when the folder is opened.
 *
 * <pre>{@code
 * RuleFiles rules = RuleFiles.open(Path.of("data/rules"));
 * List<CsvRow> rows = rules.rows("titles.csv", List.of("title", "canonical"));
 * Set<String> breaks = rules.words("clause-breaks.csv");
 * }</pre>
 */
public final class RuleFiles {
    /** The index's file name. */
    public static final String INDEX = "index.csv";

    /** One row of the index. */
    public record Entry(String file, String stage, Format format, String holds) {
    }

    /** How a rule file is laid out. */
    public enum Format {
        /** One column {@code word}. */
        WORDS,
        /** Columns of its own. */
        TABLE
    }

    private final Path dir;
    private final Map<String, Entry> entries;
    private final Map<String, Set<String>> words;

    private RuleFiles(Path dir, Map<String, Entry> entries, Map<String, Set<String>> words) {
        this.dir = dir;
        this.entries = entries;
        this.words = words;
    }

    /** Reads the index of {@code dir}, checks it against the folder and reads the word lists. */
    public static RuleFiles open(Path dir) {
        Path index = dir.resolve(INDEX);
        Map<String, Entry> entries = new LinkedHashMap<>();
        for (CsvRow r : CsvTable.read(index, List.of("file", "stage", "format", "holds"), List.of())) {
            String file = r.required("file");
            if (file.contains("/") || file.contains("\\") || !file.endsWith(".csv")) {
                throw r.error("file must be the name of a .csv file in the rules folder, found \"" + file + "\"");
            }
            Format format = switch (r.required("format")) {
                case "words" -> Format.WORDS;
                case "table" -> Format.TABLE;
                default -> throw r.error("format must be words or table, found \"" + r.get("format") + "\"");
            };
            if (entries.put(file, new Entry(file, r.required("stage"), format, r.required("holds"))) != null) {
                throw r.error(file + " is listed twice; keep one row");
            }
            if (!Files.isRegularFile(dir.resolve(file))) {
                throw new InputException(dir.resolve(file), "file not found; " + INDEX + " line " + r.line()
                        + " lists it: add the file or remove its row");
            }
        }
        for (String file : csvFiles(dir)) {
            if (!file.equals(INDEX) && !entries.containsKey(file)) {
                throw new InputException(index, dir.resolve(file) + " is not in the index, so no stage reads it; add"
                        + " a row for it (file,stage,format,holds) or remove the file");
            }
        }
        Map<String, Set<String>> words = new LinkedHashMap<>();
        for (Entry e : entries.values()) {
            if (e.format() == Format.WORDS) {
                words.put(e.file(), CsvTable.read(dir.resolve(e.file()), List.of("word"), List.of()).stream()
                        .map(r -> Names.fold(r.required("word"))).collect(Collectors.toUnmodifiableSet()));
            }
        }
        return new RuleFiles(dir, Map.copyOf(entries), Map.copyOf(words));
    }

    /** The folder. */
    public Path dir() {
        return dir;
    }

    /** The index's rows, in its order. */
    public List<Entry> entries() {
        return entries.values().stream().sorted(java.util.Comparator.comparing(Entry::file)).toList();
    }

    /** The path of an indexed rule file. */
    public Path path(String file) {
        entry(file);
        return dir.resolve(file);
    }

    /** The rows of an indexed table, with the columns it must have. */
    public List<CsvRow> rows(String file, List<String> columns) {
        return CsvTable.read(path(file), columns, List.of());
    }

    /** The folded words of an indexed word list. */
    public Set<String> words(String file) {
        Entry e = entry(file);
        if (e.format() != Format.WORDS) {
            throw new ConfigurationException(file + " is a table in " + dir.resolve(INDEX)
                    + ", not a word list; read it with rows(...)");
        }
        return words.get(file);
    }

    private Entry entry(String file) {
        Entry e = entries.get(file);
        if (e == null) {
            throw new ConfigurationException(dir.resolve(file) + " is not in " + dir.resolve(INDEX)
                    + "; add a row for it (file,stage,format,holds)");
        }
        return e;
    }

    private static Set<String> csvFiles(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".csv"))
                    .collect(Collectors.toCollection(TreeSet::new));
        } catch (IOException e) {
            throw new InputException(dir, "cannot list the rules folder: " + e.getMessage());
        }
    }
}
