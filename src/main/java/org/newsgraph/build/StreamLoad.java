package org.newsgraph.build;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.newsgraph.Background;

/**
 * A full build's quads, straight from the conversion into its new TDB2 database, without a text
 * round trip: the first {@link #BULK_LOAD_FROM} quads are held in memory; a build that stays below
 * that loads them in one ordinary write transaction (the bulk loader's start-up costs more than it
 * saves there); a larger one starts Jena's bulk loader ({@link DatabaseLoad.Loader#CHOSEN}) and
 * pumps every further quad into its {@link DataLoader#stream()} as the articles convert, so that
 * loading overlaps extraction. The loader's own threads turn the quads into node ids and index them
 * behind bounded queues: when it falls behind, the thread that feeds it waits, the converting threads
 * fill their window ({@link OrderedParallel}) and wait too, and memory stays flat.
 *
 * <p>Fed from one thread (the loader's stream is not thread-safe).
 *
 * <pre>{@code
 * StreamLoad load = new StreamLoad(database, DatabaseLoad.Loader.CHOSEN);
 * try {
 *     graphs.forEach(g -> load.add(g.quads()));
 *     load.finish();
 * } catch (RuntimeException e) {
 *     load.abort(e);
 *     throw e;
 * }
 * }</pre>
 */
final class StreamLoad {
    /** Quads from which a build loads the database with Jena's bulk loader. */
    static final long BULK_LOAD_FROM = 200_000;

    private final CompletableFuture<DatasetGraph> database;
    private final DatabaseLoad.Loader kind;
    private final long bulkFrom;
    private final List<Quad> held = new ArrayList<>();
    private DatasetGraph dsg;
    private DataLoader loader;
    private StreamRDF stream;
    private long quads;

    /** A load into the database {@code database} will open, with the bulk loader {@code kind} once the build is large. */
    StreamLoad(CompletableFuture<DatasetGraph> database, DatabaseLoad.Loader kind) {
        this(database, kind, BULK_LOAD_FROM);
    }

    /** The same, starting the bulk loader from {@code bulkFrom} quads (tests use a small number). */
    StreamLoad(CompletableFuture<DatasetGraph> database, DatabaseLoad.Loader kind, long bulkFrom) {
        this.database = database;
        this.kind = kind;
        this.bulkFrom = bulkFrom;
    }

    /** Loads (or holds, while the build is small) one batch of quads. */
    void add(List<Quad> batch) {
        quads += batch.size();
        if (stream != null) {
            batch.forEach(stream::quad);
            return;
        }
        held.addAll(batch);
        if (quads >= bulkFrom) {
            dsg = Background.join(database);
            loader = kind.create(dsg);
            loader.startBulk();
            stream = loader.stream();
            stream.start();
            held.forEach(stream::quad);
            held.clear();
        }
    }

    /** Quads given so far. */
    long quads() {
        return quads;
    }

    /** Whether the bulk loader took over (the build reached {@link #BULK_LOAD_FROM} quads). */
    boolean bulk() {
        return loader != null;
    }

    /** Completes the load (the bulk loader builds its remaining indexes here), then lets go of the database. */
    void finish() {
        DatasetGraph target = Background.join(database);
        try {
            if (stream != null) {
                stream.finish();
                loader.finishBulk();
            } else {
                Txn.executeWrite(target, () -> held.forEach(target::add));
                held.clear();
            }
        } finally {
            TDBInternal.expel(target);
        }
    }

    /** Ends a load that failed, releasing the bulk loader's hold on the database; the caller removes the folder. */
    void abort(Exception cause) {
        held.clear();
        if (loader != null) {
            try {
                loader.finishException(cause);
            } catch (RuntimeException e) {
                cause.addSuppressed(e);
            }
        }
    }
}
