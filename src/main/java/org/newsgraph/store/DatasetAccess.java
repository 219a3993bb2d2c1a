package org.newsgraph.store;

import java.nio.file.Path;
import java.time.Duration;
import org.newsgraph.Locations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How a reading command ({@code query}, {@code validate}) gets at a dataset. It opens the database
 * itself ({@link Local}) when it can. While a running {@code newsgraph serve} holds it, TDB2 lets no
 * other process open it, so the command goes through that server's endpoints instead
 * ({@link Served}), and says so in the log. While a {@code newsgraph build} holds it for an update,
 * it waits for the build to let go. Any other holder is an error that names it.
 *
 * <pre>{@code
 * try (DatasetAccess access = DatasetAccess.open(Path.of("out"))) {
 *     if (access instanceof DatasetAccess.Local local) { ... local.store().dataset() ... }
 *     else if (access instanceof DatasetAccess.Served served) { ... served.server().sparql() ... }
 * }
 * }</pre>
 */
public sealed interface DatasetAccess extends AutoCloseable permits DatasetAccess.Local, DatasetAccess.Served {
    /** How long a reading command waits for a build that is updating the database, by default. */
    Duration BUILD_WAIT = Duration.ofMinutes(10);

    /** What the build in use wrote about itself (its base IRI, its articles). */
    BuildInfo info();

    @Override
    void close();

    /** Opens {@code dir}'s dataset, or finds the server that holds it; waits up to {@link #BUILD_WAIT} for a build. */
    static DatasetAccess open(Path dir) {
        return open(dir, BUILD_WAIT);
    }

    /** Opens {@code dir}'s dataset, or finds the server that holds it; waits up to {@code buildWait} for a build. */
    static DatasetAccess open(Path dir, Duration buildWait) {
        Logger log = LoggerFactory.getLogger(DatasetAccess.class);
        long deadline = System.nanoTime() + buildWait.toNanos();
        boolean told = false;
        while (true) {
            try {
                return new Local(Store.open(dir));
            } catch (DatabaseInUseException e) {
                DatabaseHolder holder = e.holder();
                if (holder.server().isPresent()) {
                    ServingRecord server = holder.server().get();
                    log.info("{} is held by {}; asking that server", Locations.describe(dir), server.describe());
                    return new Served(server, new DatasetLayout(dir));
                }
                if (!holder.building() || System.nanoTime() > deadline) {
                    throw e;
                }
                if (!told) {
                    log.info("{}: a build is writing the database right now; waiting for it", Locations.describe(dir));
                    told = true;
                }
                pause();
            }
        }
    }

    private static void pause() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a build", e);
        }
    }

    /**
     * The dataset opened in this process.
     *
     * @param store the open database
     */
    record Local(Store store) implements DatasetAccess {
        @Override
        public BuildInfo info() {
            return store.info();
        }

        @Override
        public void close() {
            store.close();
        }
    }

    /**
     * The dataset as the newsgraph server that holds it serves it.
     *
     * @param server the server
     * @param layout the dataset folder
     */
    record Served(ServingRecord server, DatasetLayout layout) implements DatasetAccess {
        @Override
        public BuildInfo info() {
            return BuildInfo.read(layout.buildInfo());
        }

        @Override
        public void close() {
            // nothing is open here
        }
    }
}
