package org.newsgraph.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.newsgraph.Bundled;
import org.newsgraph.Folders;
import org.newsgraph.StoreException;
import org.newsgraph.build.DatasetBuild;
import org.newsgraph.store.Store;

/**
 * One evaluation: reads the gold folder, builds the articles with the real pipeline into a
 * temporary folder, runs the queries on it, scores them, and deletes the temporary folder.
 *
 * <pre>{@code
 * Evaluation ev = EvalRun.builder()
 *         .articles(Path.of("data/articles"))
 *         .gold(Path.of("data/gold"))
 *         .build()
 *         .run();
 * }</pre>
 */
public final class EvalRun {

    private final Path data;
    private final Path articles;
    private final Path gold;
    private final Path queries;

    private EvalRun(Builder b) {
        this.data = b.data;
        this.articles = b.articles;
        this.gold = b.gold;
        this.queries = b.queries;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Runs the evaluation. */
    public Evaluation run() {
        Gold all = GoldLoader.load(gold);
        Path tmp = createTemp();
        try {
            Path out = tmp.resolve("out");
            DatasetBuild.builder().data(data).articles(articles).out(out).build().run();
            Predictions predictions;
            try (Store store = Store.open(out)) {
                predictions = PredictionLoader.load(store.dataset(), queries);
            }
            List<String> notes = new ArrayList<>(predictions.notes());
            Set<String> unknown = all.articles().stream().filter(a -> !predictions.articles().contains(a))
                    .collect(Collectors.toCollection(TreeSet::new));
            if (!unknown.isEmpty()) {
                notes.add("gold files for articles that are not in " + articles + " were skipped: "
                        + String.join(", ", unknown));
            }
            Gold evaluated = all.restrictTo(predictions.articles());
            return Scorer.score(evaluated, new Predictions(predictions.articles(), predictions.entities(),
                    predictions.relations(), notes));
        } finally {
            Folders.deleteQuietly(tmp);
        }
    }

    private static Path createTemp() {
        try {
            return Files.createTempDirectory("newsgraph-eval-");
        } catch (IOException e) {
            throw new StoreException("cannot create a temporary folder for the evaluation build ("
                    + e.getMessage() + "); check java.io.tmpdir", e);
        }
    }

    /** Options of an evaluation; {@link #build()} checks them. */
    public static final class Builder {
        private Path data = Bundled.data();
        private Path articles;
        private Path gold;
        private Path queries = Bundled.queries();

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

        /** The gold folder (required). */
        public Builder gold(Path gold) {
            this.gold = Objects.requireNonNull(gold);
            return this;
        }

        /** The folder of query files; default {@code queries}. */
        public Builder queries(Path queries) {
            this.queries = Objects.requireNonNull(queries);
            return this;
        }

        public EvalRun build() {
            if (gold == null) {
                throw new IllegalStateException("gold folder not set");
            }
            if (articles == null) {
                articles = data.resolve("articles");
            }
            return new EvalRun(this);
        }
    }
}
