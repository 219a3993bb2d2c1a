package org.newsgraph.article;

import java.io.Serializable;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.InputException;
import org.newsgraph.io.CsvRow;
import org.newsgraph.io.CsvTable;

/**
 * The manifest of an articles folder, {@value ArticleLoader#MANIFEST}: the id and metadata of its
 * {@code .txt} and {@code .html} files, by file name (columns {@code id,file,title,publisher,url,published,author}).
 * {@link ArticleLoader} reads it with the folder; a reader of files elsewhere (a Hadoop file
 * system) reads a copy with {@link #read(Path)} and hands each file its {@link #entry}.
 *
 * <pre>{@code
 * Manifest manifest = Manifest.read(Path.of("articles.csv"));
 * Manifest.Entry entry = manifest.entry("003.txt").orElse(null);
 * List<Article> articles = ArticleLoader.read(Path.of("003.txt"), bytes, ArticleLoader.Options.defaults(), entry);
 * manifest.checkListed(List.of("003.txt"), Map.of());
 * }</pre>
 */
public final class Manifest {
    static final List<String> COLUMNS = List.of("id", "file");
    static final List<String> OPTIONAL = List.of("title", "publisher", "url", "published", "author");

    private final Path file;
    private final Map<String, Entry> entries;
    /** Each row's line in the manifest, by its file's name: the line a missing file's error names. */
    private final Map<String, Long> lines;

    private Manifest(Path file, Map<String, Entry> entries, Map<String, Long> lines) {
        this.file = file;
        this.entries = entries;
        this.lines = lines;
    }

    /**
     * One file's row.
     *
     * @param id       the article's id
     * @param metadata what the row says about it; its values override what a page says
     */
    public record Entry(String id, ArticleMetadata metadata) implements Serializable {
        public Entry {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(metadata, "metadata");
        }
    }

    /** A folder without a manifest. */
    static Manifest none() {
        return new Manifest(null, new LinkedHashMap<>(), new LinkedHashMap<>());
    }

    /** The manifest in {@code file}, checked row by row. */
    public static Manifest read(Path file) {
        Map<String, Entry> entries = new LinkedHashMap<>();
        Map<String, Long> lines = new LinkedHashMap<>();
        Set<String> ids = new HashSet<>();
        for (CsvRow row : CsvTable.read(file, COLUMNS, OPTIONAL)) {
            Entry entry = entryOf(row);
            if (!ids.add(entry.id())) {
                throw row.error(repeatedId(entry.id()));
            }
            String fileName = row.required("file");
            if (entries.put(fileName, entry) != null) {
                throw row.error(listedTwice(fileName));
            }
            lines.put(fileName, row.line());
        }
        return new Manifest(file, entries, lines);
    }

    /** One row's entry, its values checked. */
    static Entry entryOf(CsvRow row) {
        String id = row.required("id");
        MetadataValues.idProblem(id).ifPresent(why -> {
            throw row.error(why + "; " + MetadataValues.ID_FORM);
        });
        String fileName = row.required("file");
        if (fileName.contains("/") || fileName.contains("\\") || !ArticleLoader.isPage(fileName)) {
            throw row.error("\"" + fileName + "\" is not a .txt, .html or .htm file name inside the articles folder"
                    + (ArticleLoader.isArticleFile(fileName)
                            ? "; a batch file gives the ids and metadata of its articles itself" : ""));
        }
        ArticleMetadata metadata = new ArticleMetadata(emptyToNull(row.get("title")),
                emptyToNull(row.get("publisher")), url(row), date(row), row.list("author"));
        return new Entry(id, metadata);
    }

    static String repeatedId(String id) {
        return "the id \"" + id + "\" is used by an earlier row; ids must be unique";
    }

    static String listedTwice(String fileName) {
        return "the file \"" + fileName + "\" is listed twice; keep one row per file";
    }

    /** The error for a row whose file was not read: not in the folder, or skipped for {@code why}. */
    static InputException notRead(Path manifest, long line, String name, String why) {
        return new InputException(manifest, line, "the file \"" + name + "\" " + (why == null
                ? "is not in the articles folder; add it"
                : "cannot be read: it is " + why + "; put the article there as a regular file") + " or remove this row");
    }

    /** Each row's line, by its file's name, in row order (the map itself: {@link ManifestRows} takes it over). */
    Map<String, Long> lines() {
        return lines;
    }

    /** The manifest file; null for a folder without one. */
    Path file() {
        return file;
    }

    /** The row of the file {@code fileName}, if the manifest has one. */
    public Optional<Entry> entry(String fileName) {
        return Optional.ofNullable(entries.get(fileName));
    }

    /**
     * Checks that every row's file is among {@code files}, the names of the folder's article files.
     *
     * @param skipped why a file of the folder was not read, by name (a link out of it, a pipe, …)
     * @throws org.newsgraph.InputException on the first row whose file is not there
     */
    public void checkListed(Collection<String> files, Map<String, String> skipped) {
        Set<String> present = new HashSet<>(files);
        Map.Entry<String, Long> missing = lines.entrySet().stream().filter(e -> !present.contains(e.getKey()))
                .min(Map.Entry.comparingByValue()).orElse(null);
        if (missing != null) {
            throw notRead(file, missing.getValue(), missing.getKey(), skipped.get(missing.getKey()));
        }
    }

    private static String url(CsvRow row) {
        String url = row.get("url");
        if (url.isEmpty()) {
            return null;
        }
        String problem = MetadataValues.urlProblem(url).orElse(null);
        if (problem != null) {
            throw row.error("the url \"" + url + "\" is not a valid absolute address (" + problem + "); "
                    + MetadataValues.URL_FORM);
        }
        return url;
    }

    private static LocalDate date(CsvRow row) {
        String date = row.get("published");
        if (date.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            throw row.error("the published date \"" + date + "\" is not " + MetadataValues.DATE_FORM);
        }
    }

    private static String emptyToNull(String s) {
        return s.isEmpty() ? null : s;
    }
}
