package org.newsgraph.world;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Evidence;
import org.newsgraph.model.Facts.Position;

/**
 * A bare title's owner from the holder's terms of office in a made-up world: filled when the terms covering
 * the article's date whose post, without its country's name, is the title are all of one country; never
 * when the text gives an owner, no term covers the date, or two
 * countries fit. A bare head of one fitting post's name ("Secretary" of "Secretary of State") takes the whole
 * name.
 */
class TermTitlesTest {
    private static final Map<String, String> COUNTRIES = Map.of("borduria", "Borduria", "syldavia", "Syldavia");
    private static final WorldData WORLD = new WorldFixture()
            .person("jane-roe", "Jane Roe", "borduria").office("jane-roe", "President of Borduria", "borduria",
                    "2019-05-01", "2024-05-01")
            .person("john-doe", "John Doe", "borduria").office("john-doe", "Borduria Secretary of State", "borduria",
                    "2020-01-01", "")
            .person("max-moe", "Max Moe", "borduria").office("max-moe", "President of Borduria", "borduria", "2010", "")
            .office("max-moe", "President of Syldavia", "syldavia", "2012", "")
            .build();
    private static final TermTitles TERMS = new TermTitles(WORLD, Map.of(), COUNTRIES::get);
    private static final TermTitles TWO_POSTS = new TermTitles(new WorldFixture()
            .person("ann-poe", "Ann Poe", "borduria")
            .office("ann-poe", "Minister of Foreign Affairs of Borduria", "borduria", "2020", "")
            .office("ann-poe", "Minister of Justice of Borduria", "borduria", "2021", "")
            .build(), Map.of(), COUNTRIES::get);
    private static final LocalDate DAY = LocalDate.of(2023, 3, 15);

    @Test
    void theOneCountryWhosePostIsTheTitleOwnsIt() {
        assertEquals("borduria", TERMS.complete(position("jane-roe", "President", null), DAY).of());
        assertEquals("President", TERMS.complete(position("jane-roe", "President", null), DAY).title());
    }

    @Test
    void nothingChangesWithoutOneFittingTermOrWithAnOwnerGiven() {
        assertEquals(null, TERMS.complete(position("jane-roe", "President", null), LocalDate.of(2025, 1, 1)).of(),
                "the term had ended");
        assertEquals(null, TERMS.complete(position("max-moe", "President", null), DAY).of(), "two countries fit");
        assertEquals("syldavia", TERMS.complete(position("jane-roe", "President", "syldavia"), DAY).of(),
                "the text's owner stays");
        assertEquals(null, TERMS.complete(position("nobody", "President", null), DAY).of(), "no terms");
    }

    @Test
    void aBareHeadOfOneFittingPostTakesThePostsWholeName() {
        Position secretary = TERMS.complete(position("john-doe", "Secretary", null), DAY);
        assertEquals("Secretary of State", secretary.title(), "\"Secretary Doe\", as a department writes its head");
        assertEquals("borduria", secretary.of());
        assertEquals(null, TERMS.complete(position("john-doe", "Secretary", null), LocalDate.of(2019, 1, 1)).of(),
                "no term covers the date");
        assertEquals("State", TERMS.complete(position("john-doe", "State", null), DAY).title(),
                "only a head before \"of\"");
        assertEquals(null, TWO_POSTS.complete(position("ann-poe", "Minister", null), DAY).of(),
                "two posts start with the bare head");
    }

    @Test
    void aPostLosesItsCountrysNameAtEitherEnd() {
        assertEquals("Secretary of State", TermTitles.withoutCountry("United States Secretary of State", "United States"));
        assertEquals("Prime Minister", TermTitles.withoutCountry("Prime Minister of the Armenia", "Armenia"));
        assertEquals("Prime Minister", TermTitles.withoutCountry("Prime Minister of Armenia", "Armenia"));
    }

    private static Position position(String person, String title, String of) {
        return new Position(person, title, of, new Evidence(1, 0, 10, "title-before-name"));
    }
}
