package org.newsgraph.article;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.newsgraph.InputException;
import org.newsgraph.Locations;

/**
 * Reads the articles of a folder, sorted by file name:
 * <ul>
 *   <li>every {@code .txt} file is one article, its text as it is;</li>
 *   <li>every {@code .html} or {@code .htm} file is one article: the page's metadata and the text of
 *       its article element (see {@link HtmlPage});</li>
 *   <li>every {@code .jsonl} file (one JSON object per line with {@code id}, {@code text} and
 *       optional {@code title}, {@code date}, {@code url}, {@code author}/{@code authors},
 *       {@code publisher}) and every {@code .csv} file other than the manifest (columns {@code id},
 *       {@code text} and optional {@code title,date,url,author,publisher}) holds many articles.</li>
 * </ul>
 * The manifest {@code articles.csv} (columns {@code id,file,title,publisher,url,published,author})
 * gives the id and metadata of a {@code .txt} or {@code .html} file; its values override what a page
 * says. A file without a manifest row still builds, with its file name (less the extension) as id.
 * Ids are unique across the whole folder, at most {@link #MAX_ID_LENGTH} characters long, without
 * control characters. Article files are read in the chosen charset (the
 * manifest is always UTF-8) and may be at most {@link #MAX_FILE_BYTES} long. What the loader can
 * tolerate (a file that is not an article, an article without words, an unusable date in a page)
 * it logs as a warning, or with {@link Options#strict()} refuses. Only regular files inside the
 * folder are opened: a link that leads out of it or nowhere, a named pipe, a device or a socket
 * is skipped the same way (see {@link FolderEntry}); a manifest that is one of those is an error.
 *
 * <pre>{@code
 * List<Article> articles = ArticleLoader.load(Path.of("data/articles"));
 * List<Article> old = ArticleLoader.load(Path.of("archive"), new ArticleLoader.Options(Charset.forName("windows-1252"), true));
 * }</pre>
 */
public final class ArticleLoader {
    /** Name of the manifest file inside the articles folder. */
    public static final String MANIFEST = "articles.csv";
    /** One MB as the size limit counts it: 2^20 bytes. */
    public static final long MEGABYTE = 1024L * 1024L;
    /** The longest article id, in characters: an id is part of every IRI of its article. */
    public static final int MAX_ID_LENGTH = 1000;
    /** The largest article file read, 50 MB: far above any article, well below what exhausts memory. */
    public static final long MAX_FILE_BYTES = 50 * MEGABYTE;
    /** The extensions of the files read, in the words of messages. */
    private static final String FORMATS = ".txt, .html, .htm, .jsonl or .csv";

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

    /** The folder's articles, sorted by file name (a batch file's in file order). */
    public static List<Article> load(Path dir, Options options) {
        List<Article> articles = new ArrayList<>();
        forEach(dir, options, articles::add);
        return articles;
    }

    /**
     * Hands the folder's articles to {@code sink} one at a time, in the order of {@link #load}, so
     * that a corpus of any size is read in the memory of one file. The checks that need the whole
     * folder (a manifest row without its file) fail after the last article.
     */
    public static void forEach(Path dir, Options options, Consumer<Article> sink) {
        if (!Files.isDirectory(dir)) {
            throw new InputException(dir, "no such folder; pass the folder that holds the articles with --articles");
        }
        Warnings warnings = new Warnings(options.strict());
        Path realDir = realPath(dir);
        long[] files = {0};
        try (ManifestRows manifest = openManifest(dir, realDir)) {
            SeenIds seen = new SeenIds();
            Ids ids = (id, name, line) -> seen.add(id) ? null : earlierUse(dir, realDir, options, id, name, line);
            FolderListing.forEach(dir, FolderListing.WINDOW, name -> {
                Path file = dir.resolve(name);
                if (isRead(dir, realDir, file, warnings, manifest)) {
                    files[0]++;
                    readFile(file, options, manifest.read(name), ids, warnings).forEach(sink);
                }
                return true;
            });
            if (files[0] == 0) {
                throw new InputException(dir, "the folder holds no .txt article (nor .html, .htm, .jsonl or .csv batch); "
                        + "put the articles there as UTF-8 .txt files, .html pages or .jsonl/.csv batches");
            }
            manifest.finish();
        }
    }

    /** Where an id is noted: the earlier use of {@code id} ("a.txt", "b.jsonl line 3"), or null if it is new. */
    private interface Ids {
        String claim(String id, String fileName, long line);
    }

    private static List<Article> readFile(Path file, Options options, Manifest.Entry entry, Ids ids,
            Warnings warnings) {
        try {
            return articlesOf(file, ArticleFile.read(file, options.charset()), entry, ids, warnings);
        } catch (StackOverflowError e) {
            throw new InputException(file, "reading the file overflowed the stack (StackOverflowError): something in "
                    + "it is nested far too deeply; remove or repair it (run with -v for the stack trace)", e);
        } catch (OutOfMemoryError e) {
            throw new InputException(file, "not enough memory to read the file (" + e.getMessage() + "); give Java "
                    + "more memory, e.g. java -Xmx4g -jar newsgraph.jar build ..., or split the file", e);
        }
    }

    /**
     * Where {@code id} was used before file {@code stopName} (line {@code stopLine} of a batch), or
     * null if nowhere (two ids that share a hash): the folder is read again up to there, ids only.
     */
    private static String earlierUse(Path dir, Path realDir, Options options, String id, String stopName,
            long stopLine) {
        Warnings silent = Warnings.silent();
        String[] found = {null};
        try (ManifestRows manifest = openManifest(dir, realDir)) {
            FolderListing.forEach(dir, FolderListing.WINDOW, name -> {
                if (name.compareTo(stopName) > 0) {
                    return false;
                }
                Path file = dir.resolve(name);
                if (!isRead(dir, realDir, file, silent, manifest)) {
                    return true;
                }
                Manifest.Entry entry = manifest.read(name);
                Format format = Format.of(name);
                if (format == Format.JSONL || format == Format.CSV) {
                    String text = ArticleFile.read(file, options.charset());
                    for (BatchReader.Record r : format == Format.JSONL ? BatchReader.readJsonl(file, text, silent)
                            : BatchReader.readCsv(file, text)) {
                        if (name.equals(stopName) && r.line() >= stopLine) {
                            break;
                        }
                        if (r.id().equals(id)) {
                            found[0] = where(name, r.line());
                            return false;
                        }
                    }
                } else if (!name.equals(stopName) && (entry != null ? entry.id() : baseName(name)).equals(id)) {
                    found[0] = name;
                    return false;
                }
                return true;
            });
        }
        return found[0];
    }

    private static String where(String fileName, long line) {
        return line > 0 ? fileName + " line " + line : fileName;
    }

    private static String baseName(String fileName) {
        return fileName.substring(0, fileName.lastIndexOf('.'));
    }

    /**
     * The articles of one file whose bytes were read elsewhere (a Hadoop file system), as
     * {@link #load} reads them, with the file's manifest row ({@code null}: none); ids are checked
     * within the file only. A warning ({@link Options#strict()}) is logged or thrown as there.
     *
     * @param file  the file, as messages name it
     * @param bytes its content, at most {@link #MAX_FILE_BYTES}
     */
    public static List<Article> read(Path file, byte[] bytes, Options options, Manifest.Entry entry) {
        Map<String, String> ids = new HashMap<>();
        return articlesOf(file, ArticleFile.text(file, bytes, options.charset()), entry,
                (id, name, line) -> ids.putIfAbsent(id, where(name, line)), new Warnings(options.strict()));
    }

    /** Whether the loader reads a file of this name: a .txt, .html, .htm, .jsonl or .csv other than the manifest, not hidden. */
    public static boolean isArticleFile(String fileName) {
        return !fileName.startsWith(".") && Format.of(fileName) != Format.OTHER;
    }

    /** Whether a file of this name is one article that a manifest row may describe: .txt, .html or .htm. */
    static boolean isPage(String fileName) {
        Format format = Format.of(fileName);
        return format == Format.TEXT || format == Format.HTML;
    }

    /**
     * The articles of one file, checked, their ids noted in {@code ids}; {@code entry} is its
     * manifest row, or null.
     */
    private static List<Article> articlesOf(Path file, String content, Manifest.Entry entry, Ids ids,
            Warnings warnings) {
        String name = file.getFileName().toString();
        Format format = Format.of(name);
        String text = content;
        boolean batch = format == Format.JSONL || format == Format.CSV;
        if (text.isBlank()) {
            throw new InputException(file, batch ? "the batch file is empty; remove it or give it its articles"
                    : "the article is empty; remove the file or give it its text");
        }
        if (batch) {
            List<BatchReader.Record> records = format == Format.JSONL
                    ? BatchReader.readJsonl(file, text, warnings) : BatchReader.readCsv(file, text);
            List<Article> articles = new ArrayList<>(records.size());
            for (BatchReader.Record r : records) {
                String earlier = ids.claim(r.id(), name, r.line());
                if (earlier != null) {
                    throw r.error("the id \"" + r.id() + "\" is also used by " + earlier
                            + "; give every article its own id");
                }
                noWords(file, r.line(), r.text(), warnings);
                articles.add(new Article(r.id(), name + "#" + r.line(), r.text(), r.metadata()));
            }
            return articles;
        }
        String id = entry != null ? entry.id() : baseName(name);
        if (entry == null) {
            MetadataValues.idProblem(id).ifPresent(problem -> {
                throw new InputException(file, problem + ", taken from the file name; rename the file or give the "
                        + "article its id in " + MANIFEST);
            });
        }
        String earlier = ids.claim(id, name, 0);
        if (earlier != null) {
            throw new InputException(file, "two articles have the id \"" + id + "\" (the other is " + earlier
                    + "); give them distinct ids in " + MANIFEST);
        }
        ArticleMetadata metadata = entry != null ? entry.metadata() : ArticleMetadata.unknown();
        if (format == Format.HTML) {
            HtmlPage page = HtmlPage.parse(file, text, metadata, warnings);
            if (page.text().isBlank()) {
                throw new InputException(file, "the page has no article text (none in <article>, <main> or <body> "
                        + "outside scripts, navigation, headers, footers, asides, forms and figures); "
                        + "remove the file or save the article's text as .txt");
            }
            text = page.text();
            metadata = page.metadata();
        }
        noWords(file, 0, text, warnings);
        return List.of(new Article(id, name, text, metadata));
    }

    /** The kinds of article file, by extension. */
    private enum Format {
        TEXT, HTML, JSONL, CSV, OTHER;

        static Format of(String fileName) {
            String lower = fileName.toLowerCase(Locale.ROOT);
            if (lower.endsWith(".txt")) {
                return TEXT;
            }
            if (lower.endsWith(".html") || lower.endsWith(".htm")) {
                return HTML;
            }
            if (lower.endsWith(".jsonl")) {
                return JSONL;
            }
            if (lower.endsWith(".csv") && !fileName.equals(MANIFEST)) {
                return CSV;
            }
            return OTHER;
        }
    }

    private static void noWords(Path file, long line, String text, Warnings warnings) {
        if (!MetadataValues.hasWords(text)) {
            warnings.warn(file, line, "the article has no words, so no sentences", "it adds nothing to the graph",
                    "give it its text or remove it");
        }
    }

    /**
     * Whether the folder entry {@code file} is an article file to read; other entries are reported
     * (and passed to the manifest, with why), hidden ones and the manifest passed over. No entry is
     * opened: a link out of the folder or nowhere, a named pipe or a device is skipped by what it is.
     */
    private static boolean isRead(Path dir, Path realDir, Path file, Warnings warnings, ManifestRows manifest) {
        String name = file.getFileName().toString();
        if (name.startsWith(".") || name.equals(MANIFEST)) {
            return false;
        }
        String problem = FolderEntry.problem(file, realDir).orElse(null);
        if (problem != null) {
            warnings.warn(file, 0, problem, "skipped", Files.isSymbolicLink(file)
                    ? "copy the article into " + Locations.describe(dir) + " or remove the link"
                    : "articles are regular files; remove it from the articles folder");
        } else if (Files.isDirectory(file)) {
            warnings.warn(file, 0, "a folder; articles in subfolders are not read", "skipped",
                    "move its articles into " + Locations.describe(dir) + " or remove it");
        } else if (Format.of(name) == Format.OTHER) {
            boolean pdf = name.toLowerCase(Locale.ROOT).endsWith(".pdf");
            warnings.warn(file, 0, (pdf ? "a PDF document" : "a " + extension(name)) + ", not a text article "
                    + "(articles are " + FORMATS + " files)", "skipped",
                    (pdf ? "save its text as a .txt file and remove it" : "remove it") + " from the articles folder");
        } else {
            return true;
        }
        manifest.passed(name, problem);
        return false;
    }

    private static Path realPath(Path dir) {
        try {
            return dir.toRealPath();
        } catch (IOException e) {
            throw new InputException(dir, "cannot open the folder (" + e.getMessage() + ")", e);
        }
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(dot) + " file" : "file without extension";
    }

    private static ManifestRows openManifest(Path dir, Path realDir) {
        Path file = dir.resolve(MANIFEST);
        if (!FolderEntry.exists(file)) {
            return ManifestRows.none();
        }
        String problem = FolderEntry.problem(file, realDir).orElse(null);
        if (problem != null || Files.isDirectory(file)) {
            throw new InputException(file, "the manifest is " + (problem != null ? problem : "a folder")
                    + "; put the manifest into the articles folder as a regular UTF-8 CSV file");
        }
        return ManifestRows.open(file);
    }
}
