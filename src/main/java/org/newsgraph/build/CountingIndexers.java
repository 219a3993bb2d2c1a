package org.newsgraph.build;

import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.dboe.transaction.txn.Transaction;
import org.apache.jena.dboe.transaction.txn.TransactionCoordinator;
import org.apache.jena.query.TxnType;
import org.apache.jena.tdb2.loader.base.CoLib;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;

/**
 * The last stage of {@link GatedLoader}: one thread an index (SPO, POS, OSP or GSPO, GPOS, …), each
 * writing the chunks of node-id tuples it is handed into its B+tree in a write transaction of its own, as
 * Jena's parallel loader does, and counting what it has written, so that the stream feeding the loader
 * can wait for the slowest index ({@link #written()}). An empty chunk ends the threads.
 *
 * <pre>{@code
 * CountingIndexers quads = new CountingIndexers("quads", dsgtdb.getQuadTable().getNodeTupleTable().getTupleTable().getIndexes());
 * quads.start();
 * quads.deliver(chunk);         // from Jena's DataToTuples
 * quads.deliver(List.of());     // the end
 * quads.finish();               // waits for every index, throws what failed
 * }</pre>
 */
final class CountingIndexers {
    /** Chunks (of Jena's 100,000 tuples) that wait for one index. */
    private static final int QUEUED_CHUNKS = 2;
    /** Tuples between two publications of an index's count. */
    private static final int PUBLISH_EVERY = 8_192;

    private final Worker[] workers;

    /** Threads for {@code indexes}, named after {@code label} and each index, not started. */
    CountingIndexers(String label, TupleIndex[] indexes) {
        workers = new Worker[indexes.length];
        for (int i = 0; i < indexes.length; i++) {
            workers[i] = new Worker(indexes[i]);
            workers[i].thread = new Thread(workers[i]::run, "newsgraph-index-" + label + "-" + indexes[i].getName());
            workers[i].thread.setDaemon(true);
        }
    }

    void start() {
        for (Worker w : workers) {
            w.thread.start();
        }
    }

    /** Hands one chunk to every index (waiting while an index has {@value #QUEUED_CHUNKS} chunks queued); empty ends. */
    void deliver(List<Tuple<NodeId>> chunk) {
        for (Worker w : workers) {
            try {
                while (!w.queue.offer(chunk, 100, TimeUnit.MILLISECONDS)) {
                    w.throwIfFailed();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while handing tuples to index " + w.index.getName(), e);
            }
        }
    }

    /** Tuples the slowest index has written so far. */
    long written() {
        long least = Long.MAX_VALUE;
        for (Worker w : workers) {
            w.throwIfFailed();
            least = Math.min(least, w.written);
        }
        return workers.length == 0 ? 0 : least;
    }

    /** Waits for every index to commit; throws the first failure. */
    void finish() {
        for (Worker w : workers) {
            try {
                w.thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for index " + w.index.getName(), e);
            }
            w.throwIfFailed();
        }
    }

    private static final class Worker {
        private final TupleIndex index;
        private final BlockingQueue<List<Tuple<NodeId>>> queue = new ArrayBlockingQueue<>(QUEUED_CHUNKS);
        private Thread thread;
        private volatile long written;
        private volatile RuntimeException failure;

        Worker(TupleIndex index) {
            this.index = index;
        }

        void run() {
            TransactionCoordinator coordinator = CoLib.newCoordinator();
            CoLib.add(coordinator, index);
            CoLib.start(coordinator);
            Transaction transaction = coordinator.begin(TxnType.WRITE);
            try {
                long n = 0;
                for (List<Tuple<NodeId>> chunk = queue.take(); !chunk.isEmpty(); chunk = queue.take()) {
                    for (Tuple<NodeId> tuple : chunk) {
                        index.add(tuple);
                        if (++n % PUBLISH_EVERY == 0) {
                            written = n;
                        }
                    }
                    written = n;
                }
                transaction.commit();
            } catch (InterruptedException e) {
                transaction.abort();
                failure = new IllegalStateException("index " + index.getName() + " was interrupted", e);
            } catch (RuntimeException e) {
                transaction.abort();
                failure = new IllegalStateException("index " + index.getName() + " failed: " + e.getMessage(), e);
            } finally {
                CoLib.finish(coordinator);
            }
        }

        void throwIfFailed() {
            RuntimeException f = failure;
            if (f != null) {
                throw f;
            }
        }
    }
}
