package org.newsgraph.pipeline;

import java.util.Set;
import org.newsgraph.facts.FactExtractor;
import org.newsgraph.model.ArticleFacts;
import org.newsgraph.world.TermTitles;

/**
 * The stage "facts": what the article says about its entities (titles, memberships, quotations,
 * claims, attacks, casualties, meetings), from the linked mentions; a bare title completed from its
 * holder's term of office in the open data ({@link TermTitles}).
 *
 * @param extractor the fact extractor
 * @param kinds     the kinds and countries of the gazetteer's entities
 * @param terms     the open data's terms of office
 */
public record FactStage(FactExtractor extractor, EntityKinds kinds, TermTitles terms) implements Stage {
    @Override
    public String name() {
        return "facts";
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.SENTENCES, Layer.ROLES, Layer.MENTIONS, Layer.FOUND, Layer.PERSONS, Layer.BYLINE,
                Layer.LINKS);
    }

    @Override
    public Set<Layer> provides() {
        return Set.of(Layer.FACTS);
    }

    @Override
    public Annotation apply(Annotation a) {
        ArticleFacts facts = extractor.extract(new FactExtractor.Input(a.sentences(), a.mentions(),
                kinds.of(a.found()), a.persons(), a.article().metadata().published(), a.byline().publisher(),
                kinds.countries(a.found()), a.roles(),
                FactExtractor.Input.paragraphs(a.normalized().text(), a.sentences()), a.byline().authors()));
        return a.withFacts(new ArticleFacts(facts.structure(), facts.positions().stream()
                .map(p -> terms.complete(p, a.article().metadata().published())).distinct().toList(),
                facts.relations(), facts.quotations(), facts.claims(), facts.events(), facts.casualties()));
    }
}
