package org.newsgraph.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.review.ReviewFixture.article;
import static org.newsgraph.review.ReviewFixture.ids;
import static org.newsgraph.review.ReviewFixture.review;
import static org.newsgraph.review.ReviewFixture.row;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.article.Article;
import org.newsgraph.discover.PersonFinder;
import org.newsgraph.gazetteer.Kind;
import org.newsgraph.model.AnnotatedArticle;
import org.newsgraph.model.Found;

/**
 * Tests {@link UnknownEntityCollector} with the real pipeline: mentions are counted and merged
 * by id across articles, rows are sorted by count then id, the confidence follows the documented
 * sum, examples and rows are limited by the options, and aliases never collide with the
 * gazetteer or with each other.
 */
class UnknownEntityCollectorTest {
    private static final Article KURTI_1 = article("a1", "Prime Minister Albin Kurti said the border would stay open.\n\n"
            + "Kurti spoke to reporters in Pristina on Monday.\n");
    private static final Article KURTI_2 = article("a2", "Prime Minister Albin Kurti met officials on Tuesday.\n\n"
            + "The talks were useful, the minister told them.\n\nKurti left on Wednesday.\n\n"
            + "Mark Taylor said the talks would go on.\n");

    @Test
    void countsMentionsAndMergesAcrossArticles() {
        Review r = review(3, 1, KURTI_1, KURTI_2);
        assertEquals(2, r.articles());
        ReviewRow kurti = row(r, "albin-kurti");
        assertEquals(4, kurti.count(), kurti::toString);
        assertEquals(2, kurti.articles());
        assertEquals(Kind.PERSON, kurti.entity().kind());
        assertEquals("Albin Kurti", kurti.entity().label());
        assertEquals(List.of("Albin Kurti", "Kurti"), kurti.surfaces());
        assertEquals(List.of("Kurti"), kurti.entity().aliases());
        assertEquals(List.of("person-surname", "person-title"), kurti.rules());
        assertEquals(1, ids(r).stream().filter("albin-kurti"::equals).count(), "one row per id");
    }

    @Test
    void leavesOutGazetteerEntities() {
        Review r = review(3, 1, article("a1", "Prime Minister Nikol Pashinyan met Laurence Broers in Yerevan.\n"));
        assertTrue(r.rows().isEmpty(), () -> ids(r).toString());
    }

    @Test
    void sortsByCountThenId() {
        Review r = review(3, 1, KURTI_1, KURTI_2,
                article("a3", "Zara Young said it was calm.\n\nAnna Brown said so too.\n"));
        assertEquals(List.of("albin-kurti", "anna-brown", "mark-taylor", "zara-young"), ids(r));
    }

    @Test
    void confidenceGrowsWithFullNameRoleCueRulesAndArticles() {
        Review r = review(3, 1, KURTI_1, KURTI_2, article("a3", "The dialogue must go on, Lajčák said.\n"));
        // 0.2 + full name 0.2 + title 0.2 + one more rule 0.1 + one more article 0.1
        assertEquals(0.8, row(r, "albin-kurti").confidence(), 1e-9);
        // 0.2 + full name 0.2
        assertEquals(0.4, row(r, "mark-taylor").confidence(), 1e-9);
        // 0.2: one word, a speech verb, one article
        assertEquals(0.2, row(r, "lajcak").confidence(), 1e-9);
        assertTrue(row(r, "albin-kurti").confidence() > row(r, "mark-taylor").confidence());
        assertTrue(row(r, "mark-taylor").confidence() > row(r, "lajcak").confidence());
    }

    @Test
    void confidenceReachesOneWithAllTheEvidence() {
        // each mention counts for the rule the pipeline recorded: the title where the article has one, the
        // speech verb where it has none, the surname rule for the surname alone
        String titled = "Prime Minister Albin Kurti met officials.\n\nKurti spoke on Monday.\n";
        String spoken = "The border will stay open, Albin Kurti said.\n";
        Review r = review(3, 1, article("a1", titled), article("a2", titled), article("a3", spoken),
                article("a4", spoken));
        ReviewRow kurti = row(r, "albin-kurti");
        // as often as each other (twice), so in name order
        assertEquals(List.of("person-speaker", "person-surname", "person-title"), kurti.rules());
        assertEquals(1.0, kurti.confidence(), 1e-9);
    }

    @Test
    void limitsTheExamples() {
        Review two = review(2, 1, KURTI_1, KURTI_2);
        assertEquals(List.of("Prime Minister Albin Kurti said the border would stay open.",
                "Kurti spoke to reporters in Pristina on Monday."), row(two, "albin-kurti").examples());
        assertEquals(List.of(), row(review(0, 1, KURTI_1), "albin-kurti").examples());
        assertEquals(3, row(review(3, 1, KURTI_1, KURTI_2), "albin-kurti").examples().size());
    }

    @Test
    void minCountLeavesOutRareNames() {
        Review r = review(3, 2, KURTI_1, KURTI_2);
        assertEquals(List.of("albin-kurti"), ids(r));
        assertFalse(ids(review(3, 5, KURTI_1, KURTI_2)).contains("albin-kurti"));
    }

    @Test
    void bylinesAndMetadataAuthorsAreRoleCues() {
        Review r = review(3, 1, article("a1", "By Jane Roe\nGeorgia closed its border with Russia.\n",
                List.of("Olga Ivanova")));
        ReviewRow roe = row(r, "jane-roe");
        assertEquals(List.of("person-credit"), roe.rules());
        assertEquals(0.6, roe.confidence(), 1e-9);
        ReviewRow ivanova = row(r, "olga-ivanova");
        assertEquals(1, ivanova.count(), "an author named only by the metadata is seen once");
        assertEquals(List.of("person-manifest"), ivanova.rules());
        assertEquals(List.of(), ivanova.examples());
    }

    @Test
    void aSurnameSeenForTwoPeopleIsNoAlias() {
        Review r = review(3, 1,
                article("a1", "Prime Minister Jane Smith said the border would stay open.\n\nSmith spoke on Monday.\n"),
                article("a2", "Prime Minister John Smith said the border was closed.\n\nSmith spoke on Friday.\n"));
        assertEquals(List.of(), row(r, "jane-smith").entity().aliases());
        assertEquals(List.of(), row(r, "john-smith").entity().aliases());
        assertTrue(r.notes().contains("jane-smith: alias \"Smith\" left out: it is also seen for john-smith"),
                r.notes()::toString);
    }

    @Test
    void aNameTheGazetteerAlreadyHasIsNotListed() {
        // a metadata author named by an alias of antony-blinken is that entity: nothing to review
        Review linked = review(3, 1, article("a1", "Georgia closed its border with Russia.\n", List.of("Tony Blinken")));
        assertFalse(ids(linked).contains("tony-blinken"), () -> ids(linked).toString());
        assertEquals(List.of(), linked.notes());
        // a found entity whose name the gazetteer has, however it came about, is noted and not listed
        AnnotatedArticle a = ReviewFixture.PIPELINE.annotate(article("a1", "Georgia closed its border with Russia.\n"));
        List<Found> found = new java.util.ArrayList<>(a.found());
        found.add(new Found(PersonFinder.person("Tony Blinken"), "person-manifest", 1.0));
        Review r = new UnknownEntityCollector(ReviewFixture.PIPELINE.gazetteer(), ReviewFixture.LEXICON, 3, 1)
                .collect(List.of(new AnnotatedArticle(a.article(), a.normalized(), a.sentences(), a.mentions(), found,
                        a.facts(), a.byline())));
        assertFalse(ids(r).contains("tony-blinken"), () -> ids(r).toString());
        assertEquals(List.of("tony-blinken: \"Tony Blinken\" is already a name of the gazetteer entity antony-blinken; "
                + "not listed (the pipeline did not link this mention to it)"), r.notes());
    }

    @Test
    void refusesBadOptions() {
        var gazetteer = ReviewFixture.PIPELINE.gazetteer();
        assertThrows(IllegalArgumentException.class,
                () -> new UnknownEntityCollector(gazetteer, ReviewFixture.LEXICON, -1, 1));
        assertThrows(IllegalArgumentException.class,
                () -> new UnknownEntityCollector(gazetteer, ReviewFixture.LEXICON, 3, 0));
    }
}
