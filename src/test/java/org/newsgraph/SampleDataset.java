package org.newsgraph;

import java.nio.file.Path;
import org.newsgraph.store.BuildSummary;
import org.newsgraph.store.DatasetBuild;

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
