package org.newsgraph.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
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
    private final Path dir;
    private final long total;
    private long articles;
    private long finished;
    private String file;
    private long inFile;
    /** The bytes of the file being converted. */
    private long fileSize;
    private long lastReport;

    ConversionMeter(Path dir, BuildProgress progress, long started) {
        this.progress = progress;
        this.started = started;
        this.dir = dir;
        this.total = totalSize(dir);
        this.lastReport = System.nanoTime();
    }

    /**
     * The bytes of the folder's files, the manifest left out; 0 when the folder cannot be listed. Only the sum
     * is kept (a file's own size is read when the build reaches it), so the meter holds the same memory for
     * any number of files.
     */
    private static long totalSize(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> !f.getFileName().toString().equals(ArticleLoader.MANIFEST))
                    .filter(Files::isRegularFile).mapToLong(ConversionMeter::size).sum();
        } catch (IOException | RuntimeException e) {
            return 0;
        }
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
                finished += fileSize;
            }
            file = article.fileName();
            fileSize = size(dir.resolve(file));
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
        long current = file == null ? 0 : fileSize > 0 ? Math.min(inFile, fileSize) : inFile;
        return new BuildProgress.Progress(phase, articles, finished + current, total,
                Duration.ofNanos(System.nanoTime() - started));
    }
}
