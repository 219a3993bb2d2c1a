package org.newsgraph.store;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import org.newsgraph.Locations;
import org.newsgraph.StoreException;

/**
 * The files of a dataset folder ({@code build --out DIR}, {@code --db DIR}). Each build is written
 * into its own folder under {@code builds/}; the link {@code current} names the complete build in
 * use and is switched in one atomic rename when a new build is complete, so a build that fails or
 * is killed leaves the previous dataset in place. {@code tdb2}, {@code dataset.trig},
 * {@code dataset.nq} and {@code newsgraph-build.properties} are links through {@code current}, so
 * their paths never change; {@code fuseki.ttl} serves {@code DIR/tdb2}.
 *
 * <pre>{@code
 * DatasetLayout layout = new DatasetLayout(Path.of("out"));
 * layout.tdb2();          // out/tdb2 → out/current/tdb2
 * layout.fusekiConfig();  // out/fuseki.ttl
 * }</pre>
 *
 * @param dir the folder
 */
public record DatasetLayout(Path dir) {
    /** Default folder of {@code build --out} and {@code --db}. */
    public static final String DEFAULT_DIR = "out";
    /** The files of one build, inside its build folder and (as links) in the dataset folder. */
    public static final List<String> FILES = List.of("tdb2", "dataset.trig", "dataset.nq", "newsgraph-build.properties");

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

    /** What the build wrote down about itself. */
    public Path buildInfo() {
        return dir.resolve("newsgraph-build.properties");
    }

    /** The link to the build in use. */
    public Path current() {
        return dir.resolve("current");
    }

    /** The folder holding one folder per build. */
    public Path builds() {
        return dir.resolve("builds");
    }

    /** The lock a build holds while it writes into this folder. */
    public Path lock() {
        return dir.resolve(".build.lock");
    }

    /** Whether the folder holds a complete newsgraph dataset. */
    public boolean isDataset() {
        return Files.isSymbolicLink(current()) && Files.isRegularFile(buildInfo()) && Files.isDirectory(tdb2());
    }

    /** Whether the folder holds a dataset of the earlier layout (files in place, no {@code current} link). */
    public boolean isEarlierLayout() {
        return Files.isRegularFile(buildInfo(), LinkOption.NOFOLLOW_LINKS) && !Files.isSymbolicLink(current());
    }

    /** Fails with a message saying how to get a dataset when there is none. */
    public DatasetLayout requireDataset() {
        if (!isDataset()) {
            throw new StoreException(Locations.describe(dir) + ": no newsgraph dataset here; run "
                    + "`newsgraph build --out " + Locations.describe(dir) + "` first, or pass the folder it wrote with --db");
        }
        return this;
    }

    /**
     * The files of one build folder under {@code builds/}.
     *
     * @param dir the build folder
     */
    public record Build(Path dir) {
        /** The build's TDB2 database. */
        public Path tdb2() {
            return dir.resolve("tdb2");
        }

        /** The build's TriG dump. */
        public Path trig() {
            return dir.resolve("dataset.trig");
        }

        /** The build's N-Quads dump. */
        public Path nquads() {
            return dir.resolve("dataset.nq");
        }

        /** The build's settings and counts. */
        public Path buildInfo() {
            return dir.resolve("newsgraph-build.properties");
        }

        /** What the build remembers of each article, for the next build (the build's {@code BuildState}). */
        public Path state() {
            return dir.resolve("state.csv");
        }

        /** Present while the dumps may be older than the database (an update was cut short). */
        public Path dumpsStale() {
            return dir.resolve("dumps.stale");
        }
    }
}
