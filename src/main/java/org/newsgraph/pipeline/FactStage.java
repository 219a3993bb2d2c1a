package org.newsgraph.pipeline;

import java.util.Set;
import org.newsgraph.facts.FactExtractor;

/**
 * The stage "facts": what the article says about its entities (titles, memberships, quotations,
 * claims, attacks, casualties, meetings), from the linked mentions.
 *
 * @param extractor the fact extractor
 * @param kinds     the kinds and countries of the gazetteer's entities
 */
public record FactStage(FactExtractor extractor, EntityKinds kinds) implements Stage {
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
        return a.withFacts(extractor.extract(new FactExtractor.Input(a.sentences(), a.mentions(),
                kinds.of(a.found()), a.persons(), a.article().metadata().published(), a.byline().publisher(),
                kinds.countries(a.found()), a.roles(),
                FactExtractor.Input.paragraphs(a.normalized().text(), a.sentences()), a.byline().authors())));
    }
}
