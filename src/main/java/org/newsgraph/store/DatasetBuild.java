package org.newsgraph.store;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.newsgraph.Locations;
import org.newsgraph.StoreException;
import org.newsgraph.article.Article;
import org.newsgraph.article.ArticleLoader;
import org.newsgraph.gazetteer.Entity;
import org.newsgraph.gazetteer.Gazetteer;
import org.newsgraph.pipeline.AnnotatedArticle;
import org.newsgraph.pipeline.Pipeline;
import org.newsgraph.rdf.ArticleEmitter;
import org.newsgraph.rdf.EntityEmitter;
import org.newsgraph.rdf.Iris;
import org.newsgraph.rdf.Prefixes;
import org.newsgraph.recognize.Mention;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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
    private static final Logger LOG = LoggerFactory.getLogger(DatasetBuild.class);

    private final Path data;
    private final Path articles;
    private final Path out;
    private final Iris iris;

    private DatasetBuild(Builder b) {
        this.data = b.data;
        this.articles = b.articles;
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
        List<Article> loaded = ArticleLoader.load(articles);
        checkOutput();
        Path staging = createStaging();
        try {
            Counts counts = fill(new DatasetLayout(staging), pipeline, loaded);
            DatasetLayout staged = new DatasetLayout(staging);
            FusekiConfig.write(staged.fusekiConfig(), new DatasetLayout(out).tdb2());
            BuildSummary summary = new BuildSummary(loaded.size(), counts.entities, counts.mentions, counts.quads,
                    Duration.ofNanos(System.nanoTime() - started));
            writeBuildInfo(staged, summary);
            swapIn(staging);
            return summary;
        } catch (RuntimeException e) {
            deleteQuietly(staging);
            throw e;
        }
    }

    private record Counts(int entities, long mentions, long quads) {
    }

    private Counts fill(DatasetLayout layout, Pipeline pipeline, List<Article> loaded) {
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(Location.create(layout.tdb2()));
        try {
            long[] quads = {0};
            long[] mentions = {0};
            int[] entities = {0};
            Txn.executeWrite(dsg, () -> {
                Prefixes.of(iris).forEach((prefix, ns) -> dsg.prefixes().add(prefix, ns));
                StreamRDF stream = new StreamRDFWrapper(StreamRDFLib.dataset(dsg)) {
                    @Override
                    public void quad(Quad quad) {
                        quads[0]++;
                        super.quad(quad);
                    }
                };
                ArticleEmitter articleEmitter = new ArticleEmitter(iris);
                Set<String> mentioned = new LinkedHashSet<>();
                for (Article article : loaded) {
                    AnnotatedArticle annotated = pipeline.annotate(article);
                    articleEmitter.emit(annotated, stream);
                    mentions[0] += annotated.mentions().size();
                    annotated.mentions().stream().map(Mention::entityId).forEach(mentioned::add);
                    LOG.debug("{}: {} sentences, {} mentions", article.id(), annotated.sentences().size(),
                            annotated.mentions().size());
                }
                List<Entity> described = described(pipeline.gazetteer(), mentioned);
                new EntityEmitter(iris).emit(described, stream);
                entities[0] = described.size();
            });
            Txn.executeRead(dsg, () -> {
                dump(layout.trig(), dsg, RDFFormat.TRIG_BLOCKS);
                dump(layout.nquads(), dsg, RDFFormat.NQUADS);
            });
            return new Counts(entities[0], mentions[0], quads[0]);
        } finally {
            TDBInternal.expel(dsg);
        }
    }

    /** The entities mentioned, and the countries they belong to, in gazetteer order. */
    private static List<Entity> described(Gazetteer gazetteer, Set<String> mentioned) {
        Set<String> ids = new LinkedHashSet<>(mentioned);
        for (String id : mentioned) {
            gazetteer.get(id).flatMap(Entity::countryIfKnown).ifPresent(ids::add);
        }
        return gazetteer.entities().stream().filter(e -> ids.contains(e.id())).toList();
    }

    private static void dump(Path file, DatasetGraph dsg, RDFFormat format) {
        try (OutputStream os = Files.newOutputStream(file)) {
            RDFDataMgr.write(os, dsg, format);
        } catch (IOException e) {
            throw new StoreException(file + ": cannot write the dump (" + e.getMessage() + ")", e);
        }
    }

    private void writeBuildInfo(DatasetLayout layout, BuildSummary summary) {
        Properties p = new Properties();
        p.setProperty("base", iris.base());
        p.setProperty("articles", Integer.toString(summary.articles()));
        p.setProperty("entities", Integer.toString(summary.entities()));
        p.setProperty("mentions", Long.toString(summary.mentions()));
        p.setProperty("triples", Long.toString(summary.quads()));
        p.setProperty("format", Lang.TRIG.getName() + "," + Lang.NQUADS.getName() + ",TDB2");
        try (OutputStream os = Files.newOutputStream(layout.buildInfo())) {
            p.store(os, "newsgraph build");
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
                deleteQuietly(old);
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

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            LOG.warn("could not delete {}: {}", dir, e.getMessage());
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

        private Builder() {
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
