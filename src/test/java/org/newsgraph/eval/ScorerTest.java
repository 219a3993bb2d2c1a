package org.newsgraph.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Counting over small in-memory inputs: rows in, counts out. */
class ScorerTest {
    private static final Path FILE = Path.of("gold/a1.entities.csv");

    private static GoldEntity gold(String article, EntityType type, String canonical, String qid, String... surfaces) {
        return new GoldEntity(article, FILE, 2, List.of(surfaces), type, canonical, qid);
    }

    private static PredictedEntity predicted(String article, String label, String kind, String qid, String... names) {
        return new PredictedEntity(article, PredictedValue.entity("e:" + label, label, List.of(names)), kind, qid);
    }

    private static Predictions predictions(List<PredictedEntity> entities, List<PredictedRelation> relations) {
        return new Predictions(Set.of("a1", "a2"), entities, relations, List.of());
    }

    @Test
    void theSameWikidataItemMatchesWhateverItsName() {
        Gold g = Gold.of(List.of(gold("a1", EntityType.REGION, "Mopti", "Q214155", "Mopti"),
                gold("a1", EntityType.REGION, "Kayes", "", "Kayes")), List.of());
        Evaluation ev = Scorer.score(g, predictions(List.of(
                predicted("a1", "Mopti Region", "Region", "Q214155", "Mopti region"),
                predicted("a1", "Kayes Region", "Region", "")), List.of()));
        assertEquals(new Score(1, 1, 1), ev.entities().get(EntityType.REGION), "no id, no match by id");
    }

    @Test
    void entitiesAreCountedPerType() {
        Gold g = Gold.of(List.of(
                gold("a1", EntityType.COUNTRY, "Armenia", "Q399", "Armenia", "Armenian"),
                gold("a1", EntityType.CITY, "Yerevan", "Q1953", "Yerevan"),
                gold("a1", EntityType.PERSON, "Ilham Aliyev", ""),
                gold("a1", EntityType.EVENT, "2022 border clashes", "", "the clashes")), List.of());
        Evaluation ev = Scorer.score(g, predictions(List.of(
                predicted("a1", "Armenia", "Country", "Q399"),
                predicted("a1", "Yerevan", "Settlement", "Q1953"),
                predicted("a1", "Azerbaijan", "Country", "Q227"),
                predicted("a1", "CSTO", "Organization", "")), List.of()));
        assertEquals(new Score(1, 1, 0), ev.entities().get(EntityType.COUNTRY));
        assertEquals(new Score(1, 0, 0), ev.entities().get(EntityType.CITY));
        assertEquals(new Score(0, 0, 1), ev.entities().get(EntityType.PERSON));
        assertEquals(new Score(0, 1, 0), ev.entities().get(EntityType.ORGANIZATION));
        assertEquals(new Score(0, 0, 1), ev.entities().get(EntityType.EVENT));
        assertEquals(new Score(2, 2, 2), ev.entitiesTotal());
        assertEquals(2, ev.missedEntities().size());
        assertEquals(2, ev.spuriousEntities().size());
    }

    @Test
    void surfacesAndPredictedNamesBothCount() {
        Gold g = Gold.of(List.of(gold("a1", EntityType.ORGANIZATION, "Collective Security Treaty Organisation", "",
                "the bloc")), List.of());
        Evaluation byName = Scorer.score(g, predictions(List.of(predicted("a1",
                "Collective Security Treaty Organization", "Organization", "", "Collective Security Treaty Organisation")),
                List.of()));
        assertEquals(new Score(1, 0, 0), byName.entitiesTotal());
        Gold bySurface = Gold.of(List.of(gold("a1", EntityType.PERSON, "Nikol Vovayi Pashinyan", "",
                "Pashinyan")), List.of());
        assertEquals(new Score(1, 0, 0), Scorer.score(bySurface, predictions(List.of(
                predicted("a1", "Nikol Pashinyan", "Person", "", "Pashinyan")), List.of())).entitiesTotal());
    }

    @Test
    void wrongTypeOrOtherArticleDoesNotMatch() {
        Gold g = Gold.of(List.of(gold("a1", EntityType.CITY, "Baku", "", "Baku")), List.of());
        Evaluation ev = Scorer.score(g, predictions(List.of(
                predicted("a1", "Azerbaijan", "Country", "", "Baku"),
                predicted("a2", "Baku", "Settlement", "")), List.of()));
        assertEquals(new Score(0, 0, 1), ev.entities().get(EntityType.CITY));
        assertEquals(new Score(0, 1, 0), ev.entities().get(EntityType.COUNTRY));
        assertEquals(Set.of("a1"), ev.entityArticles(), "a2 has no gold, so its predictions are not scored");
    }

    @Test
    void eachPredictionMatchesOnce() {
        Gold g = Gold.of(List.of(
                gold("a1", EntityType.COUNTRY, "Armenia", "", "Armenia"),
                gold("a1", EntityType.COUNTRY, "Republic of Armenia", "", "Armenia")), List.of());
        Evaluation ev = Scorer.score(g, predictions(List.of(predicted("a1", "Armenia", "Country", "")), List.of()));
        assertEquals(new Score(1, 0, 1), ev.entitiesTotal());
    }

    @Test
    void wikidataLinksAreChecked() {
        Gold g = Gold.of(List.of(
                gold("a1", EntityType.COUNTRY, "Armenia", "Q399"),
                gold("a1", EntityType.COUNTRY, "Azerbaijan", "Q227"),
                gold("a1", EntityType.COUNTRY, "Turkey", ""),
                gold("a1", EntityType.COUNTRY, "Russia", "Q159"),
                gold("a1", EntityType.COUNTRY, "France", "")), List.of());
        Evaluation ev = Scorer.score(g, predictions(List.of(
                predicted("a1", "Armenia", "Country", "Q399"),
                predicted("a1", "Azerbaijan", "Country", "Q228"),
                predicted("a1", "Turkey", "Country", "Q43"),
                predicted("a1", "Russia", "Country", ""),
                predicted("a1", "France", "Country", "")), List.of()));
        assertEquals(new Evaluation.WikidataCheck(3, 1, 1, 1), ev.wikidata());
        assertEquals(2, ev.wikidata().wrong());
        assertEquals(2, ev.wrongLinks().size());
    }

    @Test
    void relationsAreCountedPerPredicate() {
        PredictedValue armenia = PredictedValue.entity("e:armenia", "Armenia", List.of());
        PredictedValue csto = PredictedValue.entity("e:csto", "CSTO", List.of());
        PredictedValue pashinyan = PredictedValue.entity("e:p", "Nikol Pashinyan", List.of());
        Gold g = Gold.of(List.of(), List.of(
                GoldRelation.of("a1", "Armenia", Predicate.MEMBER_OF, "CSTO"),
                GoldRelation.of("a1", "Armenia", Predicate.MEMBER_OF, "CSTO"),
                GoldRelation.of("a1", "Nikol Pashinyan", Predicate.HOLDS_POSITION, "Prime Minister @ Armenia")));
        Evaluation ev = Scorer.score(g, predictions(List.of(), List.of(
                PredictedRelation.of("a1", Predicate.MEMBER_OF, armenia, csto),
                new PredictedRelation("a1", Predicate.HOLDS_POSITION, pashinyan, armenia, "President", null, false),
                PredictedRelation.of("a2", Predicate.SUPPORTS, armenia, csto))));
        assertEquals(new Score(1, 0, 1), ev.relations().get(Predicate.MEMBER_OF));
        assertEquals(new Score(0, 1, 1), ev.relations().get(Predicate.HOLDS_POSITION));
        assertEquals(Score.ZERO, ev.relations().get(Predicate.SUPPORTS), "a2 has no relations gold");
        assertEquals(new Score(1, 1, 2), ev.relationsTotal());
        assertEquals(2, ev.missedRelations().size());
        assertEquals(1, ev.spuriousRelations().size());
    }

    @Test
    void aRelationFindsAnEntityMatchedByTheGoldsSurfaceUnderItsCanonicalName() {
        // the text misspells the name; the gold lists the misspelling as a surface and writes its
        // relations with the canonical name
        Gold g = Gold.of(List.of(gold("a1", EntityType.ORGANIZATION, "Office of Foreign Assets Control", "",
                        "Office of Foreign AssetsControl")),
                List.of(GoldRelation.of("a1", "Office of Foreign Assets Control", Predicate.ACCUSED, "Jane Roe"),
                        GoldRelation.of("a1", "Office of Foreign Assets Control", Predicate.ACCUSED, "John Doe")));
        PredictedEntity ofac = predicted("a1", "Office of Foreign AssetsControl", "Organization", "");
        PredictedValue roe = PredictedValue.entity("e:roe", "Jane Roe", List.of());
        PredictedValue other = PredictedValue.entity("e:other", "Office of Foreign Affairs", List.of());
        Evaluation ev = Scorer.score(g, predictions(List.of(ofac), List.of(
                PredictedRelation.of("a1", Predicate.ACCUSED, ofac.entity(), roe),
                PredictedRelation.of("a1", Predicate.ACCUSED, other, PredictedValue.entity("e:doe", "John Doe",
                        List.of())))));
        assertEquals(new Score(1, 1, 1), ev.relations().get(Predicate.ACCUSED),
                "the aligned entity answers to the canonical name; an entity the gold never matched does not");
    }

    @Test
    void eventDatesAreScoredOnlyWhereTheGoldDatesEventsAndOutsideTheTotal() {
        PredictedValue armenia = PredictedValue.entity("e:armenia", "Armenia", List.of());
        PredictedValue turkey = PredictedValue.entity("e:turkey", "Turkey", List.of());
        PredictedRelation meeting = PredictedRelation.of("a1", Predicate.MEETING_BETWEEN, armenia, turkey);
        Predictions predicted = predictions(List.of(), List.of(meeting, PredictedRelation.dated(meeting, "2024-03-04")));
        Gold dated = Gold.of(List.of(), List.of(GoldRelation.of("a1", "Armenia", Predicate.MEETING_BETWEEN, "Turkey"),
                GoldRelation.of("a1", "Armenia meetingBetween Turkey", Predicate.OCCURRED_ON, "2024-03-04")));
        Evaluation ev = Scorer.score(dated, predicted);
        assertEquals(new Score(1, 0, 0), ev.relations().get(Predicate.OCCURRED_ON));
        assertEquals(new Score(1, 0, 0), ev.relationsTotal(), "dates stay outside the relations' total");
        Gold undated = Gold.of(List.of(), List.of(GoldRelation.of("a1", "Armenia", Predicate.MEETING_BETWEEN, "Turkey")));
        assertEquals(Score.ZERO, Scorer.score(undated, predicted).relations().get(Predicate.OCCURRED_ON),
                "gold that dates no event does not score dates");
        assertTrue(!EvaluationReport.format(Scorer.score(undated, predicted), false).contains("event dates"));
    }

    @Test
    void reportShowsTablesAndDetails() {
        Gold g = Gold.of(List.of(gold("a1", EntityType.COUNTRY, "Armenia", "Q399")), List.of(
                GoldRelation.of("a1", "Armenia", Predicate.MEMBER_OF, "CSTO [negated]")));
        Evaluation ev = Scorer.score(g, predictions(List.of(predicted("a1", "Armenia", "Country", "Q399")),
                List.of()));
        String text = EvaluationReport.format(ev, true);
        assertTrue(text.contains("Articles evaluated: a1"), text);
        assertTrue(text.matches(
                "(?s).*\\nCountry\\s+1\\s+0\\s+0\\s+1\\.000\\s+1\\.000\\s+1\\.000\\n.*"), text);
        assertTrue(text.matches(
                "(?s).*\\nmemberOf\\s+0\\s+0\\s+1\\s+0\\.000\\s+0\\.000\\s+0\\.000\\n.*"), text);
        assertTrue(text.contains("Wikidata links: 1 checked, 0 wrong"), text);
        assertTrue(text.contains("missed relation:    Armenia memberOf CSTO [negated]"),
                text);
    }
}
