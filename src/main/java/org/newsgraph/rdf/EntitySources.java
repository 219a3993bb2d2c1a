package org.newsgraph.rdf;

import java.util.Map;
import java.util.Objects;
import org.newsgraph.gazetteer.AcceptedLinks;
import org.newsgraph.gazetteer.Gazetteer;
import org.newsgraph.world.CuratedLinks;
import org.newsgraph.world.WorldData;

/**
 * What the entities graph is described from, besides the articles: the gazetteer, the open data
 * (for the offices of linked people), the Wikidata ids the open data gives curated entities, and
 * the links {@code newsgraph link} accepted. The build takes them from the pipeline it loaded, so
 * that {@link CorpusEmitter} needs nothing of the pipeline itself.
 *
 * <pre>{@code
 * EntitySources sources = new EntitySources(gazetteer, WorldData.EMPTY, Map.of(), Map.of());
 * CorpusEmitter emitter = new CorpusEmitter(new Iris(Iris.DEFAULT_BASE), sources);
 * }</pre>
 *
 * @param gazetteer    the curated entities
 * @param world        the open data, {@code WorldData.EMPTY} when there is none
 * @param curatedLinks Wikidata ids the open data gives curated entities without one, by entity id
 * @param links        Wikidata links accepted by {@code newsgraph link}, by entity id
 */
public record EntitySources(Gazetteer gazetteer, WorldData world, Map<String, CuratedLinks.Link> curatedLinks,
        Map<String, AcceptedLinks.Link> links) {
    public EntitySources {
        Objects.requireNonNull(gazetteer, "gazetteer");
        Objects.requireNonNull(world, "world");
        curatedLinks = Map.copyOf(curatedLinks);
        links = Map.copyOf(links);
    }
}
