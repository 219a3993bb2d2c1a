package org.newsgraph.spark;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Iterator;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.Quad;
import org.apache.spark.SerializableWritable;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.storage.StorageLevel;
import org.newsgraph.InputException;
import org.newsgraph.StoreException;
import org.newsgraph.build.ArticleConverter;
import org.newsgraph.build.BuildState;
import scala.Tuple2;

/**
 * The job: lists the corpus on the driver ({@link CorpusListing}), converts its files on the
 * executors into N-Quads shards ({@link ShardWriter}), merges the entities graph by key
 * ({@link EntityMerge}) and writes it, then the build state, into the output folder:
 *
 * <pre>
 * OUT/graphs/part-00000.nq.gz …   the articles' graphs, whole articles in corpus order, gzipped N-Quads
 * OUT/entities.nq.gz              the entities graph
 * OUT/state.csv                   each article's state, as newsgraph build records it
 * OUT/newsgraph-spark.properties  what the job made: counts, profile, base IRI
 * </pre>
 *
 * <pre>{@code
 * SparkJob.Summary s = new SparkJob(sc, settings).run("hdfs:///corpus/articles", "hdfs:///corpus/graph", 0);
 * }</pre>
 */
public final class SparkJob {
    /** The folder of the shards inside the output folder. */
    public static final String GRAPHS = "graphs";
    /** The entities graph inside the output folder. */
    public static final String ENTITIES = "entities.nq.gz";
    /** The build state inside the output folder. */
    public static final String STATE = "state.csv";
    /** What the job made, inside the output folder. */
    public static final String INFO = "newsgraph-spark.properties";

    private final JavaSparkContext sc;
    private final JobSettings settings;

    public SparkJob(JavaSparkContext sc, JobSettings settings) {
        this.sc = sc;
        this.settings = settings;
    }

    /**
     * What the job made.
     *
     * @param articles articles converted
     * @param files    article files read
     * @param shards   N-Quads shards written
     * @param entities entities described
     * @param quads    quads written, the entities graph's included
     * @param converting seconds the conversion stage took: reading, converting and writing the shards
     */
    public record Summary(long articles, int files, int shards, int entities, long quads, double converting) {
    }

    /**
     * Converts the articles of the folder {@code articles} into the new folder {@code out} (both
     * Hadoop paths) in {@code partitions} tasks, one shard each; 0 means three per core of the
     * cluster.
     */
    public Summary run(String articles, String out, int partitions) throws IOException {
        JenaNoise.silence();
        Configuration conf = sc.hadoopConfiguration();
        Path outDir = new Path(out);
        FileSystem fs = outDir.getFileSystem(conf);
        if (fs.exists(outDir) && fs.listStatus(outDir).length > 0) {
            throw new InputException(java.nio.file.Path.of(out), "the output folder exists and is not empty; "
                    + "choose a new --out or remove it");
        }
        List<ArticleSource> sources = CorpusListing.list(articles, conf);
        int slices = Math.max(1, Math.min(sources.size(), partitions > 0 ? partitions : 3 * sc.defaultParallelism()));
        String fingerprint = settings.fingerprint();
        ArticleConverter converter = settings.converter();
        Broadcast<SerializableWritable<Configuration>> hadoop = sc.broadcast(new SerializableWritable<>(conf));
        Path graphs = new Path(outDir, GRAPHS);
        fs.mkdirs(graphs);
        JavaRDD<ArticleRecord> records = sc.parallelize(sources, slices)
                .mapPartitionsWithIndex(new ShardWriter(settings, graphs.toString(), hadoop), true)
                .persist(StorageLevel.MEMORY_AND_DISK());
        try {
            long stage = System.nanoTime();
            long count = records.count();
            double converting = (System.nanoTime() - stage) / 1e9;
            duplicateId(records);
            EntityMerge.Described described = EntityMerge.describe(records, converter.emitter());
            writeEntities(fs, new Path(outDir, ENTITIES), described.quads());
            long quads = writeState(fs, new Path(outDir, STATE), records.toLocalIterator(), fingerprint)
                    + described.quads().size();
            Summary summary = new Summary(count, sources.size(), slices, described.entities(), quads, converting);
            writeInfo(fs, new Path(outDir, INFO), summary);
            return summary;
        } finally {
            records.unpersist(false);
            hadoop.destroy();
        }
    }

    /** Refuses a corpus that gives two articles one id, as the build does. */
    private static void duplicateId(JavaRDD<ArticleRecord> records) {
        List<Tuple2<String, Integer>> twice = records.mapToPair(r -> new Tuple2<>(r.articleId(), 1))
                .reduceByKey(Integer::sum).filter(t -> t._2() > 1).take(1);
        if (!twice.isEmpty()) {
            throw new InputException(java.nio.file.Path.of(twice.get(0)._1()), "two articles have the id \""
                    + twice.get(0)._1() + "\"; give every article its own id");
        }
    }

    private static void writeEntities(FileSystem fs, Path file, List<Quad> quads) throws IOException {
        try (OutputStream out = new FastGzip(fs.create(file, false))) {
            StreamRDF writer = StreamRDFWriter.getWriterStream(out, RDFFormat.NQUADS);
            writer.start();
            quads.forEach(writer::quad);
            writer.finish();
        }
    }

    /** Writes the state of every article in corpus order; returns the quads of their graphs. */
    private static long writeState(FileSystem fs, Path file, Iterator<ArticleRecord> records, String fingerprint)
            throws IOException {
        java.nio.file.Path local = Files.createTempFile("newsgraph-state", ".csv");
        long quads = 0;
        try {
            try (BuildState.Writer state = BuildState.writer(local, fingerprint)) {
                while (records.hasNext()) {
                    ArticleRecord r = records.next();
                    state.add(r.articleId(), r.state());
                    quads += r.state().quads();
                }
            }
            fs.copyFromLocalFile(false, true, new Path(local.toUri()), file);
            return quads;
        } catch (IOException e) {
            throw new StoreException(file + ": cannot write the build state (" + e.getMessage() + ")", e);
        } finally {
            Files.deleteIfExists(local);
        }
    }

    private void writeInfo(FileSystem fs, Path file, Summary summary) throws IOException {
        try (Writer w = new java.io.OutputStreamWriter(fs.create(file, false), StandardCharsets.UTF_8)) {
            w.write("# made by newsgraph-spark; load graphs/*.nq.gz and " + ENTITIES + " into one dataset\n");
            w.write("articles=" + summary.articles() + "\n");
            w.write("entities=" + summary.entities() + "\n");
            w.write("quads=" + summary.quads() + "\n");
            w.write("shards=" + summary.shards() + "\n");
            w.write("profile=" + settings.profile() + "\n");
            w.write("base=" + settings.base() + "\n");
        }
    }
}
