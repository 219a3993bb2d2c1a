package org.newsgraph.review;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.newsgraph.Bundled;
import org.newsgraph.ConfigurationException;
import org.newsgraph.article.Article;
import org.newsgraph.article.ArticleLoader;
import org.newsgraph.lexicon.Lexicon;
import org.newsgraph.model.AnnotatedArticle;
import org.newsgraph.pipeline.Pipeline;

/**
 * One review of a corpus: loads the pipeline of a data folder, reads the articles, annotates
 * them and collects the entities the gazetteer does not know. Nothing is written; no dataset is
 * needed.
 *
 * <pre>{@code
 * Review review = ReviewRun.builder()
 *         .data(Path.of("data"))
 *         .articles(Path.of("data/articles"))
 *         .examples(3)
 *         .minCount(2)
 *         .build()
 *         .run();
 * }</pre>
 */
public final class ReviewRun {
    private final Path data;
    private final Path articles;
    private final int examples;
    private final int minCount;

    private ReviewRun(Builder b) {
        this.data = b.data;
        this.articles = b.articles != null ? b.articles : b.data.resolve("articles");
        this.examples = b.examples;
        this.minCount = b.minCount;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Runs the pipeline over the articles and lists the link decisions a curator should look at. */
    public LinkReview links() {
        Pipeline pipeline = Pipeline.load(data);
        List<AnnotatedArticle> annotated = ArticleLoader.load(articles).stream().map(pipeline::annotate).toList();
        return LinkReview.collect(annotated);
    }

    /** Runs the pipeline over the articles and reviews what it found. */
    public Review run() {
        Pipeline pipeline = Pipeline.load(data);
        Lexicon lexicon = Lexicon.load(data.resolve("rules"));
        List<Article> corpus = ArticleLoader.load(articles);
        List<AnnotatedArticle> annotated = corpus.stream().map(pipeline::annotate).toList();
        return new UnknownEntityCollector(pipeline.gazetteer(), lexicon, examples, minCount).collect(annotated);
    }

    /** The options of a review; {@link #build()} checks them. */
    public static final class Builder {
        private Path data = Bundled.data();
        private Path articles;
        private int examples = 3;
        private int minCount = 1;

        private Builder() {
        }

        /** The folder with {@code gazetteer/} and {@code rules/} (default {@code data}). */
        public Builder data(Path dir) {
            this.data = dir;
            return this;
        }

        /** The articles folder (default {@code DATA/articles}). */
        public Builder articles(Path dir) {
            this.articles = dir;
            return this;
        }

        /** How many example sentences per entity (default 3). */
        public Builder examples(int n) {
            this.examples = n;
            return this;
        }

        /** The fewest times an entity must be seen to be listed (default 1). */
        public Builder minCount(int n) {
            this.minCount = n;
            return this;
        }

        public ReviewRun build() {
            Objects.requireNonNull(data, "data");
            if (examples < 0) {
                throw new ConfigurationException("--examples " + examples + ": give 0 or more example sentences");
            }
            if (minCount < 1) {
                throw new ConfigurationException("--min-count " + minCount + ": give 1 or more");
            }
            return new ReviewRun(this);
        }
    }
}
