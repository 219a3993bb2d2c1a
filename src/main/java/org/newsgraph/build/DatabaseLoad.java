package org.newsgraph.build;

import java.nio.file.Path;
import java.util.List;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.system.progress.MonitorOutput;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.newsgraph.rdf.ArticleGraph;
import org.newsgraph.rdf.Iris;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The load stage of a build: an incremental build's changed graphs into the database in use, in
 * one transaction, and the choice of Jena's bulk loader ({@link Loader}) into which a full build
 * streams its quads ({@link StreamLoad}). {@link #bulkLoad} loads a file with that loader: the
 * benchmark's floor.
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
     * Loads an N-Quads file into an empty TDB2 database with the bulk loader a large full build
     * streams into ({@link Loader#CHOSEN}): the benchmark's floor.
     */
    public static void bulkLoad(DatasetGraph dsg, Path nquads) {
        bulkLoad(dsg, nquads, Loader.CHOSEN.floor());
    }

    /** Loads an N-Quads file into an empty TDB2 database with Jena's bulk loader {@code kind}. */
    public static void bulkLoad(DatasetGraph dsg, Path nquads, Loader kind) {
        DataLoader loader = kind.create(dsg);
        loader.startBulk();
        try {
            loader.load(nquads.toString());
        } catch (RuntimeException e) {
            loader.finishException(e);
            throw e;
        }
        loader.finishBulk();
    }

    /**
     * The TDB2 bulk loaders a build can use. The phased loader fills the primary indexes as the
     * quads come, then builds the others from them; the parallel loader builds every index at once,
     * on a thread each. Measured on this project's 2-core machine (2,000 articles, 1.86 million
     * quads; see {@code docs/builds-and-speed.md}), the parallel loader loads a file in 0.69 to 0.87
     * of the phased loader's time, a build streaming into it ends as fast or faster (38.4 s against
     * 39.7 s), and the build holds less heap (175 MB after collections against 762 MB). The gated
     * loader is the parallel loader's stages with a bound on what is in flight ({@link GatedLoader}):
     * builds use it, so that their heap does not rise once Jena's queues would fill.
     */
    public enum Loader {
        /** {@code LoaderFactory.phasedLoader}: the primary indexes, then the others. */
        PHASED,
        /** {@code LoaderFactory.parallelLoader}: every index at once, a thread each. */
        PARALLEL,
        /** {@link GatedLoader}: the parallel loader's stages, the stream waiting while too much is in flight. */
        GATED;

        /** The loader full builds use, chosen by measurement. */
        public static final Loader CHOSEN = GATED;

        /** A loader of this kind for the empty database {@code dsg}, logging its progress at debug level. */
        public DataLoader create(DatasetGraph dsg) {
            MonitorOutput output = (format, args) -> LOG.debug(String.format(format, args));
            return switch (this) {
                case PHASED -> LoaderFactory.phasedLoader(dsg, output);
                case PARALLEL -> LoaderFactory.parallelLoader(dsg, output);
                case GATED -> new GatedLoader(dsg, output);
            };
        }

        /** Jena's own loader a build with this one is measured against: the gated loader's is the parallel loader. */
        public Loader floor() {
            return this == GATED ? PARALLEL : this;
        }
    }
}
