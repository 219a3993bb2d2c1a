package org.newsgraph.build;

import java.nio.file.Path;
import java.util.List;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.newsgraph.rdf.ArticleGraph;
import org.newsgraph.rdf.Iris;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The load stage of a build: a full build's quads into its new TDB2 database, or an incremental
 * build's changed graphs into the database in use, in one transaction. {@link #bulkLoad} is the
 * loader a large full build uses, and the benchmark's floor.
 *
 * <pre>{@code
 * DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(Location.create(Path.of("tdb2")));
 * DatabaseLoad.bulkLoad(dsg, Path.of("dataset.nq"));
 * }</pre>
 */
public final class DatabaseLoad {
    private static final Logger LOG = LoggerFactory.getLogger(DatabaseLoad.class);

    private DatabaseLoad() {
    }

    /**
     * Loads the N-Quads into a full build's new database: with Jena's bulk loader, or, for a
     * small dataset, where the bulk loader's start-up costs more than it saves, in one ordinary
     * write transaction from the quads kept in memory; then lets go of the database.
     */
    static void load(DatasetGraph dsg, Path nquads, Conversion.Totals totals) {
        try {
            if (totals.kept() != null) {
                Txn.executeWrite(dsg, () -> totals.kept().forEach(dsg::add));
                return;
            }
            bulkLoad(dsg, nquads);
        } finally {
            TDBInternal.expel(dsg);
        }
    }

    /**
     * Replaces, in one write transaction (all or nothing, even when the process is killed), the
     * graphs of removed and changed articles and the entities graph of the database in use.
     */
    static void update(DatasetGraph dsg, Iris iris, List<String> removed, List<ArticleGraph> graphs,
            List<Quad> described) {
        Txn.executeWrite(dsg, () -> {
            removed.forEach(id -> dsg.removeGraph(iris.articleGraph(id)));
            for (ArticleGraph g : graphs) {
                dsg.removeGraph(iris.articleGraph(g.articleId()));
                g.quads().forEach(dsg::add);
            }
            dsg.removeGraph(iris.entitiesGraph());
            described.forEach(dsg::add);
        });
    }

    /**
     * Loads an N-Quads file into an empty TDB2 database with Jena's bulk loader, the loader a full
     * build uses and the benchmark's floor.
     */
    public static void bulkLoad(DatasetGraph dsg, Path nquads) {
        DataLoader loader = LoaderFactory.createLoader(dsg, (format, args) -> LOG.debug(String.format(format, args)));
        loader.startBulk();
        try {
            loader.load(nquads.toString());
        } catch (RuntimeException e) {
            loader.finishException(e);
            throw e;
        }
        loader.finishBulk();
    }
}
