package org.newsgraph.pipeline;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.newsgraph.discover.ShapeFinder;
import org.newsgraph.model.Found;

/**
 * The stage "shapes": organisations, places and events the gazetteer does not know, found by the
 * shape of their names.
 *
 * @param finder the shape finder
 * @param kinds  the kinds of the gazetteer's entities
 */
public record ShapeStage(ShapeFinder finder, EntityKinds kinds) implements Stage {
    @Override
    public String name() {
        return "shapes";
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.SENTENCES, Layer.PERSONS, Layer.BYLINE);
    }

    @Override
    public Set<Layer> provides() {
        return Set.of(Layer.SHAPES);
    }

    @Override
    public Set<Layer> refines() {
        return Set.of(Layer.MENTIONS, Layer.FOUND);
    }

    @Override
    public Annotation apply(Annotation a) {
        ShapeFinder.Result shapes = finder.find(a.sentences(), a.mentions(), kinds.of(a.found()));
        Map<String, Found> found = new LinkedHashMap<>(a.found());
        shapes.found().forEach(f -> found.putIfAbsent(f.entity().id(), f));
        return a.withShapes(shapes.mentions(), found);
    }
}
