package org.newsgraph;

import java.nio.file.Path;

/**
 * Names files in messages the way the user typed them: relative to the working directory when
 * the file lies below it, absolute otherwise, and {@code bundled:…} for the files inside the jar
 * ({@link Bundled}).
 *
 * <pre>{@code
 * Locations.describe(Path.of("data/gazetteer/people.csv"));   // "data/gazetteer/people.csv"
 * }</pre>
 */
public final class Locations {
    private Locations() {
    }

    /** The file as a short, readable path. */
    public static String describe(Path file) {
        if (file == null) {
            return "(no file)";
        }
        if (Bundled.isBundled(file)) {
            return Bundled.describe(file);
        }
        Path abs = file.toAbsolutePath().normalize();
        Path cwd = Path.of("").toAbsolutePath().normalize();
        return abs.startsWith(cwd) && !abs.equals(cwd) ? cwd.relativize(abs).toString() : abs.toString();
    }
}
