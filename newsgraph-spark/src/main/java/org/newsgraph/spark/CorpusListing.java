package org.newsgraph.spark;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.newsgraph.InputException;
import org.newsgraph.article.ArticleLoader;
import org.newsgraph.article.Manifest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The driver's listing of an articles folder on any Hadoop file system: its article files in name
 * order (the order {@code newsgraph build} reads them in), each with its row of the manifest
 * {@value ArticleLoader#MANIFEST}, read here once. What the folder holds besides articles is
 * logged and passed over, as the build does; a manifest row without its file is an error.
 *
 * <pre>{@code
 * List<ArticleSource> files = CorpusListing.list("hdfs:///corpus/articles", sc.hadoopConfiguration());
 * }</pre>
 */
final class CorpusListing {
    private static final Logger LOG = LoggerFactory.getLogger(CorpusListing.class);

    private CorpusListing() {
    }

    /** The article files of {@code articles}, sorted by name, with their manifest rows. */
    static List<ArticleSource> list(String articles, Configuration conf) {
        Path dir = new Path(articles);
        java.nio.file.Path where = java.nio.file.Path.of(articles);
        try {
            FileSystem fs = dir.getFileSystem(conf);
            if (!fs.exists(dir) || !fs.getFileStatus(dir).isDirectory()) {
                throw new InputException(where, "no such folder; pass the folder that holds the articles with --articles");
            }
            FileStatus[] entries = fs.listStatus(dir);
            Arrays.sort(entries, Comparator.comparing(s -> s.getPath().getName()));
            Manifest manifest = manifest(fs, new Path(dir, ArticleLoader.MANIFEST));
            List<ArticleSource> sources = new ArrayList<>();
            for (FileStatus entry : entries) {
                String name = entry.getPath().getName();
                if (name.startsWith(".") || name.equals(ArticleLoader.MANIFEST)) {
                    continue;
                }
                if (entry.isDirectory()) {
                    LOG.warn("{}: a folder; articles in subfolders are not read; skipped", entry.getPath());
                } else if (!ArticleLoader.isArticleFile(name)) {
                    LOG.warn("{}: not a text article (articles are .txt, .html, .htm, .jsonl or .csv files); skipped",
                            entry.getPath());
                } else {
                    sources.add(new ArticleSource(entry.getPath().toString(), name,
                            manifest == null ? null : manifest.entry(name).orElse(null)));
                }
            }
            if (sources.isEmpty()) {
                throw new InputException(where, "the folder holds no .txt article (nor .html, .htm, .jsonl or .csv "
                        + "batch); put the articles there as UTF-8 .txt files, .html pages or .jsonl/.csv batches");
            }
            if (manifest != null) {
                manifest.checkListed(sources.stream().map(ArticleSource::name).toList(), Map.of());
            }
            return sources;
        } catch (IOException e) {
            throw new InputException(where, "cannot list the folder (" + e.getMessage() + ")", e);
        }
    }

    /** The folder's manifest, read from a local copy, or null when it has none. */
    private static Manifest manifest(FileSystem fs, Path file) throws IOException {
        if (!fs.exists(file)) {
            return null;
        }
        java.nio.file.Path copy = Files.createTempFile("newsgraph-manifest", ".csv");
        try {
            fs.copyToLocalFile(false, file, new Path(copy.toUri()), true);
            return Manifest.read(copy);
        } finally {
            Files.deleteIfExists(copy);
        }
    }
}
