package org.newsgraph.store;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.newsgraph.Folders;
import org.newsgraph.Locations;
import org.newsgraph.StoreException;
import org.newsgraph.article.Article;
import org.newsgraph.article.ArticleLoader;
import org.newsgraph.pipeline.Pipeline;
import org.newsgraph.rdf.CorpusEmitter;
import org.newsgraph.rdf.Iris;

/**
 * One build of the dataset: articles → pipeline → RDF → a TDB2 database, TriG and N-Quads
 * dumps, and a Fuseki configuration. The build writes into a fresh staging folder beside the
 * output and puts it in place only when everything is written, so a failed build leaves the
 * previous dataset as it was.
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

    private final Path data;
    private final Path articles;
    private final ArticleLoader.Options reading;
    private final Path out;
    private final Iris iris;

    private DatasetBuild(Builder b) {
        this.data = b.data;
        this.articles = b.articles;
        this.reading = new ArticleLoader.Options(b.charset, b.strict);
        this.out = b.out.toAbsolutePath().normalize();
        this.iris = new Iris(b.base);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Runs the build and returns what it produced. */
    public BuildSummary run() {
        long started = System.nanoTime();
        Pipeline pipeline = Pipeline.load(data);
        List<Article> loaded = ArticleLoader.load(articles, reading);
        checkOutput();
        Path staging = createStaging();
        try {
            CorpusEmitter.Counts counts = fill(new DatasetLayout(staging), pipeline, loaded);
            DatasetLayout staged = new DatasetLayout(staging);
            FusekiConfig.write(staged.fusekiConfig(), new DatasetLayout(out).tdb2());
            BuildSummary summary = new BuildSummary(loaded.size(), counts.entities(), counts.mentions(), counts.quads(),
                    Duration.ofNanos(System.nanoTime() - started));
            writeBuildInfo(staged, summary);
            swapIn(staging);
            return summary;
        } catch (RuntimeException e) {
            Folders.deleteQuietly(staging);
            throw e;
        }
    }

    private CorpusEmitter.Counts fill(DatasetLayout layout, Pipeline pipeline, List<Article> loaded) {
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(Location.create(layout.tdb2()));
        try {
            CorpusEmitter.Counts counts = Txn.calculateWrite(dsg,
                    () -> new CorpusEmitter(iris, pipeline).emit(loaded, StreamRDFLib.dataset(dsg)));
            Txn.executeRead(dsg, () -> {
                dump(layout.trig(), dsg, RDFFormat.TRIG_BLOCKS);
                dump(layout.nquads(), dsg, RDFFormat.NQUADS);
            });
            return counts;
        } finally {
            TDBInternal.expel(dsg);
        }
    }

    private static void dump(Path file, DatasetGraph dsg, RDFFormat format) {
        try (OutputStream os = Files.newOutputStream(file)) {
            RDFDataMgr.write(os, dsg, format);
        } catch (IOException e) {
            throw new StoreException(file + ": cannot write the dump (" + e.getMessage() + ")", e);
        }
    }

    /** Writes the build's settings and counts; no time stamp, so equal builds give equal files. */
    private void writeBuildInfo(DatasetLayout layout, BuildSummary summary) {
        String info = "# newsgraph build\n"
                + "base=" + iris.base() + "\n"
                + "articles=" + summary.articles() + "\n"
                + "entities=" + summary.entities() + "\n"
                + "mentions=" + summary.mentions() + "\n"
                + "triples=" + summary.quads() + "\n";
        try {
            Files.writeString(layout.buildInfo(), info, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new StoreException(layout.buildInfo() + ": cannot write (" + e.getMessage() + ")", e);
        }
    }

    /** Refuses to replace a folder that is not a newsgraph dataset. */
    private void checkOutput() {
        if (Files.exists(out) && !new DatasetLayout(out).isDataset() && !isEmptyDir(out)) {
            throw new StoreException(Locations.describe(out) + " exists and is not a newsgraph dataset; "
                    + "choose another --out folder so that nothing in it is lost");
        }
    }

    private Path createStaging() {
        try {
            Path parent = out.getParent();
            Files.createDirectories(parent);
            return Files.createTempDirectory(parent, out.getFileName() + ".partial-");
        } catch (IOException | SecurityException e) {
            throw new StoreException(Locations.describe(out) + ": cannot write beside the output folder ("
                    + e.getMessage() + "); choose a writable --out", e);
        }
    }

    /** Puts the staged build in place of the old output, then deletes the old output. */
    private void swapIn(Path staging) {
        try {
            Path old = null;
            if (Files.exists(out)) {
                old = Files.createTempDirectory(out.getParent(), out.getFileName() + ".old-");
                Files.delete(old);
                move(out, old);
            }
            move(staging, out);
            if (old != null) {
                Folders.deleteQuietly(old);
            }
        } catch (IOException e) {
            throw new StoreException(Locations.describe(out) + ": cannot put the new build in place ("
                    + e.getMessage() + ")", e);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
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
        private Path data = Path.of("data");
        private Path articles;
        private Path out = Path.of(DatasetLayout.DEFAULT_DIR);
        private String base = Iris.DEFAULT_BASE;
        private Charset charset = StandardCharsets.UTF_8;
        private boolean strict;

        private Builder() {
        }

        /** The encoding of the article files; default UTF-8. */
        public Builder charset(Charset charset) {
            this.charset = Objects.requireNonNull(charset);
            return this;
        }

        /** Whether warnings (skipped files, …) fail the build; default no. */
        public Builder strict(boolean strict) {
            this.strict = strict;
            return this;
        }

        /** The data folder with {@code gazetteer/} and {@code rules/}; default {@code data}. */
        public Builder data(Path data) {
            this.data = Objects.requireNonNull(data);
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
            return new DatasetBuild(this);
        }
    }
}
