package org.newsgraph.store;

import java.nio.file.Files;
import java.nio.file.Path;
import org.newsgraph.Locations;
import org.newsgraph.StoreException;

/**
 * The files of a built dataset folder ({@code build --out DIR}, {@code --db DIR}).
 *
 * <pre>{@code
 * DatasetLayout layout = new DatasetLayout(Path.of("out"));
 * layout.tdb2();          // out/tdb2
 * layout.fusekiConfig();  // out/fuseki.ttl
 * }</pre>
 *
 * @param dir the folder
 */
public record DatasetLayout(Path dir) {
    /** Default folder of {@code build --out} and {@code --db}. */
    public static final String DEFAULT_DIR = "out";

    /** The TDB2 database. */
    public Path tdb2() {
        return dir.resolve("tdb2");
    }

    /** The whole dataset as TriG. */
    public Path trig() {
        return dir.resolve("dataset.trig");
    }

    /** The whole dataset as N-Quads. */
    public Path nquads() {
        return dir.resolve("dataset.nq");
    }

    /** A Fuseki configuration that serves the TDB2 database. */
    public Path fusekiConfig() {
        return dir.resolve("fuseki.ttl");
    }

    /** What the build wrote down about itself; its presence marks a newsgraph dataset folder. */
    public Path buildInfo() {
        return dir.resolve("newsgraph-build.properties");
    }

    /** Whether the folder holds a complete newsgraph dataset. */
    public boolean isDataset() {
        return Files.isRegularFile(buildInfo()) && Files.isDirectory(tdb2());
    }

    /** Fails with a message saying how to get a dataset when there is none. */
    public DatasetLayout requireDataset() {
        if (!isDataset()) {
            throw new StoreException(Locations.describe(dir) + ": no newsgraph dataset here; run "
                    + "`newsgraph build --out " + Locations.describe(dir) + "` first, or pass the folder it wrote with --db");
        }
        return this;
    }
}
