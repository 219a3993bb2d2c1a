package org.newsgraph.store;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.jena.dboe.DBOpEnvException;
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
 * (as the Fuseki configuration does), and closes it so another process may open it. It opens the
 * build the dataset folder's {@code current} link names when it is called, by its real path, and
 * keeps to that build: {@link #build()} says which one it is, even after a newer build is put in
 * use. When another process holds the database, the error is a {@link DatabaseInUseException}
 * that says who.
 *
 * <pre>{@code
 * try (Store store = Store.open(Path.of("out"))) {
 *     Dataset ds = store.dataset();
 *     store.build();   // out/builds/build-20260101-120000-000
 * }
 * }</pre>
 */
public final class Store implements AutoCloseable {
    private final Path build;
    private final DatasetGraph graph;
    private final Dataset dataset;

    private Store(Path build, DatasetGraph graph) {
        this.build = build;
        this.graph = graph;
        this.graph.getContext().set(TDB2.symUnionDefaultGraph, true);
        this.dataset = DatasetFactory.wrap(graph);
    }

    /** Opens the dataset that {@code build --out dir} wrote: the build in use now. */
    public static Store open(Path dir) {
        DatasetLayout layout = new DatasetLayout(dir).requireDataset();
        Path build = currentBuild(dir);
        // By its real path: TDB2 keeps one connection per path in a process, and the link moves.
        Path tdb2 = build.resolve("tdb2");
        try {
            return new Store(build, DatabaseMgr.connectDatasetGraph(Location.create(tdb2)));
        } catch (RuntimeException e) {
            if (e instanceof DBOpEnvException && String.valueOf(e.getMessage()).contains("lock")) {
                DatabaseHolder holder = DatabaseHolder.of(layout, e.getMessage());
                throw new DatabaseInUseException(Locations.describe(layout.tdb2()) + ": the database is in use by "
                        + holder.describe() + advice(holder, layout), holder, e);
            }
            throw new StoreException(Locations.describe(layout.tdb2()) + ": cannot open the database ("
                    + e.getMessage() + "); build the dataset again with `newsgraph build --full`", e);
        }
    }

    /** How to get on when {@code holder} has the database. */
    private static String advice(DatabaseHolder holder, DatasetLayout layout) {
        if (holder.server().isPresent()) {
            return "; query it there, or stop that server first";
        }
        if (holder.building()) {
            return "; try again when the build is done";
        }
        return "; TDB2 lets one process open a database, so stop that process first (or query its SPARQL endpoint "
                + "if it is a Fuseki server serving " + Locations.describe(layout.fusekiConfig()) + ")";
    }

    /** The build folder that {@code dir}'s {@code current} link names now, by its real path. */
    public static Path currentBuild(Path dir) {
        DatasetLayout layout = new DatasetLayout(dir).requireDataset();
        try {
            return layout.current().toRealPath();
        } catch (IOException e) {
            throw new StoreException(Locations.describe(layout.current()) + ": the link to the build in use is broken ("
                    + e.getMessage() + "); build the dataset again", e);
        }
    }

    /** The dataset; use it inside read transactions. */
    public Dataset dataset() {
        return dataset;
    }

    /** The build folder this store opened. */
    public Path build() {
        return build;
    }

    /** What the build opened wrote about itself. */
    public BuildInfo info() {
        return BuildInfo.read(new DatasetLayout.Build(build).buildInfo());
    }

    @Override
    public void close() {
        TDBInternal.expel(graph);
    }
}
