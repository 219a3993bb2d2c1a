package org.newsgraph.store;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
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
import org.newsgraph.validate.OntologyCheck;
import org.newsgraph.validate.ShapeValidator;
import org.newsgraph.validate.ValidationReport;

/**
 * One build of the dataset: articles → pipeline → RDF → a TDB2 database, TriG and N-Quads
 * dumps, and a Fuseki configuration. The build writes into a build folder of its own and puts it
 * in use with one atomic rename only when everything is written (see {@link DatasetLayout}), so a
 * build that fails or is killed at any moment leaves the previous dataset as it was; a lock keeps
 * two builds from writing the same dataset at once. Before it is put in use, the output is
 * validated against the SHACL shapes and the ontology; an invalid build is refused.
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
    private final Path shapes;
    private final Path ontology;
    private final Path out;
    private final Iris iris;

    private DatasetBuild(Builder b) {
        this.data = b.data;
        this.articles = b.articles;
        this.reading = new ArticleLoader.Options(b.charset, b.strict);
        this.shapes = b.shapes;
        this.ontology = b.ontology;
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
        ShapeValidator validator = ShapeValidator.load(shapes);
        OntologyCheck terms = OntologyCheck.load(ontology);
        List<Article> loaded = ArticleLoader.load(articles, reading);
        DatasetLayout layout = new DatasetLayout(out);
        prepare(layout);
        try (FileChannel channel = FileChannel.open(layout.lock(), StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            FileLock lock = tryLock(channel, layout);
            try {
                return buildUnderLock(layout, pipeline, loaded, started, validator, terms);
            } finally {
                lock.release();
            }
        } catch (IOException e) {
            throw new StoreException(Locations.describe(out) + ": cannot write the build (" + e.getMessage()
                    + "); choose a writable --out", e);
        }
    }

    private BuildSummary buildUnderLock(DatasetLayout layout, Pipeline pipeline, List<Article> loaded, long started,
            ShapeValidator validator, OntologyCheck terms) throws IOException {
        DatasetLayout.Build build = new DatasetLayout.Build(createBuildFolder(layout));
        try {
            CorpusEmitter.Counts counts = fill(build, pipeline, loaded, validator, terms);
            BuildSummary summary = new BuildSummary(loaded.size(), counts.entities(), counts.mentions(),
                    counts.quads(), Duration.ofNanos(System.nanoTime() - started));
            writeBuildInfo(build, summary);
            switchTo(layout, build);
            return summary;
        } catch (RuntimeException | IOException e) {
            Folders.deleteQuietly(build.dir());
            throw e;
        }
    }

    /** Writes the database and the dumps; the output must conform to the shapes and the ontology. */
    private CorpusEmitter.Counts fill(DatasetLayout.Build build, Pipeline pipeline, List<Article> loaded,
            ShapeValidator validator, OntologyCheck terms) {
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(Location.create(build.tdb2()));
        try {
            CorpusEmitter.Counts counts = Txn.calculateWrite(dsg,
                    () -> new CorpusEmitter(iris, pipeline).emit(loaded, StreamRDFLib.dataset(dsg)));
            for (ValidationReport report : List.of(validator.validate(dsg), terms.check(dsg))) {
                if (!report.conforms()) {
                    throw new StoreException("the built dataset is not valid, so it was not put in place ("
                            + report.summary() + "); the previous dataset is unchanged. Report:\n" + report.text());
                }
            }
            Txn.executeRead(dsg, () -> {
                dump(build.trig(), dsg, RDFFormat.TRIG_BLOCKS);
                dump(build.nquads(), dsg, RDFFormat.NQUADS);
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
    private void writeBuildInfo(DatasetLayout.Build build, BuildSummary summary) {
        String info = "# newsgraph build\n"
                + "base=" + iris.base() + "\n"
                + "articles=" + summary.articles() + "\n"
                + "entities=" + summary.entities() + "\n"
                + "mentions=" + summary.mentions() + "\n"
                + "triples=" + summary.quads() + "\n";
        try {
            Files.writeString(build.buildInfo(), info, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new StoreException(build.buildInfo() + ": cannot write (" + e.getMessage() + ")", e);
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
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        }
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
        try (Stream<Path> builds = Files.list(layout.builds())) {
            for (Path old : builds.filter(b -> !b.equals(build.dir())).toList()) {
                Folders.deleteQuietly(old);
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
        private Path data = Path.of("data");
        private Path articles;
        private Path out = Path.of(DatasetLayout.DEFAULT_DIR);
        private String base = Iris.DEFAULT_BASE;
        private Charset charset = StandardCharsets.UTF_8;
        private Path shapes = Path.of("ontology", "shapes.ttl");
        private Path ontology = Path.of("ontology", "newsgraph.ttl");
        private boolean strict;

        private Builder() {
        }

        /** The encoding of the article files; default UTF-8. */
        public Builder charset(Charset charset) {
            this.charset = Objects.requireNonNull(charset);
            return this;
        }

        /** The SHACL shapes every build must conform to; default {@code ontology/shapes.ttl}. */
        public Builder shapes(Path shapes) {
            this.shapes = Objects.requireNonNull(shapes);
            return this;
        }

        /** The ontology that must declare every term the data uses; default {@code ontology/newsgraph.ttl}. */
        public Builder ontology(Path ontology) {
            this.ontology = Objects.requireNonNull(ontology);
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
