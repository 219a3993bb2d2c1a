package org.newsgraph.world;

import java.util.List;
import java.util.Objects;
import org.newsgraph.gazetteer.IdQuality;
import org.newsgraph.gazetteer.Entity;

/**
 * One row of the open data: a place, party or person, with what telling namesakes apart needs.
 *
 * @param entity     the entity as newsgraph would describe it; its {@code wikidata} is set only when the
 *                   id's quality allows a link
 * @param qid        the id the source gives, whatever its quality, or null
 * @param quality    how well the id is attested
 * @param level      a place's rank: {@code capital}, {@code admin1-capital}, {@code town}, {@code admin1},
 *                   {@code admin2}; empty for others
 * @param population a place's population, 0 when unknown
 * @param countries  the gazetteer ids of every country the entry belongs to (a person may have several)
 */
public record WorldEntry(Entity entity, String qid, IdQuality quality, String level, long population,
        List<String> countries) {
    public WorldEntry {
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(quality, "quality");
        level = level == null ? "" : level;
        countries = List.copyOf(countries);
    }

    public String id() {
        return entity.id();
    }

    /** Whether the entry is of this country (or one of its countries). */
    public boolean in(String country) {
        return country != null && countries.contains(country);
    }

    /** Whether newsgraph links the entry's id (its quality and source pass the {@link IdPolicy}). */
    public boolean linkable() {
        return entity.wikidata() != null;
    }
}
