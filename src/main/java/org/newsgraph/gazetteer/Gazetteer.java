package org.newsgraph.gazetteer;

import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.newsgraph.text.Names;

/**
 * The entities newsgraph recognises, by id, in a stable order (file name, then row).
 *
 * <pre>{@code
 * Gazetteer gazetteer = GazetteerLoader.load(Path.of("data/gazetteer"));
 * Entity putin = gazetteer.get("vladimir-putin").orElseThrow();
 * }</pre>
 */
public final class Gazetteer {
    private final Map<String, Entity> byId;
    private final Map<String, Entity> byName = new HashMap<>();
    private final Map<String, Entity> byMetonym = new HashMap<>();

    /** A gazetteer of these entities; ids must be unique and countries must refer to entities here. */
    public Gazetteer(Collection<Entity> entities) {
        Map<String, Entity> map = new LinkedHashMap<>();
        for (Entity e : entities) {
            if (map.put(e.id(), e) != null) {
                throw new IllegalArgumentException("duplicate entity id " + e.id());
            }
        }
        for (Entity e : entities) {
            e.countryIfKnown().ifPresent(c -> {
                if (!map.containsKey(c)) {
                    throw new IllegalArgumentException(e.id() + " refers to unknown country " + c);
                }
            });
        }
        this.byId = Collections.unmodifiableMap(map);
        for (Entity e : map.values()) {
            byName.putIfAbsent(Names.key(e.label()), e);
            e.aliases().forEach(a -> byName.putIfAbsent(Names.key(a), e));
            e.metonyms().forEach(m -> byMetonym.putIfAbsent(Names.key(m), e));
        }
    }

    /** The entity with this id. */
    public Optional<Entity> get(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The entity whose label or alias is {@code name} (compared as name keys), if any. */
    public Optional<Entity> find(String name) {
        return Optional.ofNullable(byName.get(Names.key(name)));
    }

    /**
     * The entity whose government a metonym names ("White House" is the United States' government,
     * the country's metonyms column), if any: for a publisher, never for a mention in a text.
     */
    public Optional<Entity> findMetonym(String name) {
        return Optional.ofNullable(byMetonym.get(Names.key(name)));
    }

    /** Every entity, in load order. */
    public Collection<Entity> entities() {
        return byId.values();
    }

    public int size() {
        return byId.size();
    }
}
