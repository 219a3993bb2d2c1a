package org.newsgraph.spark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.newsgraph.Folders;
import org.newsgraph.build.Conversion;
import org.newsgraph.rdf.Iris;

/**
 * The Spark job's per-article rate in local mode against {@code newsgraph build}'s extraction
 * (articles to N-Quads on every core, {@link Conversion#writeNQuads}, what the benchmark measures
 * as extraction), on the same corpus and cores, in one JVM, taking turns: round after round, the
 * extraction on {@code threads} threads, then the job's conversion stage in {@code local[threads]},
 * with the converter loaded once and shared (the job's executors are this JVM), so both run warm and
 * under the same load of a shared machine. Prints each round with its ratio (the job's time over
 * the extraction's), the ratio of the medians and the median of the rounds' ratios. A
 * measurement, run by {@code newsgraph-spark/throughput.sh}, not a test.
 *
 * <pre>{@code
 * java -cp newsgraph-spark.jar:SPARK org.newsgraph.spark.Throughput CORPUS WORK 2 3 [PARTITIONS]
 * }</pre>
 */
public final class Throughput {
    private Throughput() {
    }

    /** Arguments: corpus folder, scratch folder, threads (cores), rounds, and optionally the job's partitions. */
    public static void main(String[] args) throws IOException {
        Path corpus = Path.of(args[0]);
        Path work = Path.of(args[1]);
        int threads = Integer.parseInt(args[2]);
        int rounds = Integer.parseInt(args[3]);
        int partitions = args.length > 4 ? Integer.parseInt(args[4]) : 0;
        JobSettings settings = new JobSettings("bundled:data", null, Iris.DEFAULT_BASE, "full", "UTF-8", false);
        List<Double> build = new ArrayList<>();
        List<Double> spark = new ArrayList<>();
        List<Double> ratios = new ArrayList<>();
        long articles = 0;
        try (JavaSparkContext sc = new JavaSparkContext(new SparkConf().setMaster("local[" + threads + "]")
                .setAppName("newsgraph-spark-throughput").set("spark.ui.enabled", "false"))) {
            sc.setLogLevel("WARN");
            for (int round = 0; round <= rounds; round++) {
                Folders.deleteQuietly(work);
                Files.createDirectories(work);
                long started = System.nanoTime();
                new Conversion(settings.converter(), corpus, threads).writeNQuads(work.resolve("extracted.nq"));
                double extraction = (System.nanoTime() - started) / 1e9;
                Files.delete(work.resolve("extracted.nq"));
                SparkJob.Summary s = new SparkJob(sc, settings).run(corpus.toAbsolutePath().toString(),
                        work.resolve("spark-out").toUri().toString(), partitions);
                articles = s.articles();
                // round 0 warms both up
                System.out.printf(Locale.ROOT, "%s %d: build extraction %.2f s (%.1f articles/s), Spark local[%d] "
                        + "conversion stage %.2f s (%.1f articles/s), ratio %.2f; job %s quads%n",
                        round == 0 ? "warm-up" : "round", round, extraction, articles / extraction, threads,
                        s.converting(), articles / s.converting(), s.converting() / extraction, s.quads());
                if (round > 0) {
                    build.add(extraction);
                    spark.add(s.converting());
                    ratios.add(s.converting() / extraction);
                }
            }
        }
        double b = median(build);
        double k = median(spark);
        System.out.printf(Locale.ROOT, "medians over %d rounds, %d articles, %d threads: build extraction %.1f articles/s"
                + " (%.1f a core), Spark %.1f articles/s (%.1f a core); Spark's time / build's: %.2f, the median of the"
                + " rounds' %.2f%n", rounds, articles, threads, articles / b, articles / b / threads, articles / k,
                articles / k / threads, k / b, median(ratios));
        Folders.deleteQuietly(work);
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
