package org.newsgraph.build;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.params.StoreParams;
import org.apache.jena.tdb2.params.StoreParamsBuilder;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.newsgraph.Background;
import org.newsgraph.Folders;
import org.newsgraph.store.DatasetLayout;

/**
 * A full build into a new build folder: the articles are converted on every core and their quads
 * go, as they come, straight into Jena's bulk loader filling a fresh TDB2 database
 * ({@link StreamLoad}), so loading overlaps extraction and memory does not grow with the corpus;
 * the dumps, when written, are written on a thread of their own ({@link DumpWriter}). The new
 * database is put in use only when everything is written; on any failure the new folder is removed
 * and the previous dataset stays in use.
 */
final class FullBuild {
    /** Entries of the id-to-node cache while loading (TDB2's default: 1,000,000). */
    private static final int LOADING_ID_TO_NODE_CACHE = 10_000;
    /** The file where TDB2 keeps a database's store settings. */
    private static final String STORE_SETTINGS = "tdb.cfg";

    /**
     * TDB2's store settings while the bulk loader fills the new database: its defaults but for the cache
     * from node ids to nodes, which loading never reads (it maps nodes to ids) yet fills with every node it
     * writes: at its default million entries, mostly literals, it was most of a build's heap and grew for
     * the first 10,000 articles or so (docs/builds-and-speed.md). The settings hold for this connection only:
     * the load lets go of the database when it ends, and readers connect with TDB2's defaults.
     */
    static final StoreParams LOADING = StoreParamsBuilder.create("newsgraph-loading", StoreParams.getDftStoreParams())
            .nodeId2NodeCacheSize(LOADING_ID_TO_NODE_CACHE).build();

    private final BuildContext context;

    FullBuild(BuildContext context) {
        this.context = context;
    }

    BuildSummary run(DatasetLayout layout) throws IOException {
        BuildSettings settings = context.settings();
        DatasetLayout.Build build = new DatasetLayout.Build(Publication.createBuildFolder(layout));
        // TDB2 creates the new database (and loads its classes) while the first articles convert.
        CompletableFuture<DatasetGraph> database = Background.start("newsgraph-open-database",
                () -> DatabaseMgr.connectDatasetGraph(Location.create(build.tdb2()), LOADING));
        StreamLoad load = new StreamLoad(database, settings.loader());
        DumpWriter dumps = null;
        try {
            if (settings.dumps()) {
                dumps = DumpWriter.start(build.nquads(), build.trig(), context.converter().emitter().prefixes());
            }
            Conversion.Totals totals = convert(build, load, dumps);
            long converted = System.nanoTime();
            context.report(BuildProgress.Phase.LOADING);
            load.finish();
            forgetLoadingSettings(build);
            long loaded = System.nanoTime();
            if (dumps != null) {
                dumps.close();
            }
            BuildSummary summary = new BuildSummary(Math.toIntExact(totals.articles()), totals.entities(),
                    totals.mentions(), totals.quads(), context.elapsed(), 0, 0, false,
                    Duration.ofNanos(converted - context.started()), Duration.ofNanos(loaded - converted));
            Publication.writeBuildInfo(build.buildInfo(), settings.iris(), settings.dumps(), settings.profile(),
                    summary);
            context.report(BuildProgress.Phase.PUBLISHING);
            Publication.switchTo(layout, build);
            return summary;
        } catch (RuntimeException | IOException e) {
            load.abort(e);
            closeQuietly(dumps, e);
            database.thenAccept(TDBInternal::expel).exceptionally(ignored -> null).join();
            Folders.deleteQuietly(build.dir());
            throw e;
        }
    }

    /**
     * Converts and validates every article into the database's loader and the build's dumps
     * (when written), recording each article's state.
     */
    private Conversion.Totals convert(DatasetLayout.Build build, StreamLoad load, DumpWriter dumps) throws IOException {
        BuildSettings settings = context.settings();
        ConversionMeter meter = new ConversionMeter(settings.articles(), settings.progress(), context.started());
        Conversion conversion = new Conversion(context.converter(), settings.articles(), settings.reading(),
                settings.threads());
        try (BuildState.Writer state = BuildState.writer(build.state(), context.fingerprint())) {
            return conversion.convertAll(load, dumps, state, context.check(), meter);
        }
    }

    /**
     * Removes the store settings TDB2 wrote for the load ({@code tdb2/tdb.cfg}, {@link #LOADING}), so that
     * every reader, newsgraph's or a stock Fuseki, connects with TDB2's defaults as to a database created
     * without settings.
     */
    private static void forgetLoadingSettings(DatasetLayout.Build build) throws IOException {
        Files.deleteIfExists(build.tdb2().resolve(STORE_SETTINGS));
    }

    private static void closeQuietly(DumpWriter dumps, Exception cause) {
        if (dumps != null) {
            try {
                dumps.close();
            } catch (RuntimeException e) {
                cause.addSuppressed(e);
            }
        }
    }
}
