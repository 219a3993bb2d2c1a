package org.newsgraph.build;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.newsgraph.Bundled;
import org.newsgraph.InputException;
import org.newsgraph.Locations;
import org.newsgraph.StoreException;
import org.newsgraph.article.ArticleLoader;
import org.newsgraph.rdf.GraphProfile;
import org.newsgraph.rdf.Iris;
import org.newsgraph.store.DatasetLayout;

/**
 * One build of the dataset: articles → pipeline → RDF → a TDB2 database, TriG and N-Quads
 * dumps, and a Fuseki configuration. The facade of the {@code build} package, which decides what
 * to do ({@link BuildPlan}: a full build, or an incremental one when only some articles changed),
 * converts ({@link Conversion}: the articles through the pipeline on every core), loads
 * ({@link DatabaseLoad}: TDB2) and publishes ({@link Publication}: a new build folder put in use
 * with one atomic rename only when everything is written and valid, see {@link DatasetCheck}), so
 * a build that fails or is killed at any moment leaves the previous dataset as it was. An
 * incremental build ({@link IncrementalBuild}) updates the database in use in one TDB2
 * transaction, all or nothing. A lock keeps two builds from writing the same dataset at once.
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
    private final BuildSettings settings;

    private DatasetBuild(Builder b) {
        this.settings = new BuildSettings(b.data, b.articles, new ArticleLoader.Options(b.charset, b.strict), b.links,
                b.shapes, b.ontology, b.out.toAbsolutePath().normalize(), new Iris(b.base), b.dumps, b.full,
                b.threads, b.validateAll, b.progress, b.loader, b.profile);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Runs the build and returns what it produced. */
    public BuildSummary run() {
        long started = System.nanoTime();
        Path articles = settings.articles();
        if (!Files.isDirectory(articles)) {
            throw new InputException(articles, "no such folder; pass the folder that holds the articles with --articles");
        }
        String fingerprint = fingerprint();
        DatasetLayout layout = new DatasetLayout(settings.out());
        Publication.prepare(layout);
        try (FileChannel channel = FileChannel.open(layout.lock(), StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            FileLock lock = Publication.lock(channel, layout);
            try {
                BuildContext context = new BuildContext(settings, fingerprint, started);
                if (!settings.full() && layout.isDataset()) {
                    Optional<BuildSummary> updated = new IncrementalBuild(context).run(layout);
                    if (updated.isPresent()) {
                        return updated.get();
                    }
                }
                return new FullBuild(context).run(layout);
            } finally {
                lock.release();
            }
        } catch (IOException e) {
            throw new StoreException(Locations.describe(settings.out()) + ": cannot write the build (" + e.getMessage()
                    + "); choose a writable --out", e);
        }
    }

    /**
     * The fingerprint of everything but the articles that decides the build's output: newsgraph's
     * code, the gazetteer, rules, open data, links, shapes, ontology, base IRI and profile. A build
     * whose recorded state has another fingerprint converts every article anew; whoever writes a
     * state elsewhere (the build on Spark) records this one.
     */
    public String fingerprint() {
        Path data = settings.data();
        return BuildFingerprint.of(List.of(data.resolve("gazetteer"), data.resolve("rules"),
                data.resolve("opendata"), settings.links(), settings.shapes(), settings.ontology()),
                // a lean build is not the full build's update, nor the other way round
                settings.iris().base() + (settings.profile() == GraphProfile.FULL ? "" : " " + settings.profile().label()));
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
        private DatabaseLoad.Loader loader = DatabaseLoad.Loader.CHOSEN;
        private GraphProfile profile = GraphProfile.FULL;

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
         * {@value DatasetCheck#VALIDATE_ALL} and then one in {@value DatasetCheck#VALIDATE_ONE_IN}.
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

        /**
         * Jena's bulk loader that a large full build streams its quads into; default
         * {@link DatabaseLoad.Loader#CHOSEN}, the faster one where it was measured. For measuring.
         */
        public Builder loader(DatabaseLoad.Loader loader) {
            this.loader = Objects.requireNonNull(loader);
            return this;
        }

        /**
         * The graph to write: {@link GraphProfile#FULL} (the default, every mention with its
         * offsets) or {@link GraphProfile#LEAN} (the statements with their sentence provenance, no
         * mention nodes). Changing it rebuilds every article.
         */
        public Builder profile(GraphProfile profile) {
            this.profile = Objects.requireNonNull(profile);
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
