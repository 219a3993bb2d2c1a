package org.newsgraph.bench;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.newsgraph.build.DatabaseLoad;
import org.newsgraph.cli.Main;
import org.newsgraph.rdf.GraphProfile;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The benchmark's command, the main class of {@code target/newsgraph-bench.jar} (which runs beside
 * {@code newsgraph.jar}): it runs {@link BenchRun} and prints its figures and their ratios to Jena's
 * own floors; the only class of the benchmark that prints.
 *
 * <pre>{@code
 * java -Xmx2g -jar target/newsgraph-bench.jar --articles 200 --query-runs 3 --work target/ci-bench
 * }</pre>
 */
@Command(name = "newsgraph-bench", mixinStandardHelpOptions = true,
        description = {"Generates a corpus and measures extraction, store load, the whole build, an incremental "
                + "rebuild and query latency, each with its ratio to the floor of the same work done by Jena alone.",
            "Run it with the heap you want to hold it to, e.g. java -Xmx2g -jar target/newsgraph-bench.jar."})
public final class BenchCommand implements Callable<Integer> {
    private static final double MB = 1024.0 * 1024.0;

    @Spec
    CommandSpec spec;

    @Option(names = {"-v", "--verbose"}, description = "Log more, and print stack traces with errors.")
    boolean verbose;

    @Option(names = {"-q", "--quiet"}, description = "Log only errors.")
    boolean quiet;

    @Option(names = "--articles", paramLabel = "N", defaultValue = "1000",
            description = "Articles to generate (default: ${DEFAULT-VALUE}).")
    int articles;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "42", description = "Corpus seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "bundled:data",
            description = "Data folder whose gazetteer and rules are used (default: ${DEFAULT-VALUE}, inside newsgraph.jar).")
    Path data;

    @Option(names = "--queries", paramLabel = "DIR", defaultValue = "bundled:queries",
            description = "Folder of the queries to time (default: ${DEFAULT-VALUE}).")
    Path queries;

    @Option(names = "--work", paramLabel = "DIR", defaultValue = "target/bench",
            description = "Scratch folder, emptied first and removed after unless --keep (default: ${DEFAULT-VALUE}).")
    Path work;

    @Option(names = "--threads", paramLabel = "N", description = "Threads converting articles (default: one per core).")
    Integer threads;

    @Option(names = "--query-runs", paramLabel = "N", defaultValue = "20",
            description = "Timed runs of each query (default: ${DEFAULT-VALUE}).")
    int queryRuns;

    @Option(names = "--keep", description = "Keep the scratch folder (corpus and dataset).")
    boolean keep;

    @Option(names = "--scale", description = "Measure only what a large corpus needs: the extraction, the build "
            + "without dumps (its memory and database size), then its loader's floor; skip the other floors, the build "
            + "with dumps, the incremental rebuild and the queries. With --keep, the dataset stays in WORK/out.")
    boolean scale;

    @Option(names = "--memory-probe", paramLabel = "SECONDS", defaultValue = "0",
            description = "Every SECONDS of the build, force a full collection and log the heap in use after it (the "
                    + "live set); with --scale, a memory run: the build without dumps only, no extraction or floor, "
                    + "as the collections cost it time (default: 0, never).")
    int memoryProbe;

    @Option(names = "--db", paramLabel = "DIR", description = "Only time the queries, on this built dataset (as "
            + "build --out wrote it): no corpus, no build; --query-runs runs of each.")
    Path db;

    @Option(names = "--loader", paramLabel = "KIND", defaultValue = "gated",
            description = "The bulk loader the builds stream into: ${COMPLETION-CANDIDATES} (default: "
                    + "${DEFAULT-VALUE}, the one builds use: Jena's parallel loader's stages with a bound on what is "
                    + "in flight; its floor is Jena's parallel loader).")
    LoaderKind loader;

    @Option(names = "--profile", paramLabel = "PROFILE", defaultValue = "full",
            description = "The graph profile of the extraction, the floors and the builds: ${COMPLETION-CANDIDATES} "
                    + "(default: ${DEFAULT-VALUE}).")
    ProfileName profile;

    /** The graph profiles, as the command line names them. */
    enum ProfileName {
        full, lean
    }

    /** The loaders, as the command line names them. */
    enum LoaderKind {
        phased(DatabaseLoad.Loader.PHASED), parallel(DatabaseLoad.Loader.PARALLEL), gated(DatabaseLoad.Loader.GATED);

        private final DatabaseLoad.Loader kind;

        LoaderKind(DatabaseLoad.Loader kind) {
            this.kind = kind;
        }
    }

    public static void main(String[] args) {
        Main.launch(new BenchCommand(), args);
    }

    @Override
    public Integer call() {
        if (articles < 1 || queryRuns < 1 || threads != null && threads < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--articles, --query-runs and --threads must be 1 or more");
        }
        if (memoryProbe < 0) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--memory-probe must be 0 (never) or a number of seconds, not " + memoryProbe);
        }
        if (db != null) {
            PrintWriter out = spec.commandLine().getOut();
            out.printf(Locale.ROOT, "newsgraph bench: queries on %s, %d runs each, %d cores, max heap %.0f MB, Java %s%n",
                    db, queryRuns, Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() / MB,
                    System.getProperty("java.version"));
            printLatencies(new QueryLatencies(queries, queryRuns).measure(db), out);
            out.flush();
            return 0;
        }
        BenchRun.Builder b = BenchRun.builder().data(data).queries(queries).work(work).articles(articles).seed(seed)
                .queryRuns(queryRuns).keep(keep).scale(scale).loader(loader.kind)
                .profile(GraphProfile.of(profile.name())).probe(Duration.ofSeconds(memoryProbe));
        if (threads != null) {
            b.threads(threads);
        }
        print(b.build().run(), spec.commandLine().getOut());
        return 0;
    }

    private void print(BenchReport r, PrintWriter out) {
        double mb = r.textBytes() / MB;
        out.printf(Locale.ROOT, "newsgraph bench: %d articles, %.1f MB of text, seed %d, %s profile, %d threads, %d cores, "
                + "max heap %.0f MB, Java %s%n", r.articles(), mb, seed, r.profile().label(), r.threads(),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() / MB,
                System.getProperty("java.version"));
        BenchReport.DataLoad load = r.load();
        out.printf(Locale.ROOT, "%-34s %8.2f s  %,d curated entities, %,d open-data entries, %,d terms of office; "
                + "%.0f MB heap held%n", "load gazetteer, rules, open data", load.seconds(), load.gazetteerEntities(),
                load.openDataEntries(), load.offices(), load.heldBytes() / MB);
        out.printf(Locale.ROOT, "%-34s %8.2f s %10.0f articles/s %8.1f MB/s%n", "floor: read and decode", r.readSeconds(),
                r.articles() / r.readSeconds(), mb / r.readSeconds());
        if (Double.isNaN(r.extractionSeconds())) {
            out.printf(Locale.ROOT, "%-34s not measured (--memory-probe); the build wrote %,d quads%n",
                    "extraction (articles -> N-Quads)", r.quads());
        } else {
            out.printf(Locale.ROOT, "%-34s %8.2f s %10.0f articles/s %8.1f MB/s  %,d quads (%.0f MB N-Quads)%n",
                    "extraction (articles -> N-Quads)", r.extractionSeconds(), r.articles() / r.extractionSeconds(),
                    mb / r.extractionSeconds(), r.quads(), r.nquadsBytes() / MB);
        }
        rate(out, "floor: Jena parse + write N-Quads", r.parseSerialiseSeconds(), r.quads(), "quads/s");
        rate(out, "floor: Jena TDB2 loader, phased", r.bulkLoadSeconds(), r.quads(), "quads/s");
        rate(out, "floor: Jena TDB2 loader, parallel", r.bulkLoadParallelSeconds(), r.quads(), "quads/s");
        out.printf(Locale.ROOT, "%-34s %8.2f s %10.0f articles/s %8.0f quads/s  (into the %s loader: convert+validate "
                + "%.2f s while loading, then %.2f s finishing the indexes)%n", "build, no dumps (end to end)",
                r.buildSeconds(), r.articles() / r.buildSeconds(), r.quads() / r.buildSeconds(),
                r.loader().name().toLowerCase(Locale.ROOT), r.buildConvertSeconds(), r.buildLoadSeconds());
        rate(out, "build with dumps (end to end)", r.buildDumpsSeconds(), r.articles(), "articles/s");
        out.printf(Locale.ROOT, "%-34s %8.0f MB heap after collections, %.0f MB heap in use, %.0f MB resident%n",
                "build peak memory", r.buildPeakLiveHeap() / MB, r.buildPeakHeap() / MB, r.buildPeakResident() / MB);
        if (r.buildProbedLiveHeap() >= 0) {
            out.printf(Locale.ROOT, "%-34s %8.0f MB live heap (heap in use after each probe's full collection)%n",
                    "build peak live set, probed", r.buildProbedLiveHeap() / MB);
        }
        out.printf(Locale.ROOT, "%-34s %8.0f MB (the files of its folder, apparent size)%n", "build dataset on disk",
                r.buildDatabaseBytes() / MB);
        seconds(out, "incremental rebuild, 1 article", r.incrementalSeconds());
        out.printf(Locale.ROOT, "ratios: extraction / (read + parse-and-write floor) = %.2f; extraction / read floor = "
                + "%.1f; build, no dumps / loader floor = %.2f; build with dumps / loader floor = %.2f; "
                + "parallel / phased loader floor = %.2f%n",
                r.extractionSeconds() / (r.readSeconds() + r.parseSerialiseSeconds()),
                r.extractionSeconds() / r.readSeconds(), r.buildSeconds() / r.loaderFloorSeconds(),
                r.buildDumpsSeconds() / r.loaderFloorSeconds(), r.bulkLoadParallelSeconds() / r.bulkLoadSeconds());
        printLatencies(r.queries(), out);
        out.flush();
    }

    /**
     * The latency of each query and its p95 against its target, then one line saying how many meet theirs and
     * which do not.
     */
    private static void printLatencies(List<BenchReport.QueryLatency> latencies, PrintWriter out) {
        if (latencies.isEmpty()) {
            return;
        }
        out.printf(Locale.ROOT, "%-44s %10s %10s %10s %10s%n", "query latency", "rows", "median ms", "p95 ms", "target");
        for (BenchReport.QueryLatency q : latencies) {
            out.printf(Locale.ROOT, "%-44s %10d %10.1f %10.1f %7.0f %s%n", q.name(), q.rows(), q.medianMs(), q.p95Ms(),
                    q.targetMs(), q.met() ? "met" : "OVER");
        }
        List<String> over = latencies.stream().filter(q -> !q.met())
                .map(q -> String.format(Locale.ROOT, "%s %.0f ms", q.name(), q.p95Ms())).toList();
        out.printf(Locale.ROOT, "query targets (p95 under %.0f ms a competency query, %.0f ms one entity's facts): "
                + "%d of %d met%s%n", QueryLatencies.QUERY_TARGET_MS, QueryLatencies.FACTS_TARGET_MS,
                latencies.size() - over.size(), latencies.size(), over.isEmpty() ? "" : "; over: " + String.join(", ", over));
    }

    /** A measured time and its rate, or that it was not measured (NaN: skipped by {@code --scale}). */
    private static void rate(PrintWriter out, String what, double seconds, double amount, String unit) {
        if (Double.isNaN(seconds)) {
            out.printf(Locale.ROOT, "%-34s not measured (--scale)%n", what);
        } else {
            out.printf(Locale.ROOT, "%-34s %8.2f s %10.0f %s%n", what, seconds, amount / seconds, unit);
        }
    }

    private static void seconds(PrintWriter out, String what, double seconds) {
        if (Double.isNaN(seconds)) {
            out.printf(Locale.ROOT, "%-34s not measured (--scale)%n", what);
        } else {
            out.printf(Locale.ROOT, "%-34s %8.2f s%n", what, seconds);
        }
    }
}
