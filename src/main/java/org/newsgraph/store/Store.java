package org.newsgraph.store;

import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.newsgraph.Locations;
import org.newsgraph.StoreException;

/**
 * Opens a built dataset's TDB2 database, with the union of the named graphs as default graph
 * (as the Fuseki configuration does), and closes it so another process may open it.
 *
 * <pre>{@code
 * try (Store store = Store.open(Path.of("out"))) {
 *     Dataset ds = store.dataset();
 * }
 * }</pre>
 */
public final class Store implements AutoCloseable {
    private final DatasetGraph graph;
    private final Dataset dataset;

    private Store(DatasetGraph graph) {
        this.graph = graph;
        this.graph.getContext().set(TDB2.symUnionDefaultGraph, true);
        this.dataset = DatasetFactory.wrap(graph);
    }

    /** Opens the dataset that {@code build --out dir} wrote. */
    public static Store open(java.nio.file.Path dir) {
        DatasetLayout layout = new DatasetLayout(dir).requireDataset();
        try {
            return new Store(DatabaseMgr.connectDatasetGraph(Location.create(layout.tdb2())));
        } catch (RuntimeException e) {
            throw new StoreException(Locations.describe(layout.tdb2()) + ": cannot open the database ("
                    + e.getMessage() + "); is another process (a running `newsgraph serve` or Fuseki) using it?", e);
        }
    }

    /** The dataset; use it inside read transactions. */
    public Dataset dataset() {
        return dataset;
    }

    @Override
    public void close() {
        TDBInternal.expel(graph);
    }
}
