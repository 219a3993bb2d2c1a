package org.newsgraph.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.newsgraph.article.Article;
import org.newsgraph.article.ArticleLoader;

/**
 * Measures how far the conversion of an articles folder got, for {@link BuildProgress}. The
 * total is the size of the folder's files; the articles arrive in file order, so a file is done
 * when an article of the next one arrives, and inside a file (a batch of many articles) the text
 * converted so far stands for the bytes read.
 *
 * <pre>{@code
 * ConversionMeter meter = new ConversionMeter(articlesDir, progress, startedNanos);
 * meter.converted(article);   // after each article, on one thread
 * }</pre>
 */
final class ConversionMeter {
    /** The least time between two reports while converting. */
    static final Duration EVERY = Duration.ofMillis(250);

    private final BuildProgress progress;
    private final long started;
    private final Map<String, Long> sizes;
    private final long total;
    private long articles;
    private long finished;
    private String file;
    private long inFile;
    private long lastReport;

    ConversionMeter(Path dir, BuildProgress progress, long started) {
        this.progress = progress;
        this.started = started;
        this.sizes = sizes(dir);
        this.total = sizes.values().stream().mapToLong(Long::longValue).sum();
        this.lastReport = System.nanoTime();
    }

    /** The sizes of the folder's files by name; empty when the folder cannot be listed. */
    private static Map<String, Long> sizes(Path dir) {
        Map<String, Long> sizes = new HashMap<>();
        try (Stream<Path> files = Files.list(dir)) {
            files.filter(f -> !f.getFileName().toString().equals(ArticleLoader.MANIFEST))
                    .filter(Files::isRegularFile)
                    .forEach(f -> sizes.put(f.getFileName().toString(), size(f)));
        } catch (IOException | RuntimeException e) {
            sizes.clear();
        }
        return sizes;
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    /** Reports that the conversion starts. */
    void start() {
        progress.report(snapshot(BuildProgress.Phase.CONVERTING));
    }

    /** Counts one converted article; reports when {@link #EVERY} has passed since the last report. */
    void converted(Article article) {
        articles++;
        if (!article.fileName().equals(file)) {
            if (file != null) {
                finished += sizes.getOrDefault(file, 0L);
            }
            file = article.fileName();
            inFile = 0;
        }
        inFile += article.text().length();
        long now = System.nanoTime();
        if (now - lastReport >= EVERY.toNanos()) {
            lastReport = now;
            progress.report(snapshot(BuildProgress.Phase.CONVERTING));
        }
    }

    /** Where the build is now, in {@code phase}. */
    BuildProgress.Progress snapshot(BuildProgress.Phase phase) {
        long current = file == null ? 0 : Math.min(inFile, sizes.getOrDefault(file, inFile));
        return new BuildProgress.Progress(phase, articles, finished + current, total,
                Duration.ofNanos(System.nanoTime() - started));
    }
}
