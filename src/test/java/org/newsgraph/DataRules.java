package org.newsgraph;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * The project's rules folder ({@code data/rules}), copied for tests that change a rule file.
 *
 * <pre>{@code
 * Path rules = DataRules.copyTo(tempDir);
 * Files.writeString(rules.resolve("titles.csv"), "…", StandardOpenOption.APPEND);
 * }</pre>
 */
public final class DataRules {
    /** The project's rules folder, relative to the project root where Maven runs the tests. */
    public static final Path DIR = Path.of("data/rules");

    private DataRules() {
    }

    /** Copies every file of {@code data/rules} into {@code dir} (created if missing) and returns {@code dir}. */
    public static Path copyTo(Path dir) throws IOException {
        Files.createDirectories(dir);
        try (Stream<Path> files = Files.list(DIR)) {
            for (Path f : files.toList()) {
                Files.copy(f, dir.resolve(f.getFileName()));
            }
        }
        return dir;
    }
}
