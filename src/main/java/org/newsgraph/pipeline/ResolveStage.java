package org.newsgraph.pipeline;

import java.util.Set;
import org.newsgraph.world.Resolver;

/**
 * The stage "resolve": the mentions and found entities linked to the open data, with evidence (the
 * mentions and entities as they were when the open data is empty).
 *
 * @param resolver the resolver over the open data
 * @param kinds    the kinds and countries of the gazetteer's entities
 */
public record ResolveStage(Resolver resolver, EntityKinds kinds) implements Stage {
    @Override
    public String name() {
        return "resolve";
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.SENTENCES, Layer.SHAPES);
    }

    @Override
    public Set<Layer> provides() {
        return Set.of(Layer.LINKS);
    }

    @Override
    public Set<Layer> refines() {
        return Set.of(Layer.MENTIONS, Layer.FOUND);
    }

    @Override
    public Annotation apply(Annotation a) {
        Resolver.Result linked = resolver.resolve(a.sentences(), a.mentions(), a.found(), kinds.of(a.found()),
                kinds.countries(a.found()), a.article().metadata().published());
        return a.withLinks(linked.mentions(), linked.found());
    }
}
