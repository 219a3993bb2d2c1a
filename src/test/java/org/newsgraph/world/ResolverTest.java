package org.newsgraph.world;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newsgraph.article.Article;
import org.newsgraph.article.ArticleMetadata;
import org.newsgraph.gazetteer.IdQuality;
import org.newsgraph.model.AnnotatedArticle;
import org.newsgraph.model.Found;
import org.newsgraph.pipeline.Pipeline;
import org.newsgraph.review.LinkReview;

/**
 * The open-data stage inside the whole pipeline, over the made-up open data of
 * {@code src/test/resources/world/opendata} and the project's gazetteer and rules.
 */
class ResolverTest {
    private static final Pipeline PIPELINE = Pipeline.load(Path.of("data/gazetteer"), Path.of("data/rules"),
            Path.of("src/test/resources/world/opendata"));

    private static AnnotatedArticle annotate(String text) {
        return PIPELINE.annotate(new Article("t", "t.txt", text,
                new ArticleMetadata(null, null, null, LocalDate.of(2022, 9, 13), List.of())));
    }

    private static Optional<Found> found(AnnotatedArticle a, String id) {
        return a.found().stream().filter(f -> f.entity().id().equals(id)).findFirst();
    }

    private static List<String> mentioned(AnnotatedArticle a) {
        return a.mentions().stream().map(m -> m.entityId()).toList();
    }

    @Test
    void aTownTheGazetteerDoesNotKnowIsFoundAndLinkedWithItsEvidence() {
        AnnotatedArticle a = annotate("Armenian troops were shelled near Tavushavan on Tuesday.");
        Found town = found(a, "tavush-town-am").orElseThrow();
        assertEquals("Q9900001", town.entity().wikidata());
        assertEquals("place-in-named-country", town.link().rule());
        assertEquals(IdQuality.CONFIRMED, town.link().quality());
        assertEquals("armenia", town.entity().country());
        assertNotNull(town.entity().coordinates());
        assertTrue(mentioned(a).contains("tavush-town-am"));
    }

    @Test
    void aTownAfterOnIsFoundInACountryTheArticleNames() {
        assertTrue(mentioned(annotate("Armenian officials condemned the raid on Tavushavan.")).contains("tavush-town-am"));
        assertFalse(mentioned(annotate("Officials condemned the raid on Tavushavan.")).contains("tavush-town-am"),
                "no country named: one word is no place");
    }

    @Test
    void aSingleSourceIdOfAnUntrustedSourceIsNotLinked() {
        AnnotatedArticle a = annotate("Armenian troops were shelled near Berdavan on Tuesday.");
        Found town = found(a, "berdavan-am").orElseThrow();
        assertNull(town.entity().wikidata(), "a dr5hn-only id is not linked (data/rules/id-sources.csv)");
        assertEquals("place-in-named-country", town.link().rule(), "the place is still told from its Georgian namesake");
    }

    @Test
    void aPlaceOfNamesakesInTheArticlesCountryIsLeftAlone() {
        AnnotatedArticle a = annotate("Ukrainian forces said shells fell in Krasnoye overnight.");
        assertTrue(a.found().stream().noneMatch(f -> f.entity().label().equals("Krasnoye")));
    }

    @Test
    void aPlaceTheShapeRulesFoundIsLinkedWhenTheEvidenceDecides() {
        AnnotatedArticle a = annotate("Ukrainian officials said the Dolyna region was hit.");
        Found region = a.found().stream().filter(f -> f.entity().label().equals("Dolyna Oblast")).findFirst()
                .orElseThrow(() -> new AssertionError(a.found()));
        assertEquals("Q9900006", region.entity().wikidata());
    }

    @Test
    void anIdSourcesDisagreeOnIsNotLinkedButListedForReview() {
        AnnotatedArticle a = annotate("Ukrainian troops regrouped in Zorya after the attack.");
        Found town = found(a, "zorya-ua").orElseThrow();
        assertNull(town.entity().wikidata());
        assertTrue(LinkReview.needsLook(town));
    }

    @Test
    void aTitleChoosesAmongNamesakesAndTheirMentionsFollow() {
        AnnotatedArticle a = annotate("Armenian Foreign Minister Hovik Sargsyan met his counterpart. Sargsyan said talks went well.");
        Found person = found(a, "hovik-sargsyan").orElseThrow(() -> new AssertionError(a.found()));
        assertEquals("Q9900021", person.entity().wikidata());
        assertEquals("title-and-office-at-date", person.link().rule());
        assertEquals(List.of("Q9900022"), person.link().competitors());
        assertEquals(2, mentioned(a).stream().filter("hovik-sargsyan"::equals).count(), "the surname follows the person");
    }

    @Test
    void withoutATitleNamesakesOfOneCountryAreNotLinked() {
        AnnotatedArticle a = annotate("Armenia's Hovik Sargsyan said talks went well.");
        assertTrue(a.found().stream().filter(f -> f.entity().label().equals("Hovik Sargsyan"))
                .allMatch(f -> f.entity().wikidata() == null), a.found().toString());
    }

    @Test
    void aCountrysNameAfterATownIsTheStateOfTheArticlesCountry() {
        AnnotatedArticle a = annotate("U.S. officials said soldiers from Fort Moore, Georgia, were wounded.");
        assertTrue(mentioned(a).contains("georgia-us"), a.mentions().toString());
        assertFalse(mentioned(a).contains("georgia"));
        assertEquals("region-after-town", found(a, "georgia-us").orElseThrow().link().rule());
    }

    @Test
    void aCountrysNameAfterItsOwnTownOrInAnArticleOnItIsTheCountry() {
        assertTrue(mentioned(annotate("U.S. envoys met officials in Tbilisi, Georgia, on Monday.")).contains("georgia"),
                "Tbilisi is Georgia's");
        assertTrue(mentioned(annotate("Troops from Fort Moore, Georgia, arrived.")).contains("georgia"),
                "the article names no country holding a region of that name");
        assertTrue(mentioned(annotate("U.S. officials said Georgia and Armenia would talk.")).contains("georgia"),
                "no town before it");
    }

    @Test
    void aKnownCityCalledATownInAnArticleOnAnotherCountryIsAnotherPlace() {
        AnnotatedArticle a = annotate("Mozambique said insurgents attacked the town of Palma on Wednesday. "
                + "Troops later retook Palma.");
        assertFalse(mentioned(a).contains("palma"), "Palma of Spain, a country the article never names: " + a.mentions());
        Found town = found(a, "palma-town").orElseThrow(() -> new AssertionError(a.found()));
        assertEquals(TownsElsewhere.UNPLACED, town.rule());
        assertNull(town.entity().wikidata());
        assertNull(town.entity().country());
        assertEquals(2, mentioned(a).stream().filter("palma-town"::equals).count(), "every mention follows");
    }

    @Test
    void aKnownCityCalledATownIsTheOpenDatasTownOfANamedCountry() {
        AnnotatedArticle a = annotate("Ukraine said rebels attacked the town of Palma on Wednesday.");
        Found town = found(a, "palma-ua").orElseThrow(() -> new AssertionError(a.found()));
        assertEquals(TownsElsewhere.PLACED, town.rule());
        assertEquals("Q9900040", town.entity().wikidata());
        assertTrue(mentioned(a).contains("palma-ua"));
    }

    @Test
    void aKnownCityKeepsItsReadingWhereTheArticlePlacesItOrCallsItNoTown() {
        assertTrue(mentioned(annotate("Spanish police arrested two men in the town of Palma.")).contains("palma"),
                "the article names Spain by its demonym");
        assertTrue(mentioned(annotate("Mozambique and Senegal signed a deal in Palma.")).contains("palma"),
                "no word calls it a town");
        assertTrue(mentioned(annotate("Police arrested two men in the town of Palma.")).contains("palma"),
                "the article names no country");
        assertTrue(mentioned(annotate("Mozambique said the city of Palma was calm.")).contains("palma"),
                "a city is what the gazetteer knows it as");
    }

    @Test
    void aPersonTheShapeRulesCutShortIsTheDatasLongerName() {
        AnnotatedArticle a = annotate("Guatemalan Attorney General Ana Maria Soto Vega de Luna resigned on Monday.");
        assertTrue(mentioned(a).contains("ana-maria-soto-vega-de-luna"), a.mentions().toString());
        assertTrue(a.found().stream().noneMatch(f -> f.entity().id().equals("ana-maria-soto-vega")),
                "the name the shape rules cut short is gone: " + a.found());
    }

    @Test
    void aTitleOfABodyBeforeTheNameChoosesAmongNamesakes() {
        AnnotatedArticle a = annotate("She met the Minister of Foreign Affairs of Armenia Hovik Sargsyan on Monday.");
        Found person = found(a, "hovik-sargsyan").orElseThrow(() -> new AssertionError(a.found()));
        assertEquals("title-and-office-at-date", person.link().rule());
    }

    @Test
    void aPersonWrittenWithMoreSurnamesIsTheDatasShorterName() {
        AnnotatedArticle a = annotate("Armenian Foreign Minister Hovik Sargsyan Arakelyan met his counterpart.");
        Found person = a.found().stream().filter(f -> "Q9900021".equals(f.entity().wikidata())).findFirst()
                .orElseThrow(() -> new AssertionError(a.found()));
        assertTrue(person.entity().aliases().contains("Hovik Sargsyan Arakelyan"), person.entity().aliases().toString());
    }

    @Test
    void aCuratedEntityWithoutAnIdTakesTheOneTheOpenDataGives() {
        CuratedLinks.Link link = PIPELINE.curatedLinks().get("ilham-aliyev");
        assertEquals("Q9900020", link.entry().qid());
        assertEquals("ilham-aliyev-q9900020", link.entry().id(), "the open-data row yields the curated id");
        assertEquals(1, PIPELINE.world().offices(link.entry().id()).size(), "its offices follow the renamed row");
        assertFalse(PIPELINE.curatedLinks().containsKey("vladimir-putin"), "a curated id stays as the curator wrote it");
    }
}
