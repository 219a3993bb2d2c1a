package org.newsgraph.pipeline;

import org.newsgraph.model.Byline;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.newsgraph.article.Article;
import org.newsgraph.discover.PersonFinder;
import org.newsgraph.model.AnnotatedArticle;
import org.newsgraph.model.ArticleFacts;
import org.newsgraph.model.Found;
import org.newsgraph.model.Mention;
import org.newsgraph.model.SentenceRole;
import org.newsgraph.text.NormalizedText;
import org.newsgraph.text.Sentence;

/**
 * What the pipeline knows about one article so far: the state a {@link Stage} reads and, through
 * the {@code with…} methods, copies with its layers added. A layer no stage has provided yet is
 * null (and absent from {@link #layers()}).
 *
 * <pre>{@code
 * Annotation a = Annotation.of(article).withText(normalizer.normalize(article.text()));
 * a.has(Layer.TEXT);   // true
 * }</pre>
 *
 * @param article    the article as read
 * @param layers     the layers present
 * @param normalized {@link Layer#TEXT}
 * @param sentences  {@link Layer#SENTENCES}
 * @param roles      {@link Layer#ROLES}, by sentence index
 * @param mentions   {@link Layer#MENTIONS}, in text order
 * @param found      {@link Layer#FOUND}, by entity id, in the order they were found
 * @param persons    {@link Layer#PERSONS}
 * @param byline     {@link Layer#BYLINE}
 * @param facts      {@link Layer#FACTS}
 */
public record Annotation(Article article, Set<Layer> layers, NormalizedText normalized, List<Sentence> sentences,
        Map<Integer, SentenceRole> roles, List<Mention> mentions, Map<String, Found> found,
        PersonFinder.Discovery persons, Byline byline, ArticleFacts facts) {
    public Annotation {
        Objects.requireNonNull(article, "article");
        layers = layers.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(layers));
        sentences = sentences == null ? null : List.copyOf(sentences);
        roles = roles == null ? null : Map.copyOf(roles);
        mentions = mentions == null ? null : List.copyOf(mentions);
        found = found == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(found));
    }

    /** The article before any stage. */
    public static Annotation of(Article article) {
        return new Annotation(article, Set.of(), null, null, null, null, null, null, null, null);
    }

    /** Whether a stage has provided {@code layer}. */
    public boolean has(Layer layer) {
        return layers.contains(layer);
    }

    /** This annotation with its normalised text. */
    public Annotation withText(NormalizedText text) {
        return new Annotation(article, plus(Layer.TEXT), Objects.requireNonNull(text), sentences, roles, mentions,
                found, persons, byline, facts);
    }

    /** This annotation with its sentences. */
    public Annotation withSentences(List<Sentence> list) {
        return new Annotation(article, plus(Layer.SENTENCES), normalized, list, roles, mentions, found, persons,
                byline, facts);
    }

    /** This annotation with the roles of its sentences (new or refined). */
    public Annotation withRoles(Map<Integer, SentenceRole> map) {
        return new Annotation(article, plus(Layer.ROLES), normalized, sentences, Objects.requireNonNull(map), mentions,
                found, persons, byline, facts);
    }

    /** This annotation with its mentions (new or refined). */
    public Annotation withMentions(List<Mention> list) {
        return new Annotation(article, plus(Layer.MENTIONS), normalized, sentences, roles, list, found, persons,
                byline, facts);
    }

    /** This annotation with the entities found outside the gazetteer (new or refined). */
    public Annotation withFound(Map<String, Found> map) {
        return new Annotation(article, plus(Layer.FOUND), normalized, sentences, roles, mentions, map, persons,
                byline, facts);
    }

    /** This annotation with what the person finder found. */
    public Annotation withPersons(PersonFinder.Discovery discovery) {
        return new Annotation(article, plus(Layer.PERSONS), normalized, sentences, roles, mentions, found,
                Objects.requireNonNull(discovery), byline, facts);
    }

    /** This annotation with the entities of its metadata. */
    public Annotation withByline(Byline resolved) {
        return new Annotation(article, plus(Layer.BYLINE), normalized, sentences, roles, mentions, found, persons,
                Objects.requireNonNull(resolved), facts);
    }

    /** This annotation with the organisations, places and events found by their shape. */
    public Annotation withShapes(List<Mention> allMentions, Map<String, Found> allFound) {
        return new Annotation(article, plus(Layer.SHAPES, Layer.MENTIONS, Layer.FOUND), normalized, sentences, roles,
                allMentions, allFound, persons, byline, facts);
    }

    /** This annotation with its mentions and found entities linked to the open data. */
    public Annotation withLinks(List<Mention> linkedMentions, Map<String, Found> linkedFound) {
        return new Annotation(article, plus(Layer.LINKS, Layer.MENTIONS, Layer.FOUND), normalized, sentences, roles,
                linkedMentions, linkedFound, persons, byline, facts);
    }

    /** This annotation with its facts. */
    public Annotation withFacts(ArticleFacts extracted) {
        return new Annotation(article, plus(Layer.FACTS), normalized, sentences, roles, mentions, found, persons,
                byline, Objects.requireNonNull(extracted));
    }

    /** The finished article: needs {@link Layer#FINISHED}. */
    public AnnotatedArticle toArticle() {
        if (!layers.containsAll(Layer.FINISHED)) {
            throw new IllegalStateException("article \"" + article.id() + "\" has only the layers " + layers
                    + "; an annotated article needs " + Layer.FINISHED);
        }
        return new AnnotatedArticle(article, normalized, sentences, mentions, List.copyOf(found.values()), facts,
                byline);
    }

    private Set<Layer> plus(Layer... added) {
        EnumSet<Layer> all = layers.isEmpty() ? EnumSet.noneOf(Layer.class) : EnumSet.copyOf(layers);
        all.addAll(List.of(added));
        return all;
    }
}
