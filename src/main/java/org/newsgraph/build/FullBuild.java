package org.newsgraph.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.newsgraph.Background;
import org.newsgraph.Folders;
import org.newsgraph.store.DatasetLayout;

/**
 * A full build into a new build folder: the articles are converted on every core into N-Quads
 * (and TriG), streamed so memory does not grow with the corpus, then loaded into a fresh TDB2
 * database, which is put in use only when everything is written; on any failure the new folder is
 * removed and the previous dataset stays in use.
 */
final class FullBuild {
    private final BuildContext context;

    FullBuild(BuildContext context) {
        this.context = context;
    }

    BuildSummary run(DatasetLayout layout) throws IOException {
        BuildSettings settings = context.settings();
        DatasetLayout.Build build = new DatasetLayout.Build(Publication.createBuildFolder(layout));
        // TDB2 creates the new database (and loads its classes) while the articles convert.
        CompletableFuture<DatasetGraph> database = Background.start("newsgraph-open-database",
                () -> DatabaseMgr.connectDatasetGraph(Location.create(build.tdb2())));
        try {
            Path nquads = settings.dumps() ? build.nquads() : build.dir().resolve("load.nq");
            Conversion.Totals totals = convert(build, nquads);
            long converted = System.nanoTime();
            context.report(BuildProgress.Phase.LOADING);
            DatabaseLoad.load(Background.join(database), nquads, totals);
            long loaded = System.nanoTime();
            if (!settings.dumps()) {
                Files.delete(nquads);
            }
            BuildSummary summary = new BuildSummary(Math.toIntExact(totals.articles()), totals.entities(),
                    totals.mentions(), totals.quads(), context.elapsed(), 0, 0, false,
                    Duration.ofNanos(converted - context.started()), Duration.ofNanos(loaded - converted));
            Publication.writeBuildInfo(build.buildInfo(), settings.iris(), settings.dumps(), summary);
            context.report(BuildProgress.Phase.PUBLISHING);
            Publication.switchTo(layout, build);
            return summary;
        } catch (RuntimeException | IOException e) {
            database.thenAccept(TDBInternal::expel).exceptionally(ignored -> null).join();
            Folders.deleteQuietly(build.dir());
            throw e;
        }
    }

    /** Converts and validates every article into the build's dumps, recording each article's state. */
    private Conversion.Totals convert(DatasetLayout.Build build, Path nquads) throws IOException {
        BuildSettings settings = context.settings();
        ArticleConverter converter = context.converter();
        DatasetCheck check = context.check();
        ConversionMeter meter = new ConversionMeter(settings.articles(), settings.progress(), context.started());
        try (BuildState.Writer state = BuildState.writer(build.state(), context.fingerprint())) {
            return new Conversion(converter, settings.articles(), settings.reading(), settings.threads())
                    .convertAll(nquads, settings.dumps() ? build.trig() : null, state, check, meter);
        }
    }
}
