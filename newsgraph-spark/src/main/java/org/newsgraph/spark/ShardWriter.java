package org.newsgraph.spark;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.SerializableWritable;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.Function2;
import org.apache.spark.broadcast.Broadcast;
import org.newsgraph.StoreException;
import org.newsgraph.article.Article;
import org.newsgraph.article.ArticleLoader;
import org.newsgraph.build.ArticleConverter;
import org.newsgraph.build.BuildState;
import org.newsgraph.rdf.ArticleGraph;

/**
 * One task of the job: reads the article files of its partition, converts each article with this
 * executor's {@link ArticleConverter} and writes the quads of every article's graph, whole and in
 * corpus order, into one gzipped N-Quads shard, {@code graphs/part-NNNNN.nq.gz} (NNNNN: the
 * partition), compressed and written on a thread beside the conversion ({@link ShardOutput}). The shard is written under a hidden name and renamed when complete, so a failed or
 * repeated task attempt never leaves half a shard under a shard's name. Returns the state of each
 * article for the driver.
 */
final class ShardWriter implements Function2<Integer, Iterator<ArticleSource>, Iterator<ArticleRecord>> {
    private final JobSettings settings;
    private final String graphs;
    private final Broadcast<SerializableWritable<Configuration>> hadoop;

    /**
     * @param settings how to convert
     * @param graphs   the folder of the shards
     * @param hadoop   the driver's Hadoop configuration
     */
    ShardWriter(JobSettings settings, String graphs, Broadcast<SerializableWritable<Configuration>> hadoop) {
        this.settings = settings;
        this.graphs = graphs;
        this.hadoop = hadoop;
    }

    /** The name of partition {@code partition}'s shard. */
    static String shardName(int partition) {
        return String.format(Locale.ROOT, "part-%05d.nq.gz", partition);
    }

    @Override
    public Iterator<ArticleRecord> call(Integer partition, Iterator<ArticleSource> sources) throws IOException {
        ArticleConverter converter = settings.converter();
        ArticleLoader.Options reading = settings.reading();
        Path shard = new Path(graphs, shardName(partition));
        TaskContext task = TaskContext.get();
        Path temporary = new Path(graphs, "." + shard.getName() + "." + (task == null ? 0 : task.taskAttemptId()));
        FileSystem fs = shard.getFileSystem(hadoop.value().value());
        List<ArticleRecord> records = new ArrayList<>();
        try (ShardOutput out = new ShardOutput(new FastGzip(fs.create(temporary, true)))) {
            while (sources.hasNext()) {
                ArticleSource source = sources.next();
                for (Article article : ArticleLoader.read(java.nio.file.Path.of(source.name()),
                        bytes(fs, source), reading, source.entry())) {
                    ArticleGraph graph = converter.convert(article);
                    out.add(graph.quads());
                    records.add(new ArticleRecord(ArticleRecord.order(partition, records.size()), graph.articleId(),
                            BuildState.ArticleState.of(graph)));
                }
            }
        } catch (RuntimeException | IOException e) {
            fs.delete(temporary, false);
            throw e;
        }
        fs.delete(shard, false);
        if (!fs.rename(temporary, shard)) {
            throw new StoreException(shard + ": cannot rename " + temporary.getName() + " to it; check that the "
                    + "output folder is writable");
        }
        return records.iterator();
    }

    /** The file's bytes, read up to one byte past the loader's limit, which the loader refuses. */
    private static byte[] bytes(FileSystem fs, ArticleSource source) throws IOException {
        try (InputStream in = fs.open(new Path(source.path()))) {
            return in.readNBytes((int) ArticleLoader.MAX_FILE_BYTES + 1);
        }
    }
}
