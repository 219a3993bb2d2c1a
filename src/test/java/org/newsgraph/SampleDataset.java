package org.newsgraph;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.newsgraph.build.BuildSummary;
import org.newsgraph.build.DatasetBuild;

/**
 * Builds the project's sample data ({@code data/}, run from the project root as Maven does)
 * into a folder, with the real pipeline, for tests that need a built dataset.
 *
 * <pre>{@code
 * Path db = SampleDataset.build(tempDir);
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
}
