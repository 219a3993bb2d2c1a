package org.newsgraph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.newsgraph.build.BuildSummary;
import org.newsgraph.build.DatasetBuild;

/**
 * Builds the project's sample data ({@code data/}, run from the project root as Maven does)
 * into a folder, with the real pipeline, for tests that need a built dataset. Tests that only read
 * the dataset share one copy, built once per test JVM ({@link #shared()}); tests that change it, or
 * whose subject is the build itself, build their own ({@link #build(Path)}).
 *
 * <pre>{@code
 * Path db = SampleDataset.shared();         // read only: query, validate, export, serve read-only
 * Path mine = SampleDataset.build(tempDir); // to change, rebuild, move or lock
 * }</pre>
 */
public final class SampleDataset {
    /** The project's data folder. */
    public static final Path DATA = Path.of("data");

    private SampleDataset() {
    }

    /** Copies the sample articles into the new folder {@code dir} and returns it, for tests that change them. */
    public static Path copyArticles(Path dir) throws IOException {
        Files.createDirectories(dir);
        try (Stream<Path> files = Files.list(DATA.resolve("articles"))) {
            for (Path f : files.toList()) {
                Files.copy(f, dir.resolve(f.getFileName()));
            }
        }
        return dir;
    }

    /** Builds into {@code dir/out} and returns that folder. */
    public static Path build(Path dir) {
        Path out = dir.resolve("out");
        BuildSummary summary = DatasetBuild.builder().data(DATA).out(out).build().run();
        if (summary.articles() == 0) {
            throw new IllegalStateException("the sample data holds no article");
        }
        return out;
    }

    /**
     * The sample dataset built once for the whole test JVM (in a temporary folder removed when the
     * JVM exits), for tests that only read it. Never write into it, serve it with updates, push
     * from it (a push records what it sent in the dataset) or build over it: use {@link #build(Path)}.
     */
    public static Path shared() {
        return Shared.OUT;
    }

    /** Built on first use, by the class loader's lock, so once even if tests ran in parallel. */
    private static final class Shared {
        static final Path OUT = buildOnce();

        private static Path buildOnce() {
            try {
                Path dir = Files.createTempDirectory("newsgraph-sample-dataset-");
                Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(dir), "delete-shared-sample-dataset"));
                return build(dir);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot make a temporary folder for the shared sample dataset", e);
            }
        }

        private static void delete(Path dir) {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(f);
                }
            } catch (IOException | UncheckedIOException e) {
                // a temporary folder left behind is no reason to fail the tests
            }
        }
    }
}
