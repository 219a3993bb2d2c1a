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
 * when the text gives an owner, the post only starts with the title, no term covers the date, or two
 * countries fit.
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
        assertEquals(null, TERMS.complete(position("john-doe", "Secretary", null), DAY).of(),
                "the post only starts with the title");
        assertEquals(null, TERMS.complete(position("max-moe", "President", null), DAY).of(), "two countries fit");
        assertEquals("syldavia", TERMS.complete(position("jane-roe", "President", "syldavia"), DAY).of(),
                "the text's owner stays");
        assertEquals(null, TERMS.complete(position("nobody", "President", null), DAY).of(), "no terms");
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
