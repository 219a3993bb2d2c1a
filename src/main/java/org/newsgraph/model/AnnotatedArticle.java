package org.newsgraph.model;

import java.util.List;
import java.util.Objects;
import org.newsgraph.article.Article;
import org.newsgraph.gazetteer.Entity;
import org.newsgraph.gazetteer.Kind;
import org.newsgraph.text.NormalizedText;
import org.newsgraph.text.Sentence;

/**
 * An article with everything the pipeline found in it; the input of the RDF emitters.
 *
 * <pre>{@code
 * AnnotatedArticle a = pipeline.annotate(article);
 * a.mentions().size();
 * }</pre>
 *
 * @param article    the article as read
 * @param normalized its normalised text, with offsets back to the original
 * @param sentences  its sentences
 * @param mentions   the entities named in it, in text order
 * @param found      entities the gazetteer does not know, found in this article, with rule and confidence
 * @param facts      what the article says about its entities
 * @param byline     the entities of its metadata: publisher and authors
 */
public record AnnotatedArticle(Article article, NormalizedText normalized, List<Sentence> sentences,
        List<Mention> mentions, List<Found> found, ArticleFacts facts, Byline byline) {
    public AnnotatedArticle {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(normalized, "normalized");
        Objects.requireNonNull(facts, "facts");
        Objects.requireNonNull(byline, "byline");
        sentences = List.copyOf(sentences);
        mentions = List.copyOf(mentions);
        found = List.copyOf(found);
        if (!normalized.original().equals(article.text())) {
            throw new IllegalArgumentException("normalised text of another article");
        }
    }

    /** The people found in this article that the gazetteer does not know. */
    public List<Entity> persons() {
        return found.stream().map(Found::entity).filter(e -> e.kind() == Kind.PERSON).toList();
    }

    /** Every entity found in this article that the gazetteer does not know. */
    public List<Entity> unknown() {
        return found.stream().map(Found::entity).toList();
    }
}
