package org.newsgraph.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Tests {@link Gazetteer}, {@link Entity} and {@link Kind}: the invariants the loader relies on. */
class GazetteerTest {
    private static Entity entity(String id, Kind kind, String country) {
        return new Entity(id, kind, id, List.of(), List.of(), List.of(), country, null, null);
    }

    @Test
    void keepsEntitiesInOrderAndFindsThemById() {
        Gazetteer g = new Gazetteer(List.of(entity("b", Kind.COUNTRY, null), entity("a", Kind.SETTLEMENT, "b")));
        assertEquals(2, g.size());
        assertEquals(List.of("b", "a"), g.entities().stream().map(Entity::id).toList());
        assertEquals("a", g.get("a").orElseThrow().id());
        assertEquals(Optional.empty(), g.get("c"));
    }

    @Test
    void rejectsDuplicateIdsAndUnknownCountries() {
        assertThrows(IllegalArgumentException.class,
                () -> new Gazetteer(List.of(entity("a", Kind.COUNTRY, null), entity("a", Kind.REGION, null))));
        assertThrows(IllegalArgumentException.class, () -> new Gazetteer(List.of(entity("a", Kind.REGION, "x"))));
    }

    @Test
    void entityChecksIdAndWikidata() {
        assertThrows(IllegalArgumentException.class, () -> entity("Bad Id", Kind.PERSON, null));
        assertThrows(IllegalArgumentException.class,
                () -> new Entity("a", Kind.PERSON, "A", List.of(), List.of(), List.of(), null, "Q-12", "src"));
        assertThrows(IllegalArgumentException.class,
                () -> new Entity("a", Kind.PERSON, "A", List.of(), List.of(), List.of(), null, "Q12", " "));
        assertEquals(Optional.of("Q12"),
                new Entity("a", Kind.PERSON, "A", List.of(), List.of(), List.of(), null, "Q12", "src").wikidataIfKnown());
    }

    @Test
    void kindParsesExactLabelsOnly() {
        assertEquals(Optional.of(Kind.SETTLEMENT), Kind.parse("Settlement"));
        assertEquals(Optional.empty(), Kind.parse("settlement"));
        assertEquals(Optional.empty(), Kind.parse("City"));
        assertEquals("Person", Kind.PERSON.label());
        assertEquals("Country, Person, Organization, Settlement, Region, NamedEvent", Kind.labels());
    }
}
