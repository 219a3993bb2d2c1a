package org.newsgraph.store;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.newsgraph.Bundled;
import org.newsgraph.Folders;
import org.newsgraph.Background;
import org.newsgraph.InputException;
import org.newsgraph.Locations;
import org.newsgraph.StoreException;
import org.newsgraph.article.Article;
import org.newsgraph.article.ArticleLoader;
import org.newsgraph.gazetteer.AcceptedLinks;
import org.newsgraph.pipeline.Pipeline;
import org.newsgraph.rdf.ArticleGraph;
import org.newsgraph.rdf.CorpusEmitter;
import org.newsgraph.rdf.Iris;
import org.newsgraph.validate.OntologyCheck;
import org.newsgraph.validate.ShapeValidator;
import org.newsgraph.validate.ValidationReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One build of the dataset: articles → pipeline → RDF → a TDB2 database, TriG and N-Quads
 * dumps, and a Fuseki configuration. A full build streams the articles through the pipeline on
 * every core, writes the N-Quads (and TriG) as they come, loads the N-Quads into a new TDB2
 * database with Jena's bulk loader, and puts its build folder in use with one atomic rename only
 * when everything is written (see {@link DatasetLayout}), so a build that fails or is killed at
 * any moment leaves the previous dataset as it was. An incremental build (the default when only
 * some articles changed, see {@link BuildState}) converts the new and changed articles only and
 * updates the database in use in one TDB2 transaction, all or nothing. A lock keeps two builds
 * from writing the same dataset at once. Article graphs are validated against the SHACL shapes
 * and the ontology as they are made (all of the first {@value #VALIDATE_ALL}, then one in
 * {@value #VALIDATE_ONE_IN}, or all), the entities graph always; an invalid build is refused.
 *
 * <pre>{@code
 * BuildSummary summary = DatasetBuild.builder()
 *         .data(Path.of("data"))
 *         .articles(Path.of("data/articles"))
 *         .out(Path.of("out"))
 *         .build()
 *         .run();
 * }</pre>
 */
public final class DatasetBuild {

    private static final Logger LOG = LoggerFactory.getLogger(DatasetBuild.class);
    /** Quads from which a build loads the database with Jena's bulk loader. */
    static final long BULK_LOAD_FROM = 200_000;
    /** Articles of a build that are all validated. */
    static final int VALIDATE_ALL = 500;
    /** After those, one article in this many is validated. */
    static final int VALIDATE_ONE_IN = 100;

    private final Path data;
    private final Path articles;
    private final ArticleLoader.Options reading;
    private final Path links;
    private final Path shapes;
    private final Path ontology;
    private final Path out;
    private final Iris iris;
    private final boolean dumps;
    private final boolean full;
    private final int threads;
    private final boolean validateAll;
    private final BuildProgress progress;

    private DatasetBuild(Builder b) {
        this.data = b.data;
        this.articles = b.articles;
        this.links = b.links;
        this.reading = new ArticleLoader.Options(b.charset, b.strict);
        this.shapes = b.shapes;
        this.ontology = b.ontology;
        this.out = b.out.toAbsolutePath().normalize();
        this.iris = new Iris(b.base);
        this.dumps = b.dumps;
        this.full = b.full;
        this.threads = b.threads;
        this.validateAll = b.validateAll;
        this.progress = b.progress;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Runs the build and returns what it produced. */
    public BuildSummary run() {
        long started = System.nanoTime();
        if (!Files.isDirectory(articles)) {
            throw new InputException(articles, "no such folder; pass the folder that holds the articles with --articles");
        }
        String fingerprint = BuildFingerprint.of(List.of(data.resolve("gazetteer"), data.resolve("rules"), data.resolve("opendata"),
                links, shapes, ontology), iris.base());
        DatasetLayout layout = new DatasetLayout(out);
        prepare(layout);
        try (FileChannel channel = FileChannel.open(layout.lock(), StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            FileLock lock = tryLock(channel, layout);
            try {
                Run run = new Run(fingerprint, started);
                if (!full && layout.isDataset()) {
                    Optional<BuildSummary> updated = run.update(layout);
                    if (updated.isPresent()) {
                        return updated.get();
                    }
                }
                return run.full(layout);
            } finally {
                lock.release();
            }
        } catch (IOException e) {
            throw new StoreException(Locations.describe(out) + ": cannot write the build (" + e.getMessage()
                    + "); choose a writable --out", e);
        }
    }

    /**
     * Whether the article at {@code index} (from 0, in corpus order) is validated against the
     * shapes: every one of the first {@link #VALIDATE_ALL} articles, then one in
     * {@link #VALIDATE_ONE_IN} (SHACL costs more than converting an article, and every article is
     * made by the same code), unless {@code --validate-all}.
     */
    private boolean validated(long index) {
        return validateAll || index < VALIDATE_ALL || index % VALIDATE_ONE_IN == 0;
    }

    /** An article and its place in the corpus. */
    private record Numbered(long index, Article article) {
    }

    /**
     * The conversion stage alone, as a build runs it but without validation or database: every
     * article into {@code nquads}, then the entities graph. The benchmark measures it against the
     * cost of parsing and writing the same N-Quads.
     *
     * @return the quads written
     */
    public long extract(Path nquads) {
        Run run = new Run("", System.nanoTime());
        try {
            return run.convertAll(nquads, null, null, false).quads();
        } catch (IOException e) {
            throw new StoreException(nquads + ": cannot write (" + e.getMessage() + ")", e);
        }
    }

    /** One article converted on a worker thread: the article, its graph, and its graph as N-Quads. */
    private record Converted(Article article, ArticleGraph graph, byte[] nquads) {
        /**
         * What converting a whole corpus gave; {@code kept} holds every quad while there are fewer
         * than {@link #BULK_LOAD_FROM}, so that a small build loads them without parsing its dump
         * again, and is {@code null} beyond.
         */
        record Totals(long articles, int entities, long mentions, long quads, List<Quad> kept) {
        }
    }

    /**
     * What converting and validating need: loaded once per run, and only when there is something
     * to convert (a build that finds nothing changed loads none of it).
     */
    private record Tools(CorpusEmitter emitter, ShapeValidator validator, OntologyCheck terms) {
    }

    /** The steps of one run of the build, sharing what was loaded for it. */
    private final class Run {
        private final String fingerprint;
        private final long started;
        private Tools tools;

        Run(String fingerprint, long started) {
            this.fingerprint = fingerprint;
            this.started = started;
        }

        /** The pipeline, shapes and ontology, loaded on first use. */
        private Tools tools() {
            if (tools == null) {
                report(BuildProgress.Phase.PREPARING);
                // The shapes and the ontology load on another core while this one reads the gazetteer.
                CompletableFuture<ShapeValidator> validator = Background.start("newsgraph-load-shapes",
                        () -> ShapeValidator.load(shapes));
                CompletableFuture<OntologyCheck> terms = Background.start("newsgraph-load-ontology",
                        () -> OntologyCheck.load(ontology));
                Pipeline pipeline = Pipeline.load(data.resolve("gazetteer"), data.resolve("rules"),
                        data.resolve("opendata")).withLinks(AcceptedLinks.read(links));
                tools = new Tools(new CorpusEmitter(iris, pipeline), Background.join(validator), Background.join(terms));
            }
            return tools;
        }

        /** Keeps the quads of a small build in memory, and lets go of them once the build is not small. */
        private static void keep(List<Quad> kept, List<Quad> quads, long total) {
            if (total < BULK_LOAD_FROM) {
                kept.addAll(quads);
            } else if (!kept.isEmpty()) {
                kept.clear();
            }
        }

        private void report(BuildProgress.Phase phase) {
            Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
            LOG.debug("{} after {} ms", phase.text(), elapsed.toMillis());
            progress.report(new BuildProgress.Progress(phase, 0, 0, 0, elapsed));
        }

        /**
         * Converts one article on a worker thread, and validates its graph with the descriptions of
         * the entities it mentions when {@link #validated} says so.
         */
        private Converted convert(Numbered item, boolean validating) {
            CorpusEmitter emitter = tools.emitter();
            ArticleGraph graph = emitter.article(item.article());
            if (validating && validated(item.index())) {
                CorpusEmitter.Entities entities = emitter.entities();
                entities.add(graph);
                validate(List.of(graph), entities.quads());
            }
            ByteArrayOutputStream nq = new ByteArrayOutputStream(graph.quads().size() * 160);
            RDFDataMgr.writeQuads(nq, graph.quads().iterator());
            return new Converted(item.article(), graph, nq.toByteArray());
        }

        /**
         * A full build into a new build folder: the articles are converted on every core into
         * N-Quads (and TriG), streamed so memory does not grow with the corpus, then Jena's bulk
         * loader loads the N-Quads into a fresh TDB2 database, which is validated before the
         * build is put in use.
         */
        BuildSummary full(DatasetLayout layout) throws IOException {
            DatasetLayout.Build build = new DatasetLayout.Build(createBuildFolder(layout));
            // TDB2 creates the new database (and loads its classes) while the articles convert.
            CompletableFuture<DatasetGraph> database = Background.start("newsgraph-open-database",
                    () -> DatabaseMgr.connectDatasetGraph(Location.create(build.tdb2())));
            try {
                Path nquads = dumps ? build.nquads() : build.dir().resolve("load.nq");
                Converted.Totals totals = convertAll(nquads, dumps ? build.trig() : null, build.state(), true);
                long converted = System.nanoTime();
                report(BuildProgress.Phase.LOADING);
                load(Background.join(database), nquads, totals);
                long loaded = System.nanoTime();
                if (!dumps) {
                    Files.delete(nquads);
                }
                BuildSummary summary = new BuildSummary(Math.toIntExact(totals.articles()), totals.entities(),
                        totals.mentions(), totals.quads(), Duration.ofNanos(System.nanoTime() - started), 0, 0, false,
                        Duration.ofNanos(converted - started), Duration.ofNanos(loaded - converted));
                writeBuildInfo(build.buildInfo(), summary);
                report(BuildProgress.Phase.PUBLISHING);
                switchTo(layout, build);
                return summary;
            } catch (RuntimeException | IOException e) {
                database.thenAccept(TDBInternal::expel).exceptionally(ignored -> null).join();
                Folders.deleteQuietly(build.dir());
                throw e;
            }
        }

        /**
         * Converts every article, on every core, into N-Quads (and TriG when {@code trigFile} is
         * given), streamed in corpus order, then the entities graph; records each article's state
         * when {@code stateFile} is given.
         */
        Converted.Totals convertAll(Path nquads, Path trigFile, Path stateFile, boolean validating) throws IOException {
            long[] counts = new long[2];
            List<Quad> kept = new ArrayList<>();
            CorpusEmitter emitter = tools().emitter();
            CorpusEmitter.Entities entities = emitter.entities();
            ConversionMeter meter = new ConversionMeter(articles, progress, started);
            progress.report(meter.snapshot(BuildProgress.Phase.CONVERTING));
            try (OutputStream nq = new BufferedOutputStream(Files.newOutputStream(nquads), 1 << 16);
                    OutputStream trigOut = trigFile != null
                            ? new BufferedOutputStream(Files.newOutputStream(trigFile), 1 << 16)
                            : OutputStream.nullOutputStream();
                    BuildState.Writer state = stateFile != null ? BuildState.writer(stateFile, fingerprint) : null) {
                StreamRDF trig = trigFile != null ? StreamRDFWriter.getWriterStream(trigOut, RDFFormat.TRIG_BLOCKS)
                        : StreamRDFLib.sinkNull();
                trig.start();
                emitter.prefixes().forEach(trig::prefix);
                try (OrderedParallel<Numbered, Converted> parallel = new OrderedParallel<>(threads,
                        item -> convert(item, validating), c -> {
                            write(nq, c.nquads(), nquads);
                            c.graph().quads().forEach(trig::quad);
                            entities.add(c.graph());
                            if (state != null) {
                                state.add(c.graph().articleId(), BuildState.ArticleState.of(c.graph()));
                            }
                            counts[0]++;
                            counts[1] += c.graph().quads().size();
                            keep(kept, c.graph().quads(), counts[1]);
                            meter.converted(c.article());
                        })) {
                    long[] index = {0};
                    ArticleLoader.forEach(articles, reading, a -> parallel.submit(new Numbered(index[0]++, a)));
                    parallel.finish();
                }
                List<Quad> described = entities.quads();
                if (validating) {
                    validate(List.of(), described);
                }
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                RDFDataMgr.writeQuads(bytes, described.iterator());
                write(nq, bytes.toByteArray(), nquads);
                described.forEach(trig::quad);
                trig.finish();
                counts[1] += described.size();
                keep(kept, described, counts[1]);
            }
            return new Converted.Totals(counts[0], entities.described(), entities.mentions(), counts[1],
                    counts[1] < BULK_LOAD_FROM ? kept : null);
        }

        /**
         * Loads the N-Quads into the build's new database: with Jena's bulk loader, or, for a
         * small dataset, where the bulk loader's start-up costs more than it saves, in one
         * ordinary write transaction; then lets go of the database.
         */
        private void load(DatasetGraph dsg, Path nquads, Converted.Totals totals) {
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
         * Updates the dataset in use when the data, rules and code are those of its build and at
         * most half of the articles changed: only the graphs of new and changed articles are
         * converted, those and the graphs of removed articles are replaced in one TDB2 write
         * transaction (all or nothing, even when the process is killed), and the entities graph is
         * made anew from the state of every article. Empty when a full build is the way: no usable
         * state, other data or code, too many changes, or the database is open in another process.
         */
        Optional<BuildSummary> update(DatasetLayout layout) throws IOException {
            report(BuildProgress.Phase.CHECKING);
            DatasetLayout.Build build = new DatasetLayout.Build(layout.current().toRealPath());
            removeOtherBuilds(layout, build.dir());
            BuildState previous = BuildState.read(build.state()).orElse(null);
            if (previous == null || !previous.fingerprint().equals(fingerprint)) {
                LOG.info("building everything: {}", previous == null ? "the previous build left no state"
                        : "the data, rules, shapes, ontology, base IRI or newsgraph itself changed");
                return Optional.empty();
            }
            Map<String, BuildState.ArticleState> next = new LinkedHashMap<>();
            List<Article> changed = new ArrayList<>();
            int limit = Math.max(1, previous.articles().size() / 2);
            boolean[] tooMany = {false};
            ArticleLoader.forEach(articles, reading, article -> {
                BuildState.ArticleState before = previous.articles().get(article.id());
                if (before != null && before.digest().equals(article.digest())) {
                    next.put(article.id(), before);
                } else if (!tooMany[0]) {
                    next.put(article.id(), null);
                    changed.add(article);
                    tooMany[0] = changed.size() > limit;
                }
            });
            List<String> removed = previous.articles().keySet().stream().filter(id -> !next.containsKey(id)).toList();
            if (tooMany[0] || removed.size() + changed.size() > limit) {
                LOG.info("building everything: more than half of the articles changed");
                return Optional.empty();
            }
            boolean staleDumps = Files.exists(build.dumpsStale()) || dumps != Files.exists(build.nquads());
            if (changed.isEmpty() && removed.isEmpty() && !staleDumps) {
                return Optional.of(BuildInfo.counts(build.buildInfo())
                        .map(info -> info.unchanged(Duration.ofNanos(System.nanoTime() - started)))
                        .orElseGet(() -> summary(next)));
            }
            DatasetGraph dsg;
            try {
                dsg = DatabaseMgr.connectDatasetGraph(Location.create(build.tdb2()));
            } catch (RuntimeException e) {
                LOG.info("building everything into a new folder: the database is in use ({})", e.getMessage());
                return Optional.empty();
            }
            try {
                CorpusEmitter emitter = tools().emitter();
                report(BuildProgress.Phase.CONVERTING);
                List<ArticleGraph> graphs = new ArrayList<>();
                try (OrderedParallel<Article, ArticleGraph> parallel = new OrderedParallel<>(threads, emitter::article,
                        graphs::add)) {
                    changed.forEach(parallel::submit);
                    parallel.finish();
                }
                graphs.forEach(g -> next.put(g.articleId(), BuildState.ArticleState.of(g)));
                CorpusEmitter.Entities entities = emitter.entities();
                next.values().forEach(s -> entities.add(s.mentions(), s.mentioned(), s.found()));
                List<Quad> described = entities.quads();
                validate(graphs, described);
                Files.writeString(build.dumpsStale(), "the dumps are older than the database\n");
                Txn.executeWrite(dsg, () -> {
                    removed.forEach(id -> dsg.removeGraph(iris.articleGraph(id)));
                    for (ArticleGraph g : graphs) {
                        dsg.removeGraph(iris.articleGraph(g.articleId()));
                        g.quads().forEach(dsg::add);
                    }
                    dsg.removeGraph(iris.entitiesGraph());
                    described.forEach(dsg::add);
                });
                BuildSummary summary = summary(next, entities, described.size(), graphs.size(), removed.size());
                Path state = build.dir().resolve("state.csv.next");
                try (BuildState.Writer w = BuildState.writer(state, fingerprint)) {
                    next.forEach(w::add);
                }
                Files.move(state, build.state(), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                writeBuildInfo(build.buildInfo(), summary);
                report(BuildProgress.Phase.DUMPING);
                Txn.executeRead(dsg, () -> {
                    replaceDump(build.nquads(), dsg, RDFFormat.NQUADS);
                    replaceDump(build.trig(), dsg, RDFFormat.TRIG_BLOCKS);
                });
                Files.delete(build.dumpsStale());
                return Optional.of(summary);
            } finally {
                TDBInternal.expel(dsg);
            }
        }

        /** The changed graphs and the new entities graph must conform before anything is written. */
        private void validate(List<ArticleGraph> graphs, List<Quad> described) {
            DatasetGraph changes = DatasetGraphFactory.createTxnMem();
            Txn.executeWrite(changes, () -> {
                graphs.forEach(g -> g.quads().forEach(changes::add));
                described.forEach(changes::add);
            });
            Txn.executeRead(changes, () -> requireValid(changes));
        }

        private void requireValid(DatasetGraph dsg) {
            for (ValidationReport report : List.of(tools.validator().validate(dsg), tools.terms().check(dsg))) {
                if (!report.conforms()) {
                    throw new StoreException("the built dataset is not valid, so it was not put in place ("
                            + report.summary() + "); the previous dataset is unchanged. Report:\n" + report.text());
                }
            }
        }

        /** A dump written anew from the database, or removed when the build writes none. */
        private void replaceDump(Path file, DatasetGraph dsg, RDFFormat format) {
            Path next = file.resolveSibling(file.getFileName() + ".next");
            try {
                if (!dumps) {
                    Files.deleteIfExists(file);
                    return;
                }
                try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(next), 1 << 16)) {
                    // Streamed with newsgraph's prefixes, as a full build writes it (the database keeps none).
                    StreamRDF writer = StreamRDFWriter.getWriterStream(os, format);
                    writer.start();
                    tools.emitter().prefixes().forEach(writer::prefix);
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
            CorpusEmitter.Entities entities = tools().emitter().entities();
            next.values().forEach(s -> entities.add(s.mentions(), s.mentioned(), s.found()));
            return summary(next, entities, entities.quads().size(), 0, 0);
        }

        private BuildSummary summary(Map<String, BuildState.ArticleState> next, CorpusEmitter.Entities entities,
                long entityQuads, int changed, int removed) {
            long quads = entityQuads + next.values().stream().mapToLong(BuildState.ArticleState::quads).sum();
            return new BuildSummary(next.size(), entities.described(), entities.mentions(), quads,
                    Duration.ofNanos(System.nanoTime() - started), changed, removed, true, Duration.ZERO, Duration.ZERO);
        }
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

    private static void write(OutputStream out, byte[] bytes, Path file) {
        try {
            out.write(bytes);
        } catch (IOException e) {
            throw new StoreException(file + ": cannot write the dump (" + e.getMessage() + ")", e);
        }
    }

    /** Writes the build's settings and counts; no time stamp, so equal builds give equal files. */
    private void writeBuildInfo(Path file, BuildSummary summary) {
        String info = "# newsgraph build\n"
                + "base=" + iris.base() + "\n"
                + "articles=" + summary.articles() + "\n"
                + "entities=" + summary.entities() + "\n"
                + "mentions=" + summary.mentions() + "\n"
                + "triples=" + summary.quads() + "\n"
                + "dumps=" + dumps + "\n";
        Path next = file.resolveSibling(file.getFileName() + ".next");
        try {
            Files.writeString(next, info, StandardCharsets.UTF_8);
            Files.move(next, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new StoreException(file + ": cannot write (" + e.getMessage() + ")", e);
        }
    }

    /**
     * Makes the output folder ready: created if new; refused if it holds anything but a newsgraph
     * dataset, so that nothing in it is lost.
     */
    private void prepare(DatasetLayout layout) {
        if (layout.isEarlierLayout()) {
            throw new StoreException(Locations.describe(out) + " holds a dataset of an earlier newsgraph version; "
                    + "delete it (rm -r " + Locations.describe(out) + ") and build again");
        }
        if (Files.exists(out) && !layout.isDataset() && !isEmptyDir(out) && !Files.isDirectory(layout.builds())) {
            throw new StoreException(Locations.describe(out) + " exists and is not a newsgraph dataset; "
                    + "choose another --out folder so that nothing in it is lost");
        }
        try {
            Files.createDirectories(layout.builds());
        } catch (IOException | SecurityException e) {
            throw new StoreException(Locations.describe(out) + ": cannot create the output folder ("
                    + e.getMessage() + "); choose a writable --out", e);
        }
    }

    private static FileLock tryLock(FileChannel channel, DatasetLayout layout) throws IOException {
        FileLock lock = BuildFolders.tryLock(channel);
        if (lock == null) {
            throw new StoreException(Locations.describe(layout.dir()) + ": another build is writing this dataset "
                    + "right now; wait for it to finish, then build again");
        }
        return lock;
    }

    /** A new build folder, named by time so that builds list in order; readable like the rest of the output. */
    private static Path createBuildFolder(DatasetLayout layout) throws IOException {
        String stamp = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS").format(LocalDateTime.now());
        for (int n = 0;; n++) {
            try {
                return Files.createDirectory(layout.builds().resolve("build-" + stamp + (n == 0 ? "" : "-" + n)));
            } catch (FileAlreadyExistsException e) {
                // two builds in the same millisecond: try the next name
            }
        }
    }

    /**
     * Puts a complete build in use: the {@code current} link is replaced in one atomic rename, the
     * stable links and the Fuseki configuration are made if missing, and the builds no longer in
     * use (earlier ones, and folders of builds that were killed) are removed.
     */
    private void switchTo(DatasetLayout layout, DatasetLayout.Build build) throws IOException {
        Path next = layout.dir().resolve("current.next");
        Files.deleteIfExists(next);
        Files.createSymbolicLink(next, layout.dir().relativize(build.dir()));
        Files.move(next, layout.current(), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        for (String file : DatasetLayout.FILES) {
            Path link = layout.dir().resolve(file);
            if (!Files.isSymbolicLink(link)) {
                Files.createSymbolicLink(link, Path.of("current", file));
            }
        }
        Path config = layout.dir().resolve("fuseki.ttl.next");
        FusekiConfig.write(config, layout.tdb2());
        Files.move(config, layout.fusekiConfig(), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        removeOtherBuilds(layout, build.dir());
    }

    /**
     * Removes the build folders other than the one in use: earlier builds and those of killed builds,
     * but not one whose database a process still holds (a running server switches to the new build
     * and removes it, or the next build does).
     */
    private static void removeOtherBuilds(DatasetLayout layout, Path inUse) throws IOException {
        try (Stream<Path> builds = Files.list(layout.builds())) {
            // by name: the folder in use may be named through a link of another spelling
            for (Path old : builds.filter(b -> !b.getFileName().equals(inUse.getFileName())).toList()) {
                BuildFolders.removeIfUnused(old);
            }
        }
    }

    private static boolean isEmptyDir(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Options of a build; {@link #build()} checks them.
     */
    public static final class Builder {
        private Path data = Bundled.data();
        private Path articles;
        private Path links;
        private Path out = Path.of(DatasetLayout.DEFAULT_DIR);
        private String base = Iris.DEFAULT_BASE;
        private Charset charset = StandardCharsets.UTF_8;
        private Path shapes = Bundled.shapes();
        private Path ontology = Bundled.ontology();
        private boolean strict;
        private boolean dumps = true;
        private boolean full;
        private boolean validateAll;
        private int threads = Runtime.getRuntime().availableProcessors();
        private BuildProgress progress = BuildProgress.NONE;

        private Builder() {
        }

        /** Whether to write {@code dataset.trig} and {@code dataset.nq} besides the database; default yes. */
        public Builder dumps(boolean dumps) {
            this.dumps = dumps;
            return this;
        }

        /**
         * Whether to convert every article anew even when only some changed since the previous
         * build; default no.
         */
        public Builder full(boolean full) {
            this.full = full;
            return this;
        }

        /**
         * Whether every article is validated against the shapes; default: the first
         * {@value DatasetBuild#VALIDATE_ALL} and then one in {@value DatasetBuild#VALIDATE_ONE_IN}.
         */
        public Builder validateAll(boolean validateAll) {
            this.validateAll = validateAll;
            return this;
        }

        /** Who hears how far the build got; default nobody. */
        public Builder progress(BuildProgress progress) {
            this.progress = Objects.requireNonNull(progress);
            return this;
        }

        /** Threads that convert articles; default one per core. */
        public Builder threads(int threads) {
            if (threads < 1) {
                throw new IllegalArgumentException("threads must be at least 1, not " + threads);
            }
            this.threads = threads;
            return this;
        }

        /** The encoding of the article files; default UTF-8. */
        public Builder charset(Charset charset) {
            this.charset = Objects.requireNonNull(charset);
            return this;
        }

        /** The SHACL shapes every build must conform to; default the bundled {@code ontology/shapes.ttl}. */
        public Builder shapes(Path shapes) {
            this.shapes = Objects.requireNonNull(shapes);
            return this;
        }

        /** The ontology that must declare every term the data uses; default the bundled {@code ontology/newsgraph.ttl}. */
        public Builder ontology(Path ontology) {
            this.ontology = Objects.requireNonNull(ontology);
            return this;
        }

        /** Whether warnings (skipped files, …) fail the build; default no. */
        public Builder strict(boolean strict) {
            this.strict = strict;
            return this;
        }

        /** The data folder with {@code gazetteer/} and {@code rules/}; default the data bundled in the jar. */
        public Builder data(Path data) {
            this.data = Objects.requireNonNull(data);
            return this;
        }

        /**
         * The Wikidata links {@code newsgraph link} wrote and a curator accepted; default
         * {@code DATA/links/wikidata-links.csv}. A missing file means no links.
         */
        public Builder links(Path links) {
            this.links = links;
            return this;
        }

        /** The articles folder; default {@code DATA/articles}. */
        public Builder articles(Path articles) {
            this.articles = articles;
            return this;
        }

        /** The output folder; default {@code out}. */
        public Builder out(Path out) {
            this.out = Objects.requireNonNull(out);
            return this;
        }

        /** The base IRI of the data. */
        public Builder base(String base) {
            this.base = Objects.requireNonNull(base);
            return this;
        }

        public DatasetBuild build() {
            if (articles == null) {
                articles = data.resolve("articles");
            }
            if (links == null) {
                links = data.resolve("links").resolve("wikidata-links.csv");
            }
            return new DatasetBuild(this);
        }
    }
}
