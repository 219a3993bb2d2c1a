package org.newsgraph.pipeline;

import java.util.Set;
import org.newsgraph.text.Normalizer;

/**
 * The stage "normalise": the article's text repaired, with offsets back to the original.
 *
 * @param normalizer the rules ({@code rules/normalization.csv})
 */
public record NormalizeStage(Normalizer normalizer) implements Stage {
    @Override
    public String name() {
        return "normalise";
    }

    @Override
    public Set<Layer> requires() {
        return Set.of();
    }

    @Override
    public Set<Layer> provides() {
        return Set.of(Layer.TEXT);
    }

    @Override
    public Annotation apply(Annotation a) {
        return a.withText(normalizer.normalize(a.article().text()));
    }
}
