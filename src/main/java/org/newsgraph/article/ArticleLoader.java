package org.newsgraph.article;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.newsgraph.InputException;
import org.newsgraph.csv.CsvRow;
import org.newsgraph.csv.CsvTable;
import org.newsgraph.text.TextFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the articles of a folder: every {@code .txt} file, with the metadata that the manifest
 * {@code articles.csv} (columns {@code id,file,title,publisher,url,published,author}) gives for it.
 * A text without a manifest row still builds, with its file name (less the extension) as id.
 *
 * <pre>{@code
 * List<Article> articles = ArticleLoader.load(Path.of("data/articles"));
 * }</pre>
 */
public final class ArticleLoader {
    /** Name of the manifest file inside the articles folder. */
    public static final String MANIFEST = "articles.csv";
    private static final Logger LOG = LoggerFactory.getLogger(ArticleLoader.class);

    private ArticleLoader() {
    }

    /**
     * How to read the articles.
     *
     * @param charset the encoding of the article files
     * @param strict  whether a warning (a skipped file, …) is an error
     */
    public record Options(Charset charset, boolean strict) {
        public Options {
            Objects.requireNonNull(charset, "charset");
        }

        /** UTF-8, warnings allowed. */
        public static Options defaults() {
            return new Options(StandardCharsets.UTF_8, false);
        }
    }

    /** The folder's articles, sorted by file name, read as UTF-8. */
    public static List<Article> load(Path dir) {
        return load(dir, Options.defaults());
    }

    /** The folder's articles, sorted by file name. */
    public static List<Article> load(Path dir, Options options) {
        if (!Files.isDirectory(dir)) {
            throw new InputException(dir, "no such folder; pass the folder that holds the articles with --articles");
        }
        Map<String, ManifestEntry> manifest = readManifest(dir);
        List<Path> texts = textFiles(dir);
        if (texts.isEmpty()) {
            throw new InputException(dir, "the folder holds no .txt article; put the articles there as UTF-8 .txt files");
        }
        Set<String> ids = new HashSet<>();
        List<Article> articles = new ArrayList<>();
        for (Path file : texts) {
            String name = file.getFileName().toString();
            ManifestEntry entry = manifest.remove(name);
            String id = entry != null ? entry.id() : name.substring(0, name.length() - ".txt".length());
            if (!ids.add(id)) {
                throw new InputException(file, "two articles have the id \"" + id
                        + "\"; give them distinct ids in " + MANIFEST);
            }
            String text = TextFiles.readUtf8(file);
            if (text.isBlank()) {
                throw new InputException(file, "the article is empty; remove the file or give it its text");
            }
            articles.add(new Article(id, name, text, entry != null ? entry.metadata() : ArticleMetadata.unknown()));
        }
        for (ManifestEntry missing : manifest.values()) {
            throw missing.row().error("the file \"" + missing.row().get("file")
                    + "\" is not in the articles folder; add it or remove this row");
        }
        return articles;
    }

    private static List<Path> textFiles(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> all = files.filter(Files::isRegularFile).sorted().toList();
            for (Path other : all) {
                String name = other.getFileName().toString();
                if (!name.endsWith(".txt") && !name.equals(MANIFEST) && !name.startsWith(".")) {
                    LOG.warn("{}: skipped, not a .txt article", other);
                }
            }
            return all.stream().filter(p -> p.getFileName().toString().endsWith(".txt")).toList();
        } catch (IOException e) {
            throw new InputException(dir, "cannot list the folder (" + e.getMessage() + ")", e);
        }
    }

    private record ManifestEntry(String id, ArticleMetadata metadata, CsvRow row) {
    }

    private static Map<String, ManifestEntry> readManifest(Path dir) {
        Path file = dir.resolve(MANIFEST);
        Map<String, ManifestEntry> byFile = new HashMap<>();
        if (!Files.exists(file)) {
            return byFile;
        }
        Set<String> ids = new HashSet<>();
        for (CsvRow row : CsvTable.read(file, List.of("id", "file"),
                List.of("title", "publisher", "url", "published", "author"))) {
            String id = row.required("id");
            if (!ids.add(id)) {
                throw row.error("the id \"" + id + "\" is used by an earlier row; ids must be unique");
            }
            String fileName = row.required("file");
            if (fileName.contains("/") || fileName.contains("\\") || !fileName.endsWith(".txt")) {
                throw row.error("\"" + fileName + "\" is not a .txt file name inside the articles folder");
            }
            ArticleMetadata metadata = new ArticleMetadata(emptyToNull(row.get("title")),
                    emptyToNull(row.get("publisher")), url(row), date(row), row.list("author"));
            if (byFile.put(fileName, new ManifestEntry(id, metadata, row)) != null) {
                throw row.error("the file \"" + fileName + "\" is listed twice; keep one row per file");
            }
        }
        return byFile;
    }

    private static String url(CsvRow row) {
        String url = row.get("url");
        if (url.isEmpty()) {
            return null;
        }
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                throw new URISyntaxException(url, "not an absolute http(s) address");
            }
            return url;
        } catch (URISyntaxException e) {
            throw row.error("the url \"" + url + "\" is not a valid absolute address (" + e.getReason()
                    + "); write it like https://example.org/news/1, with spaces as %20");
        }
    }

    private static LocalDate date(CsvRow row) {
        String date = row.get("published");
        if (date.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            throw row.error("the published date \"" + date + "\" is not a date like 2022-09-13");
        }
    }

    private static String emptyToNull(String s) {
        return s.isEmpty() ? null : s;
    }
}
