package org.newsgraph.pipeline;

import java.util.Set;
import org.newsgraph.world.Predecessors;
import org.newsgraph.world.Resolver;

/**
 * The stage "resolve": the mentions and found entities linked to the open data, with evidence (the
 * mentions and entities as they were when the open data is empty); a state named in an article older than
 * the state is its predecessor ({@link Predecessors}: "Russian divisions" in 1956 are the Soviet Union's).
 *
 * @param resolver     the resolver over the open data
 * @param kinds        the kinds and countries of the gazetteer's entities
 * @param predecessors the states that others were before a date
 */
public record ResolveStage(Resolver resolver, EntityKinds kinds, Predecessors predecessors) implements Stage {
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
        Resolver.Result linked = resolver.resolve(a.sentences(),
                predecessors.apply(a.mentions(), a.article().metadata().published()), a.found(), kinds.of(a.found()),
                kinds.countries(a.found()), a.article().metadata().published());
        return a.withLinks(linked.mentions(), linked.found());
    }
}
