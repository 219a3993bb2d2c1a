package org.newsgraph.pipeline;

import org.newsgraph.model.Byline;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsgraph.discover.Bylines;
import org.newsgraph.model.Found;
import org.newsgraph.model.Mention;

/**
 * The stage "byline": the publisher and authors of the article's metadata as entities, and their
 * names where the text gives them.
 *
 * @param bylines the resolver of publishers and authors
 */
public record BylineStage(Bylines bylines) implements Stage {
    @Override
    public String name() {
        return "byline";
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.SENTENCES, Layer.PERSONS);
    }

    @Override
    public Set<Layer> provides() {
        return Set.of(Layer.BYLINE);
    }

    @Override
    public Set<Layer> refines() {
        return Set.of(Layer.MENTIONS, Layer.FOUND);
    }

    @Override
    public Annotation apply(Annotation a) {
        Byline byline = bylines.resolve(a.article().metadata());
        Map<String, Found> found = new LinkedHashMap<>(a.found());
        byline.found().forEach(f -> found.putIfAbsent(f.entity().id(), f));
        List<Mention> mentions = new ArrayList<>(a.mentions());
        mentions.addAll(Bylines.inText(a.sentences(), a.mentions(), byline));
        mentions.sort(Comparator.comparingInt(Mention::start));
        return a.withByline(byline).withFound(found).withMentions(mentions);
    }
}
