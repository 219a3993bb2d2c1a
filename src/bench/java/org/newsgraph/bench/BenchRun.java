package org.newsgraph.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.newsgraph.Bundled;
import org.newsgraph.Folders;
import org.newsgraph.article.ArticleLoader;
import org.newsgraph.build.ArticleConverter;
import org.newsgraph.build.BuildSummary;
import org.newsgraph.build.Conversion;
import org.newsgraph.build.DatabaseLoad;
import org.newsgraph.build.DatasetBuild;
import org.newsgraph.gazetteer.GazetteerLoader;
import org.newsgraph.pipeline.Pipeline;
import org.newsgraph.rdf.GraphProfile;
import org.newsgraph.rdf.Iris;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The benchmark: generates a corpus ({@link CorpusGenerator}), then measures on it, in one process,
 * <ol>
 *   <li>the floor of reading and decoding the articles;</li>
 *   <li>newsgraph's extraction alone (articles → N-Quads);</li>
 *   <li>the floor of Jena parsing those N-Quads and writing them again;</li>
 *   <li>the floor of Jena's TDB2 bulk loaders, phased and parallel, loading them from the file into a fresh
 *   database;</li>
 *   <li>a full {@code newsgraph build --no-dumps} (peak heap and resident memory sampled throughout), whose
 *   quads go straight into the bulk loader, against that floor;</li>
 *   <li>a full {@code newsgraph build} as it runs by default, with its dumps;</li>
 *   <li>an incremental rebuild after one article changed;</li>
 *   <li>the latency of every query in {@code queries/} and of looking up one entity's facts.</li>
 * </ol>
 * Run it in a JVM of its own with the heap the target allows ({@code java -Xmx2g -jar
 * target/newsgraph-bench.jar}); figures depend on the machine, so they are reported, not asserted.
 *
 * <pre>{@code
 * BenchReport report = BenchRun.builder().articles(10_000).work(Path.of("target/bench")).build().run();
 * }</pre>
 */
public final class BenchRun {
    private static final Logger LOG = LoggerFactory.getLogger(BenchRun.class);
    /** Articles of the warm-up corpus, at most (and at most as many as the corpus). */
    private static final int WARM_UP_ARTICLES = 1000;

    private final Path data;
    private final Path queries;
    private final Path work;
    private final int articles;
    private final long seed;
    private final int threads;
    private final int queryRuns;
    private final boolean keep;
    private final DatabaseLoad.Loader loader;
    private final GraphProfile profile;
    private final boolean scale;
    private final Duration probe;

    private BenchRun(Builder b) {
        this.data = b.data;
        this.queries = b.queries;
        this.work = b.work.toAbsolutePath().normalize();
        this.articles = b.articles;
        this.seed = b.seed;
        this.threads = b.threads;
        this.queryRuns = b.queryRuns;
        this.keep = b.keep;
        this.loader = b.loader;
        this.profile = b.profile;
        this.scale = b.scale;
        this.probe = b.probe;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Runs every measurement and returns the figures. */
    public BenchReport run() {
        if (Files.exists(work)) {
            Folders.deleteQuietly(work);
        }
        Path corpus = work.resolve("articles");
        Path extracted = work.resolve("extracted.nq");
        Path out = work.resolve("out");
        try (MemoryPeaks peaks = MemoryPeaks.start(probe)) {
            BenchReport.DataLoad load = dataLoad();
            LOG.info("generating {} articles (seed {})", articles, seed);
            long textBytes = CorpusGenerator.of(GazetteerLoader.load(data.resolve("gazetteer")), seed)
                    .write(corpus, articles);

            warmUp(corpus.resolveSibling("warm-up"));

            long[] chars = {0};
            double read = seconds(() -> ArticleLoader.forEach(corpus, ArticleLoader.Options.defaults(),
                    a -> chars[0] += a.text().length()));
            LOG.info("read and decoded in {} s", read);

            if (scale && !probe.isZero()) {
                return memoryRun(peaks, corpus, load, textBytes, read);
            }
            long[] quads = {0};
            double extraction = seconds(() -> quads[0] = extract(corpus, extracted));
            long nquadsBytes = BenchFiles.size(extracted);
            LOG.info("extracted {} quads in {} s", quads[0], extraction);

            if (scale) {
                return scaleRun(peaks, corpus, extracted, load, textBytes, read, extraction, quads[0], nquadsBytes);
            }
            double parseSerialise = seconds(() -> BenchFiles.parseAndSerialise(extracted, work.resolve("reserialised.nq")));
            BenchFiles.delete(work.resolve("reserialised.nq"));
            LOG.info("parsed and serialised in {} s", parseSerialise);

            double bulk = floor(extracted, DatabaseLoad.Loader.PHASED);
            double bulkParallel = floor(extracted, DatabaseLoad.Loader.PARALLEL);
            BenchFiles.delete(extracted);

            peaks.reset();
            BuildSummary noDumps = buildWithoutDumps(corpus, work.resolve("out-no-dumps"));
            long heap = peaks.heap();
            long live = peaks.liveHeap();
            long resident = peaks.resident();
            long disk = BenchFiles.diskBytes(work.resolve("out-no-dumps"));
            Folders.deleteQuietly(work.resolve("out-no-dumps"));

            DatasetBuild build = DatasetBuild.builder().data(data).articles(corpus).out(out).threads(threads)
                    .loader(loader).profile(profile).build();
            BuildSummary built = build.run();
            LOG.info("built with dumps in {} s", built.elapsed().toMillis() / 1000.0);

            Path first = corpus.resolve(String.format("bench-%07d.txt", 0));
            BenchFiles.append(first, "\nThe talks are expected to continue next month, officials said.\n");
            BuildSummary updated = build.run();
            if (!updated.incremental() || updated.changed() != 1) {
                throw new IllegalStateException("the rebuild after one changed article was not incremental");
            }

            List<BenchReport.QueryLatency> latencies = new QueryLatencies(queries, queryRuns).measure(out);
            return new BenchReport(articles, textBytes, threads, read, extraction, quads[0], nquadsBytes,
                    parseSerialise, bulk, bulkParallel, loader, profile, seconds(noDumps.elapsed().toNanos()),
                    seconds(noDumps.converting().toNanos()), seconds(noDumps.loading().toNanos()),
                    seconds(built.elapsed().toNanos()), heap, live, peaks.probedLiveHeap(), resident, disk,
                    seconds(updated.elapsed().toNanos()),
                    latencies, load);
        } finally {
            if (!keep) {
                Folders.deleteQuietly(work);
            }
        }
    }

    /**
     * The measurements a large corpus needs, in the order that records the most if it is stopped: the build
     * without dumps (into {@code out}, kept with {@code --keep}) right after the extraction, its memory and
     * the size of its database, then the floor of the loader it streamed into, on the extracted quads.
     */
    private BenchReport scaleRun(MemoryPeaks peaks, Path corpus, Path extracted, BenchReport.DataLoad load,
            long textBytes, double read, double extraction, long quads, long nquadsBytes) {
        Path out = work.resolve("out");
        peaks.reset();
        BuildSummary noDumps = buildWithoutDumps(corpus, out);
        long heap = peaks.heap();
        long live = peaks.liveHeap();
        long resident = peaks.resident();
        long disk = BenchFiles.diskBytes(out);
        LOG.info("build peak memory: {} MB heap after collections, {} MB heap in use, {} MB resident; database {} MB",
                live >> 20, heap >> 20, resident >> 20, disk >> 20);
        if (!keep) {
            Folders.deleteQuietly(out);
        }
        double floor = floor(extracted, loader.floor());
        BenchFiles.delete(extracted);
        double nan = Double.NaN;
        return new BenchReport(articles, textBytes, threads, read, extraction, quads, nquadsBytes, nan,
                loader.floor() == DatabaseLoad.Loader.PHASED ? floor : nan,
                loader.floor() == DatabaseLoad.Loader.PARALLEL ? floor : nan,
                loader, profile, seconds(noDumps.elapsed().toNanos()), seconds(noDumps.converting().toNanos()),
                seconds(noDumps.loading().toNanos()), nan, heap, live, peaks.probedLiveHeap(), resident, disk, nan,
                List.of(), load);
    }

    /**
     * A memory run: the build without dumps alone, its live set probed by full collections (which cost it
     * time, so no floor is measured to set it against). The extraction is skipped: it only feeds the floor.
     */
    private BenchReport memoryRun(MemoryPeaks peaks, Path corpus, BenchReport.DataLoad load, long textBytes,
            double read) {
        Path out = work.resolve("out");
        peaks.reset();
        BuildSummary noDumps = buildWithoutDumps(corpus, out);
        long disk = BenchFiles.diskBytes(out);
        LOG.info("build peak memory: {} MB live heap (probed every {} s), {} MB heap after collections, {} MB resident",
                peaks.probedLiveHeap() >> 20, probe.toSeconds(), peaks.liveHeap() >> 20, peaks.resident() >> 20);
        if (!keep) {
            Folders.deleteQuietly(out);
        }
        double nan = Double.NaN;
        return new BenchReport(articles, textBytes, threads, read, nan, noDumps.quads(), 0, nan, nan, nan, loader,
                profile, seconds(noDumps.elapsed().toNanos()), seconds(noDumps.converting().toNanos()),
                seconds(noDumps.loading().toNanos()), nan, peaks.heap(), peaks.liveHeap(), peaks.probedLiveHeap(),
                peaks.resident(), disk, nan, List.of(), load);
    }

    private BuildSummary buildWithoutDumps(Path corpus, Path out) {
        BuildSummary summary = DatasetBuild.builder().data(data).articles(corpus).out(out).threads(threads).dumps(false)
                .loader(loader).profile(profile).build().run();
        LOG.info("built without dumps in {} s", summary.elapsed().toMillis() / 1000.0);
        return summary;
    }

    /** The floor of one of Jena's loaders on the extracted quads, into a database removed after. */
    private double floor(Path extracted, DatabaseLoad.Loader kind) {
        double s = seconds(() -> BenchFiles.bulkLoad(extracted, work.resolve("floor-tdb2"), kind));
        Folders.deleteQuietly(work.resolve("floor-tdb2"));
        LOG.info("bulk-loaded ({}) in {} s", kind, s);
        return s;
    }

    /** Loads the data folder once, first, as a build does: its time and what it holds in memory. */
    private BenchReport.DataLoad dataLoad() {
        Runtime runtime = Runtime.getRuntime();
        System.gc();
        long before = runtime.totalMemory() - runtime.freeMemory();
        long start = System.nanoTime();
        Pipeline pipeline = Pipeline.load(data);
        double seconds = seconds(System.nanoTime() - start);
        System.gc();
        long held = runtime.totalMemory() - runtime.freeMemory() - before;
        BenchReport.DataLoad load = new BenchReport.DataLoad(seconds, pipeline.gazetteer().size(), pipeline.world().size(),
                pipeline.world().officeCount(), Math.max(0, held));
        LOG.info("loaded the gazetteer, rules and open data in {} s", seconds);
        return load;
    }

    /**
     * Runs the extraction and the parse-and-write floor once on a small corpus of another seed,
     * so that what is timed after runs compiled, as in any long build, not in the interpreter.
     */
    private void warmUp(Path dir) {
        int size = Math.min(WARM_UP_ARTICLES, articles);
        CorpusGenerator.of(GazetteerLoader.load(data.resolve("gazetteer")), seed + 1).write(dir, size);
        Path nquads = dir.resolveSibling("warm-up.nq");
        extract(dir, nquads);
        BenchFiles.parseAndSerialise(nquads, dir.resolveSibling("warm-up-2.nq"));
        Folders.deleteQuietly(dir);
        BenchFiles.delete(nquads);
        BenchFiles.delete(dir.resolveSibling("warm-up-2.nq"));
        LOG.info("warmed up on {} articles", size);
    }

    /**
     * The conversion stage alone, as a build runs it but without validation or database: the
     * pipeline loaded, every article into {@code nquads}, then the entities graph.
     */
    private long extract(Path corpus, Path nquads) {
        ArticleConverter converter = ArticleConverter.load(data, data.resolve("links").resolve("wikidata-links.csv"),
                new Iris(Iris.DEFAULT_BASE), profile);
        return new Conversion(converter, corpus, threads).writeNQuads(nquads);
    }

    private static double seconds(Runnable task) {
        long t = System.nanoTime();
        task.run();
        return seconds(System.nanoTime() - t);
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }

    /** Options of a benchmark run. */
    public static final class Builder {
        private Path data = Bundled.data();
        private Path queries = Bundled.queries();
        private Path work = Path.of("target", "bench");
        private int articles = 1000;
        private long seed = 42;
        private int threads = Runtime.getRuntime().availableProcessors();
        private int queryRuns = 20;
        private boolean keep;
        private DatabaseLoad.Loader loader = DatabaseLoad.Loader.CHOSEN;
        private GraphProfile profile = GraphProfile.FULL;
        private boolean scale;
        private Duration probe = Duration.ZERO;

        private Builder() {
        }

        /** The data folder whose gazetteer and rules the corpus and the build use. */
        public Builder data(Path data) {
            this.data = Objects.requireNonNull(data);
            return this;
        }

        /** The folder of the queries to time. */
        public Builder queries(Path queries) {
            this.queries = Objects.requireNonNull(queries);
            return this;
        }

        /** A scratch folder; emptied first, removed after unless {@link #keep}. */
        public Builder work(Path work) {
            this.work = Objects.requireNonNull(work);
            return this;
        }

        /** Articles to generate. */
        public Builder articles(int articles) {
            this.articles = articles;
            return this;
        }

        /** The corpus seed. */
        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        /** Threads converting articles. */
        public Builder threads(int threads) {
            this.threads = threads;
            return this;
        }

        /** Timed runs of each query (after one untimed run). */
        public Builder queryRuns(int queryRuns) {
            this.queryRuns = queryRuns;
            return this;
        }

        /** Whether to keep the scratch folder. */
        public Builder keep(boolean keep) {
            this.keep = keep;
            return this;
        }

        /** The bulk loader the builds stream into; default the one builds use. */
        public Builder loader(DatabaseLoad.Loader loader) {
            this.loader = Objects.requireNonNull(loader);
            return this;
        }

        /** The graph profile of the extraction, the floors' quads and the builds; default full. */
        public Builder profile(GraphProfile profile) {
            this.profile = Objects.requireNonNull(profile);
            return this;
        }

        /**
         * Whether to measure only what a large corpus needs: the extraction, the build without dumps (its
         * memory and database size) and the floor of its loader; not the parse-and-write floor, the other
         * loader, the build with dumps, the incremental rebuild or the queries.
         */
        public Builder scale(boolean scale) {
            this.scale = scale;
            return this;
        }

        /**
         * How often to probe the live set with a full collection during the timed builds (zero: never). With
         * {@link #scale}, the run is a memory run: generation, the build without dumps and its memory, nothing else.
         */
        public Builder probe(Duration probe) {
            if (probe.isNegative()) {
                throw new IllegalArgumentException("the probe period cannot be negative: " + probe);
            }
            this.probe = probe;
            return this;
        }

        public BenchRun build() {
            if (articles < 1) {
                throw new IllegalArgumentException("the benchmark needs at least one article, not " + articles);
            }
            if (threads < 1 || queryRuns < 1) {
                throw new IllegalArgumentException("threads and query runs must be at least 1");
            }
            return new BenchRun(this);
        }
    }
}
