package org.newsgraph.review;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.newsgraph.article.Article;
import org.newsgraph.article.ArticleMetadata;
import org.newsgraph.lexicon.Lexicon;
import org.newsgraph.pipeline.Pipeline;

/**
 * The real pipeline of {@code data/} over short self-written articles, and copies of the data
 * folder for tests that add to the gazetteer.
 *
 * <pre>{@code
 * Review r = ReviewFixture.review(3, 1, ReviewFixture.article("a1", "Prime Minister Albin Kurti said so."));
 * Path data = ReviewFixture.copyData(tmp);
 * }</pre>
 */
final class ReviewFixture {
    /** The gazetteer and rules alone, without the open data, so that found entities keep the ids the rules give. */
    static final Pipeline PIPELINE = Pipeline.load(Path.of("data/gazetteer"), Path.of("data/rules"));
    static final Lexicon LEXICON = Lexicon.load(Path.of("data/rules"));

    private ReviewFixture() {
    }

    /** An article without metadata. */
    static Article article(String id, String text) {
        return new Article(id, id + ".txt", text, ArticleMetadata.unknown());
    }

    /** An article whose metadata names these authors. */
    static Article article(String id, String text, List<String> authors) {
        return new Article(id, id + ".txt", text, new ArticleMetadata(null, null, null, null, authors));
    }

    /** The review of these articles with the real pipeline. */
    static Review review(int examples, int minCount, Article... articles) {
        return new UnknownEntityCollector(PIPELINE.gazetteer(), LEXICON, examples, minCount)
                .collect(Stream.of(articles).map(PIPELINE::annotate).toList());
    }

    /** The row of this id. */
    static ReviewRow row(Review review, String id) {
        return review.rows().stream().filter(r -> r.entity().id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + id + " in " + ids(review)));
    }

    /** The ids of the rows, in order. */
    static List<String> ids(Review review) {
        return review.rows().stream().map(r -> r.entity().id()).toList();
    }

    /** A copy of {@code data/gazetteer} and {@code data/rules} under {@code dir/data}; returns that folder. */
    static Path copyData(Path dir) {
        Path data = dir.resolve("data");
        copyFolder(Path.of("data/gazetteer"), data.resolve("gazetteer"));
        copyFolder(Path.of("data/rules"), data.resolve("rules"));
        return data;
    }

    private static void copyFolder(Path from, Path to) {
        try (Stream<Path> files = Files.list(from)) {
            Files.createDirectories(to);
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.copy(f, to.resolve(f.getFileName().toString()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
