package org.newsgraph.pipeline;

import java.util.List;
import java.util.Objects;
import org.newsgraph.article.Article;
import org.newsgraph.recognize.Mention;
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
 */
public record AnnotatedArticle(Article article, NormalizedText normalized, List<Sentence> sentences,
        List<Mention> mentions) {
    public AnnotatedArticle {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(normalized, "normalized");
        sentences = List.copyOf(sentences);
        mentions = List.copyOf(mentions);
        if (!normalized.original().equals(article.text())) {
            throw new IllegalArgumentException("normalised text of another article");
        }
    }
}
