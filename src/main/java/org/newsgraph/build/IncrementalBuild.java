package org.newsgraph.build;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.newsgraph.StoreException;
import org.newsgraph.rdf.ArticleGraph;
import org.newsgraph.rdf.CorpusEmitter;
import org.newsgraph.store.BuildInfo;
import org.newsgraph.store.DatasetLayout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Updates the dataset in use when the data, rules and code are those of its build and at most half
 * of the articles changed (see {@link BuildPlan}): only the graphs of new and changed articles are
 * converted, those and the graphs of removed articles are replaced in one TDB2 write transaction
 * (all or nothing, even when the process is killed), and the entities graph is made anew from the
 * state of every article.
 */
final class IncrementalBuild {
    private static final Logger LOG = LoggerFactory.getLogger(IncrementalBuild.class);

    private final BuildContext context;

    IncrementalBuild(BuildContext context) {
        this.context = context;
    }

    /**
     * The summary of the update, or empty when a full build is the way: no usable state, other
     * data or code, too many changes, or the database is open in another process.
     */
    Optional<BuildSummary> run(DatasetLayout layout) throws IOException {
        BuildSettings settings = context.settings();
        context.report(BuildProgress.Phase.CHECKING);
        DatasetLayout.Build build = new DatasetLayout.Build(layout.current().toRealPath());
        Publication.removeOtherBuilds(layout, build.dir());
        Optional<BuildPlan> planned = BuildPlan.of(build.state(), context.fingerprint(), settings.articles(),
                settings.reading());
        if (planned.isEmpty()) {
            return Optional.empty();
        }
        BuildPlan plan = planned.get();
        boolean staleDumps = Files.exists(build.dumpsStale()) || settings.dumps() != Files.exists(build.nquads());
        if (plan.nothingChanged() && !staleDumps) {
            return Optional.of(BuildInfo.counts(build.buildInfo())
                    .map(info -> BuildSummary.unchanged(info, context.elapsed()))
                    .orElseGet(() -> summary(plan.next())));
        }
        DatasetGraph dsg;
        try {
            dsg = DatabaseMgr.connectDatasetGraph(Location.create(build.tdb2()));
        } catch (RuntimeException e) {
            LOG.info("building everything into a new folder: the database is in use ({})", e.getMessage());
            return Optional.empty();
        }
        try {
            return Optional.of(update(dsg, build, plan));
        } finally {
            TDBInternal.expel(dsg);
        }
    }

    private BuildSummary update(DatasetGraph dsg, DatasetLayout.Build build, BuildPlan plan) throws IOException {
        BuildSettings settings = context.settings();
        ArticleConverter converter = context.converter();
        context.report(BuildProgress.Phase.CONVERTING);
        List<ArticleGraph> graphs = new Conversion(converter, settings.articles(), settings.reading(),
                settings.threads()).convertEach(plan.changed());
        Map<String, BuildState.ArticleState> next = new LinkedHashMap<>(plan.next());
        graphs.forEach(g -> next.put(g.articleId(), BuildState.ArticleState.of(g)));
        CorpusEmitter.Entities entities = converter.emitter().entities();
        next.values().forEach(s -> entities.add(s.mentions(), s.mentioned(), s.found()));
        List<Quad> described = entities.quads();
        context.check().validate(graphs, described);
        Files.writeString(build.dumpsStale(), "the dumps are older than the database\n");
        DatabaseLoad.update(dsg, settings.iris(), plan.removed(), graphs, described);
        BuildSummary summary = summary(next, entities, described.size(), graphs.size(), plan.removed().size());
        Path state = build.dir().resolve("state.csv.next");
        try (BuildState.Writer w = BuildState.writer(state, context.fingerprint())) {
            next.forEach(w::add);
        }
        Files.move(state, build.state(), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        Publication.writeBuildInfo(build.buildInfo(), settings.iris(), settings.dumps(), settings.profile(),
                    summary);
        context.report(BuildProgress.Phase.DUMPING);
        Txn.executeRead(dsg, () -> {
            replaceDump(build.nquads(), dsg, RDFFormat.NQUADS);
            replaceDump(build.trig(), dsg, RDFFormat.TRIG_BLOCKS);
        });
        Files.delete(build.dumpsStale());
        return summary;
    }

    /** A dump written anew from the database, or removed when the build writes none. */
    private void replaceDump(Path file, DatasetGraph dsg, RDFFormat format) {
        Path next = file.resolveSibling(file.getFileName() + ".next");
        try {
            if (!context.settings().dumps()) {
                Files.deleteIfExists(file);
                return;
            }
            try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(next), 1 << 16)) {
                // Streamed with newsgraph's prefixes, as a full build writes it (the database keeps none).
                StreamRDF writer = StreamRDFWriter.getWriterStream(os, format);
                writer.start();
                context.converter().emitter().prefixes().forEach(writer::prefix);
                dsg.find().forEachRemaining(writer::quad);
                writer.finish();
            }
            Files.move(next, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new StoreException(file + ": cannot write the dump (" + e.getMessage() + ")", e);
        }
    }

    /** The summary of a dataset left as it was. */
    private BuildSummary summary(Map<String, BuildState.ArticleState> next) {
        CorpusEmitter.Entities entities = context.converter().emitter().entities();
        next.values().forEach(s -> entities.add(s.mentions(), s.mentioned(), s.found()));
        return summary(next, entities, entities.quads().size(), 0, 0);
    }

    private BuildSummary summary(Map<String, BuildState.ArticleState> next, CorpusEmitter.Entities entities,
            long entityQuads, int changed, int removed) {
        long quads = entityQuads + next.values().stream().mapToLong(BuildState.ArticleState::quads).sum();
        return new BuildSummary(next.size(), entities.described(), entities.mentions(), quads, context.elapsed(),
                changed, removed, true, Duration.ZERO, Duration.ZERO);
    }
}
