package org.newsgraph.rdf;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.apache.jena.sparql.core.Quad;
import org.newsgraph.model.Found;

/**
 * One article converted: the quads of its named graph and what the shared entities graph needs
 * from it. Built on any thread by {@link CorpusEmitter#article}, gathered in order by
 * {@link CorpusEmitter.Entities}.
 *
 * <pre>{@code
 * ArticleGraph g = emitter.article(article);
 * g.quads().forEach(stream::quad);
 * entities.add(g);
 * }</pre>
 *
 * @param articleId the article's id
 * @param digest    {@link org.newsgraph.article.Article#digest()} of the article it was made from
 * @param quads     the quads of the article's graph
 * @param mentions  how many mentions the article has
 * @param mentioned the ids of the entities it mentions, and of the gazetteer entities its graph
 *                  refers to otherwise (a publisher that reports a count, an author of the metadata)
 * @param found     the entities found outside the gazetteer (persons, bodies, places by shape)
 */
public record ArticleGraph(String articleId, String digest, List<Quad> quads, int mentions, Set<String> mentioned,
        List<Found> found) {
    public ArticleGraph {
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(digest, "digest");
        quads = List.copyOf(quads);
        mentioned = Set.copyOf(mentioned);
        found = List.copyOf(found);
    }
}
