package org.newsgraph.pipeline;

import java.util.Map;
import java.util.function.Function;
import org.newsgraph.gazetteer.Entity;
import org.newsgraph.gazetteer.Gazetteer;
import org.newsgraph.gazetteer.Kind;
import org.newsgraph.model.Found;

/**
 * The kind and the country of an entity id, asked of the entities found in an article first and
 * of the gazetteer then (an id neither knows is a person's), as the stages hand them to the
 * finders, the resolver and the extractor.
 *
 * <pre>{@code
 * Function<String, Kind> kinds = new EntityKinds(gazetteer).of(annotation.found());
 * }</pre>
 *
 * @param gazetteer the entities the recogniser knows
 */
public record EntityKinds(Gazetteer gazetteer) {
    /** The kind of a gazetteer id, or {@link Kind#PERSON}. */
    public Function<String, Kind> gazetteerKinds() {
        return id -> gazetteer.get(id).map(Entity::kind).orElse(Kind.PERSON);
    }

    /** The kind of an id among {@code found}, else of the gazetteer. */
    public Function<String, Kind> of(Map<String, Found> found) {
        Function<String, Kind> gazetteerKinds = gazetteerKinds();
        return id -> found.containsKey(id) ? found.get(id).entity().kind() : gazetteerKinds.apply(id);
    }

    /** The country of an id among {@code found}, else of the gazetteer, or null. */
    public Function<String, String> countries(Map<String, Found> found) {
        return id -> found.containsKey(id) ? found.get(id).entity().country()
                : gazetteer.get(id).map(Entity::country).orElse(null);
    }
}
