package org.newsgraph.world;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsgraph.gazetteer.LinkEvidence;
import org.newsgraph.gazetteer.Entity;
import org.newsgraph.gazetteer.Gazetteer;
import org.newsgraph.gazetteer.Kind;

/**
 * Wikidata ids the open data gives to curated gazetteer entities that have none. A curator's row always
 * wins: its label, kind, country and any id it gives stay as they are; an entity without an id takes the id
 * of the one open-data entry of its kind that bears its label (or one of its names of several words) and
 * belongs to its country (and, for a place with coordinates, lies within {@value #NEAR_KM} km of them: Srinagar in
 * Kashmir, not its namesake in Uttarakhand). An organisation without a country takes the id of the one entry of the open data
 * named exactly so (a party: "Hezbollah"); any other entity without a country, or with several such entries,
 * stays unlinked.
 *
 * <pre>{@code
 * Map<String, CuratedLinks.Link> links = CuratedLinks.of(gazetteer, world);
 * links.get("ilham-aliyev").entry().qid();
 * }</pre>
 */
public final class CuratedLinks {
    /** How far an open-data place may lie from a curated place's coordinates and be the same place. */
    static final double NEAR_KM = 50;

    private CuratedLinks() {
    }

    /**
     * A curated entity's link.
     *
     * @param entry    the open-data entry whose id it takes (for a person, also whose offices the data knows)
     * @param evidence why
     */
    public record Link(WorldEntry entry, LinkEvidence evidence) {
    }

    /**
     * The links of every curated entity without an id that the open data decides, by entity id, and the
     * refusals (entities that several entries could be), whose evidence lists the candidates.
     */
    public static Map<String, Link> of(Gazetteer gazetteer, WorldData world) {
        Map<String, Link> links = new LinkedHashMap<>();
        if (world.isEmpty()) {
            return links;
        }
        for (Entity e : gazetteer.entities()) {
            if (e.wikidata() != null) {
                continue;
            }
            if (e.country() == null) {
                uniqueOrganisation(e, world).ifPresent(link -> links.put(e.id(), link));
                continue;
            }
            Set<WorldEntry> candidates = new LinkedHashSet<>();
            List<String> names = new ArrayList<>();
            names.add(e.label());
            e.aliases().stream().filter(a -> a.trim().contains(" ")).forEach(names::add);
            for (String name : names) {
                for (WorldEntry w : world.named(name)) {
                    if (sameKind(e.kind(), w.entity().kind()) && w.in(e.country())) {
                        candidates.add(w);
                    }
                }
            }
            if (e.coordinates() != null) {
                // a curated place with coordinates: only an entry near it is the same place
                candidates.removeIf(w -> w.entity().coordinates() == null
                        || w.entity().coordinates().kilometresTo(e.coordinates()) > NEAR_KM);
            }
            if (candidates.size() == 1) {
                WorldEntry w = candidates.iterator().next();
                if (w.linkable()) {
                    String where = e.coordinates() == null ? "" : String.format(java.util.Locale.ROOT,
                            ", %.0f km from the curated coordinates", w.entity().coordinates().kilometresTo(e.coordinates()));
                    links.put(e.id(), new Link(w, new LinkEvidence(e.coordinates() == null ? "curated-name-and-country"
                            : "curated-name-country-and-place", 0.9, w.quality(), w.entity().source(), List.of(),
                            "the only " + w.entity().kind().label() + " of the open data with this name in the curated "
                                    + "entity's country" + where)));
                }
            }
        }
        return Collections.unmodifiableMap(links);
    }

    /**
     * An organisation the curator gave no country (a movement of several countries, a bloc): the one party of
     * the open data whose own name is its label ("Hezbollah"), when no other entry of any kind bears it.
     */
    private static java.util.Optional<Link> uniqueOrganisation(Entity e, WorldData world) {
        if (e.kind() != Kind.ORGANIZATION) {
            return java.util.Optional.empty();
        }
        List<WorldEntry> named = world.named(e.label());
        if (named.size() != 1 || named.get(0).entity().kind() != Kind.ORGANIZATION || !named.get(0).linkable()
                || !org.newsgraph.text.Names.key(named.get(0).entity().label())
                        .equals(org.newsgraph.text.Names.key(e.label()))) {
            return java.util.Optional.empty();
        }
        WorldEntry w = named.get(0);
        return java.util.Optional.of(new Link(w, new LinkEvidence("curated-unique-name", 0.8, w.quality(),
                w.entity().source(), List.of(), "the only entry of the open data with this name; the curated "
                        + "organisation has no country to check it by")));
    }

    private static boolean sameKind(Kind curated, Kind open) {
        boolean place = curated == Kind.SETTLEMENT || curated == Kind.REGION;
        return place ? open == Kind.SETTLEMENT || open == Kind.REGION : curated == open;
    }
}
