package org.newsgraph.build;

import java.io.InputStream;
import java.util.List;
import java.util.concurrent.locks.LockSupport;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.progress.MonitorOutput;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.main.DataBatcher;
import org.apache.jena.tdb2.loader.main.DataToTuples;
import org.apache.jena.tdb2.loader.main.LoaderConst;
import org.apache.jena.tdb2.loader.main.PrefixHandlerBulk;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.StoragePrefixesTDB;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * Jena's parallel bulk loader with a bound on what it holds: the same stages (Jena's {@link DataBatcher}
 * gathers the quads into chunks, Jena's {@link DataToTuples} turns them into node ids on a thread of its own,
 * and a thread an index writes them, {@link CountingIndexers}), but the stream that feeds it waits while
 * more than {@link #IN_FLIGHT} triples and quads are given and not yet written by the slowest index.
 *
 * <p>Jena's own parallel loader queues up to ten chunks of 100,000 quads before its node-id stage and ten
 * chunks of tuples before each index; once its indexes grow slower than the converters write (after some
 * 15,000 articles here) those queues stay full, and a build's heap is some 100 MB higher than a build too
 * small to fill them. With the bound, what is in flight is the same at any size of corpus. The bound is
 * above one chunk and the one being gathered, so the stream never waits for quads it has not handed on.
 *
 * <pre>{@code
 * DataLoader loader = new GatedLoader(dsg, output);
 * loader.startBulk();
 * quads.forEach(loader.stream()::quad);
 * loader.finishBulk();
 * }</pre>
 */
final class GatedLoader implements DataLoader {
    /** Triples and quads given to the loader and not yet in every index, at most. */
    static final long IN_FLIGHT = 300_000;
    /** Quads between two looks at the indexes' counts. */
    private static final int LOOK_EVERY = 1_024;

    private final DatasetGraphTDB dsgtdb;
    private final PrefixHandlerBulk prefixes;
    private final CountingIndexers triples;
    private final CountingIndexers quads;
    private final DataToTuples toTuples;
    private final DataBatcher batcher;
    private final StreamRDF stream;

    private final long bound;
    private long waits;

    /** A loader for the empty TDB2 database {@code dsg}, logging its progress to {@code output}. */
    GatedLoader(DatasetGraph dsg, MonitorOutput output) {
        this(dsg, output, IN_FLIGHT);
    }

    /**
     * The same with at most {@code bound} in flight (tests use a small one); the bound must be above
     * Jena's chunk ({@link LoaderConst#ChunkSize}), the quads its batcher gathers before handing them on.
     */
    GatedLoader(DatasetGraph dsg, MonitorOutput output, long bound) {
        if (bound <= LoaderConst.ChunkSize + LOOK_EVERY) {
            throw new IllegalArgumentException("the bound " + bound + " must be above one chunk of "
                    + LoaderConst.ChunkSize + " quads, or the stream would wait for quads it has not handed on");
        }
        this.bound = bound;
        dsgtdb = TDBInternal.getDatasetGraphTDB(dsg);
        prefixes = new PrefixHandlerBulk((StoragePrefixesTDB) dsgtdb.getStoragePrefixes(), output);
        triples = new CountingIndexers("triples", dsgtdb.getTripleTable().getNodeTupleTable().getTupleTable().getIndexes());
        quads = new CountingIndexers("quads", dsgtdb.getQuadTable().getNodeTupleTable().getTupleTable().getIndexes());
        toTuples = new DataToTuples(dsgtdb, triples::deliver, quads::deliver, output);
        batcher = new DataBatcher(toTuples.data(), prefixes.handler(), output);
        stream = new Gate(batcher);
    }

    @Override
    public void startBulk() {
        dsgtdb.getTxnSystem().getTxnMgr().startExclusiveMode();
        prefixes.startBulk();
        triples.start();
        quads.start();
        toTuples.startBulk();
        batcher.startBulk();
    }

    @Override
    public void finishBulk() {
        batcher.finishBulk();
        toTuples.finishBulk();
        quads.finish();
        triples.finish();
        prefixes.finishBulk();
        dsgtdb.getTxnSystem().getTxnMgr().finishExclusiveMode();
    }

    @Override
    public void finishException(Exception ex) {
        try {
            dsgtdb.getTxnSystem().getTxnMgr().finishExclusiveMode();
        } catch (RuntimeException e) {
            ex.addSuppressed(e);
        }
    }

    @Override
    public void load(List<String> filenames) {
        filenames.forEach(f -> RDFDataMgr.parse(stream, f));
    }

    @Override
    public void loadFromInputStream(String label, InputStream input, Lang syntax) {
        RDFParser.source(input).lang(syntax).base(label).parse(stream);
    }

    @Override
    public StreamRDF stream() {
        return stream;
    }

    @Override
    public long countTriples() {
        return batcher.countTriples();
    }

    @Override
    public long countQuads() {
        return batcher.countQuads();
    }

    /** How often the stream waited for the indexes. */
    long waits() {
        return waits;
    }

    /** Tuples given and not yet written by the slowest index of their kind. */
    private long inFlight() {
        return batcher.count() - triples.written() - quads.written();
    }

    /** The stream into the batcher that waits while too much is in flight. */
    private final class Gate extends StreamRDFWrapper {
        Gate(StreamRDF batcher) {
            super(batcher);
        }

        @Override
        public void triple(Triple triple) {
            super.triple(triple);
            look();
        }

        @Override
        public void quad(Quad quad) {
            super.quad(quad);
            look();
        }

        private void look() {
            if (batcher.count() % LOOK_EVERY != 0) {
                return;
            }
            if (inFlight() > bound) {
                waits++;
                while (inFlight() > bound) {
                    LockSupport.parkNanos(1_000_000);
                }
            }
        }
    }
}
