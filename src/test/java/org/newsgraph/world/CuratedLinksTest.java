package org.newsgraph.world;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsgraph.gazetteer.Entity;
import org.newsgraph.gazetteer.Gazetteer;
import org.newsgraph.gazetteer.Kind;

/** Which curated entities take an id from the open data, and which must not. */
class CuratedLinksTest {
    private static Entity country(String id) {
        return new Entity(id, Kind.COUNTRY, id, List.of(), List.of(), List.of(), null, null, null);
    }

    private static Entity person(String id, String label, String country, String qid) {
        return new Entity(id, Kind.PERSON, label, List.of(), List.of(), List.of(), country, qid, qid == null ? null : "test");
    }

    private final Gazetteer gazetteer = new Gazetteer(List.of(country("iraq"), country("jordan"), country("peru"),
            country("france"), country("north-macedonia"), person("ali", "Ali Hassan", "iraq", null), person("maria", "Maria Lopez", "peru", null),
            person("ivan", "Ivan Petrov", null, null), person("daniel", "Daniel Ortiz", "france", null),
            person("dimitar", "Dimitar Kovach", "north-macedonia", "Q1"),
            new Entity("alliance", Kind.ORGANIZATION, "Green Alliance of Kosovo", List.of(), List.of(), List.of(), null,
                    null, null),
            new Entity("pp", Kind.ORGANIZATION, "PP", List.of(), List.of(), List.of(), null, null, null)));

    @Test
    void theOneNamesakeOfTheCuratedCountryGivesItsId() {
        Map<String, CuratedLinks.Link> links = CuratedLinks.of(gazetteer, WorldFixture.standard());
        assertEquals("ali-hassan-iq", links.get("ali").entry().id());
        assertEquals("curated-name-and-country", links.get("ali").evidence().rule());
    }

    @Test
    void namesakesInTheCountryANamesakeElsewhereOrNoCountryGiveNothing() {
        Map<String, CuratedLinks.Link> links = CuratedLinks.of(gazetteer, WorldFixture.standard());
        assertFalse(links.containsKey("maria"), "two Maria Lopez of Peru");
        assertFalse(links.containsKey("daniel"), "the data's Daniel Ortiz is of Nicaragua, the curator's of France");
        assertFalse(links.containsKey("ivan"), "a curated person without a country");
        assertFalse(links.containsKey("dimitar"), "a curated id always wins");
        assertFalse(links.containsKey("pp"), "an organisation without a country whose name two parties bear");
    }

    @Test
    void aCuratedPlaceWithCoordinatesTakesTheIdOfTheNamesakeNearIt() {
        Entity nearCapital = new Entity("victoria", Kind.SETTLEMENT, "Victoria", List.of(), List.of(), List.of(), "canada",
                null, null, new org.newsgraph.gazetteer.Coordinates(1.1, 1.1));
        Entity farAway = new Entity("victoria-far", Kind.SETTLEMENT, "Victoria", List.of(), List.of(),
                List.of(), "canada", null, null, new org.newsgraph.gazetteer.Coordinates(40, 40));
        Gazetteer g = new Gazetteer(List.of(country("canada"), nearCapital));
        assertEquals("curated-name-country-and-place", CuratedLinks.of(g, WorldFixture.standard()).get("victoria")
                .evidence().rule());
        Gazetteer far = new Gazetteer(List.of(country("canada"), farAway));
        assertFalse(CuratedLinks.of(far, WorldFixture.standard()).containsKey("victoria-far"),
                "the open data's Victoria lies thousands of kilometres from the curated one");
    }

    @Test
    void anOrganisationWithoutACountryTakesTheIdOfTheOnlyPartyOfItsName() {
        CuratedLinks.Link link = CuratedLinks.of(gazetteer, WorldFixture.standard()).get("alliance");
        assertEquals("green-alliance-xk", link.entry().id());
        assertEquals("curated-unique-name", link.evidence().rule());
    }
}
