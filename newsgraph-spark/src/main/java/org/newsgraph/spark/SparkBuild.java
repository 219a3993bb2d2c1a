package org.newsgraph.spark;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.newsgraph.NewsgraphException;
import org.newsgraph.rdf.Iris;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code spark-submit --class org.newsgraph.spark.SparkBuild newsgraph-spark.jar --articles IN --out OUT}:
 * the build of a corpus on Spark, up to the shards (see {@link SparkJob}); loading them into a
 * store is a second step. The master comes from {@code spark-submit} ({@code --master}); run
 * without one (from an IDE or a test) it is {@code local[*]}.
 *
 * <pre>{@code
 * spark-submit --master yarn --class org.newsgraph.spark.SparkBuild newsgraph-spark.jar \
 *     --articles hdfs:///news/articles --out hdfs:///news/graph
 * }</pre>
 */
@Command(name = "newsgraph-spark", mixinStandardHelpOptions = true,
        description = {"Converts the articles of a folder on any Hadoop file system on Apache Spark into gzipped "
                + "N-Quads shards (graphs/part-*.nq.gz), the entities graph (entities.nq.gz) and the build state "
                + "(state.csv) in a new output folder.",
            "Load them with newsgraph load, Jena's tdb2.tdbloader or tdb2.xloader."})
public final class SparkBuild implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--articles", paramLabel = "PATH", required = true,
            description = "The articles folder: .txt, .html, .jsonl, .csv and the manifest articles.csv, as for "
                    + "newsgraph build; any Hadoop path (hdfs://, s3a://, file:/ or a local path).")
    String articles;

    @Option(names = "--out", paramLabel = "PATH", required = true,
            description = "The output folder, new or empty; any Hadoop path.")
    String out;

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "bundled:data",
            description = "The data folder (gazetteer, rules, open data), a local path on every node, or the "
                    + "copy inside the jar (default: ${DEFAULT-VALUE}).")
    String data;

    @Option(names = "--links", paramLabel = "FILE",
            description = "Accepted Wikidata links (default: DATA/links/wikidata-links.csv).")
    String links;

    @Option(names = "--base", paramLabel = "IRI", defaultValue = Iris.DEFAULT_BASE,
            description = "Base IRI of the data (default: ${DEFAULT-VALUE}).")
    String base;

    @Option(names = "--profile", paramLabel = "PROFILE", defaultValue = "full",
            description = "The graph to write: full or lean, as for newsgraph build (default: ${DEFAULT-VALUE}).")
    String profile;

    @Option(names = "--charset", paramLabel = "NAME", defaultValue = "UTF-8",
            description = "Encoding of the article files (default: ${DEFAULT-VALUE}).")
    String charset;

    @Option(names = "--strict", description = "Fail on what is otherwise a warning, as for newsgraph build.")
    boolean strict;

    @Option(names = "--partitions", paramLabel = "N", defaultValue = "0",
            description = "Tasks, and so shards; 0 for three per core of the cluster (default: ${DEFAULT-VALUE}).")
    int partitions;

    @Option(names = "--master", paramLabel = "URL",
            description = "Spark master when not run by spark-submit, e.g. local[2] (default: spark-submit's, "
                    + "or local[*]).")
    String master;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The command line, ready for {@code execute}: a failure is one line on standard error and exit code 1. */
    static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new SparkBuild());
        cli.setExecutionExceptionHandler((e, line, parsed) -> {
            line.getErr().println("newsgraph-spark: " + message(e));
            return 1;
        });
        return cli;
    }

    @Override
    public Integer call() throws Exception {
        if (partitions < 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--partitions must be 0 or more");
        }
        JobSettings settings = new JobSettings(data, links, base, profile.toLowerCase(Locale.ROOT), charset, strict);
        SparkConf conf = new SparkConf().setAppName("newsgraph-spark");
        if (master != null) {
            conf.setMaster(master);
        } else if (!conf.contains("spark.master")) {
            conf.setMaster("local[*]");
        }
        long started = System.nanoTime();
        SparkJob.Summary s;
        try (JavaSparkContext sc = new JavaSparkContext(conf)) {
            sc.setLogLevel("WARN");
            s = new SparkJob(sc, settings).run(articles, out, partitions);
        }
        PrintWriter w = spec.commandLine().getOut();
        w.printf(Locale.ROOT, "Converted %s: %d articles (%d files), %d entities, %d quads in %d shards in %.1f s "
                + "(converting %.1f s, %.1f articles/s)%n", out, s.articles(), s.files(), s.entities(), s.quads(),
                s.shards(), (System.nanoTime() - started) / 1e9, s.converting(), s.articles() / s.converting());
        w.flush();
        return 0;
    }

    /** The message of the newsgraph error behind {@code e}, however deep Spark wrapped it. */
    static String message(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof NewsgraphException) {
                return t.getMessage();
            }
        }
        String message = String.valueOf(e.getMessage());
        int newsgraph = message.indexOf(NewsgraphException.class.getPackageName() + ".");
        String shown = newsgraph >= 0 ? message.substring(message.indexOf(": ", newsgraph) + 2) : message;
        int end = shown.indexOf('\n');
        return end >= 0 ? shown.substring(0, end) : shown;
    }
}
