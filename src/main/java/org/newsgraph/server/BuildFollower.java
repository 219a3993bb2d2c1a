package org.newsgraph.server;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import org.apache.jena.fuseki.server.DataAccessPoint;
import org.apache.jena.fuseki.server.DataAccessPointRegistry;
import org.apache.jena.fuseki.server.DataService;
import org.newsgraph.Locations;
import org.newsgraph.StoreException;
import org.newsgraph.store.BuildFolders;
import org.newsgraph.store.DatabaseInUseException;
import org.newsgraph.store.FusekiConfig;
import org.newsgraph.store.ServingRecord;
import org.newsgraph.store.Store;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps a running server on the build a dataset folder has in use. Every {@link #POLL} it looks at
 * the folder's {@code current} link; when a build has put a new build folder in use, it opens that
 * build's database, serves it to every request from then on (Fuseki's access point for the dataset
 * is replaced, so a request runs on one database from start to end), logs
 * "now serving build-… (N articles)", and once the requests still running on the old database
 * are done, closes it and removes its folder. A build that another process holds for a moment (a
 * {@code query} that opened it first) is tried again at the next look.
 *
 * <p>It also records the server in the dataset folder ({@link ServingRecord}), so that
 * {@code query} and {@code validate} go through it while it holds the database, and removes the
 * record when closed.
 *
 * <pre>{@code
 * BuildFollower follower = BuildFollower.start(server, store, Path.of("out"), maxResults);
 * ...
 * server.stop();
 * follower.close();
 * }</pre>
 */
public final class BuildFollower implements AutoCloseable {
    /** How often the {@code current} link is looked at. */
    static final Duration POLL = Duration.ofSeconds(1);
    /** How long a replaced database stays open at least, for requests that found it just before the switch. */
    static final Duration GRACE = Duration.ofMillis(500);
    /** How long requests still running on a replaced database are waited for, at most. */
    static final Duration LONGEST_WAIT = Duration.ofMinutes(10);
    private static final Logger LOG = LoggerFactory.getLogger(BuildFollower.class);

    private final NewsgraphServer server;
    private final Path dir;
    private final long maxResults;
    private final ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor(daemon("newsgraph-follow"));
    private final ExecutorService retirer = Executors.newSingleThreadExecutor(daemon("newsgraph-retire"));
    private final Set<Store> retiring = new HashSet<>();
    private Store served;
    private ServingRecord record;
    private Path notOpened;
    private boolean closed;

    private BuildFollower(NewsgraphServer server, Store store, Path dir, long maxResults) {
        this.server = server;
        this.served = store;
        this.dir = dir;
        this.maxResults = maxResults;
    }

    /**
     * Starts following {@code dir} for a started {@code server} that serves {@code store} (opened from
     * {@code dir}) and returns at most {@code maxResults} rows; records the server in {@code dir}.
     */
    public static BuildFollower start(NewsgraphServer server, Store store, Path dir, long maxResults) {
        return start(server, store, dir, maxResults, POLL);
    }

    /** As {@link #start(NewsgraphServer, Store, Path, long)}, looking at the {@code current} link every {@code poll}. */
    static BuildFollower start(NewsgraphServer server, Store store, Path dir, long maxResults, Duration poll) {
        BuildFollower follower = new BuildFollower(server, store, dir, maxResults);
        follower.record();
        follower.poller.scheduleWithFixedDelay(follower::poll, poll.toMillis(), poll.toMillis(), TimeUnit.MILLISECONDS);
        LOG.debug("serving {}; following {}", store.build().getFileName(), Locations.describe(dir));
        return follower;
    }

    private void poll() {
        try {
            followCurrent();
        } catch (RuntimeException e) {
            // never let an error stop the polling; say it and look again next time
            LOG.warn("could not switch to the new build of {}: {}", Locations.describe(dir), e.getMessage());
        }
    }

    /** Switches to the build {@code dir} has in use, if that is not the one served; returns whether it switched. */
    public synchronized boolean followCurrent() {
        if (closed) {
            return false;
        }
        Path current = currentOrNull();
        if (current == null || current.equals(served.build())) {
            return false;
        }
        Store next;
        long articles;
        try {
            next = Store.open(dir);
        } catch (DatabaseInUseException e) {
            if (!current.equals(notOpened)) {
                LOG.info("{} is in use by {}; still serving {} and trying again", current.getFileName(),
                        e.holder().describe(), served.build().getFileName());
                notOpened = current;
            }
            return false;
        } catch (StoreException e) {
            if (!current.equals(notOpened)) {
                LOG.warn("cannot open {} ({}); still serving {}", current.getFileName(), e.getMessage(),
                        served.build().getFileName());
                notOpened = current;
            }
            return false;
        }
        DataAccessPoint old;
        try {
            articles = next.info().articles();
            old = replace(next);
        } catch (RuntimeException e) {
            next.close();
            throw e;
        }
        notOpened = null;
        Store before = served;
        served = next;
        record();
        LOG.info("now serving {} ({} articles){}", next.build().getFileName(), articles,
                server.allowsUpdate() ? "; what was written into " + before.build().getFileName()
                        + " through /newsgraph/update or /newsgraph/data is not in it" : "");
        retiring.add(before);
        retirer.execute(() -> retire(before, old));
        return true;
    }

    /** Puts a new access point for the dataset in Fuseki's registry, with the old one's endpoints; returns the old. */
    private DataAccessPoint replace(Store next) {
        DataAccessPointRegistry registry = server.registry();
        String name = DataAccessPoint.canonical(FusekiConfig.SERVICE);
        DataAccessPoint old = registry.get(name);
        DataService service = DataService.newBuilder(old.getDataService()).dataset(next.dataset().asDatasetGraph()).build();
        service.goActive();
        registry.put(name, new DataAccessPoint(name, service));
        return old;
    }

    /** Closes a replaced database once its requests are done, and removes its folder unless it is in use again. */
    private void retire(Store old, DataAccessPoint point) {
        try {
            Thread.sleep(GRACE.toMillis());
            long deadline = System.nanoTime() + LONGEST_WAIT.toNanos();
            while (point.requestCount() > 0 || point.getDataService().activeTxn.get() > 0) {
                if (System.nanoTime() > deadline) {
                    LOG.warn("closing {} although {} requests on it have not finished in {} minutes",
                            old.build().getFileName(), point.requestCount(), LONGEST_WAIT.toMinutes());
                    break;
                }
                Thread.sleep(50);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;     // closing: close() closes it
        }
        point.getDataService().goOffline();
        synchronized (this) {
            if (!retiring.remove(old)) {
                return;
            }
            old.close();
        }
        Path folder = old.build();
        if (folder.equals(currentOrNull())) {
            return;
        }
        if (BuildFolders.removeIfUnused(folder)) {
            LOG.info("closed and removed {}, the build served before", folder.getFileName());
        } else {
            LOG.info("closed {}, the build served before; the next build removes it", folder.getFileName());
        }
    }

    private Path currentOrNull() {
        try {
            return Store.currentBuild(dir);
        } catch (StoreException e) {
            return null;
        }
    }

    private void record() {
        record = ServingRecord.ofThisProcess(server.sparqlUrl(), server.baseUrl() + FusekiConfig.SERVICE,
                served.build().getFileName().toString(), maxResults);
        try {
            record.write(dir);
        } catch (IOException e) {
            LOG.warn("cannot write {} ({}); `query` and `validate` on {} will not find this server",
                    dir.resolve(ServingRecord.FILE), e.getMessage(), Locations.describe(dir));
        }
    }

    /** Stops following, closes the databases and removes the server's record; call after the server stopped. */
    @Override
    public void close() {
        poller.shutdownNow();
        retirer.shutdownNow();
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            retiring.forEach(Store::close);
            retiring.clear();
            served.close();
        }
        record.remove(dir);
    }

    private static ThreadFactory daemon(String name) {
        return runnable -> {
            Thread t = new Thread(runnable, name);
            t.setDaemon(true);
            return t;
        };
    }
}
