package org.newsgraph.world;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsgraph.gazetteer.Kind;

/** Each decision of the disambiguator, the links it makes and the ones it must refuse. */
class DisambiguatorTest {
    private static final Set<Kind> PLACES = Set.of(Kind.SETTLEMENT, Kind.REGION);
    private static final Set<Kind> PEOPLE = Set.of(Kind.PERSON);
    private static final LocalDate DAY = LocalDate.of(2022, 9, 13);
    private final Disambiguator disambiguator = new Disambiguator(WorldFixture.standard(), WorldFixture.TITLES);

    private Disambiguator.Decision place(String name, String... countries) {
        return disambiguator.decide(new Disambiguator.Query(name, PLACES, null, false),
                new Disambiguator.Context(Set.of(countries), DAY));
    }

    private Disambiguator.Decision person(String name, String title, LocalDate date, String... countries) {
        return disambiguator.decide(new Disambiguator.Query(name, PEOPLE, title, !name.contains(" ")),
                new Disambiguator.Context(Set.of(countries), date));
    }

    @Test
    void thePlaceOfACountryTheArticleNamesWins() {
        Disambiguator.Decision d = place("Victoria", "seychelles");
        assertEquals("victoria-sc", d.chosen().id());
        assertEquals("place-in-named-country", d.rule());
        assertTrue(d.linked());
        assertEquals(2, d.evidence().competitors().size(), "the namesakes weighed are recorded");
        assertEquals("victoria-ca", place("Victoria", "canada", "france").chosen().id());
    }

    @Test
    void aCityAndItsRegionOfTheSameNameInOneCountryAreTold() {
        assertEquals("sumy-ua", place("Sumy", "ukraine").chosen().id(), "the bare name is the city");
        assertEquals("sumy-oblast-ua", place("Sumy region", "ukraine").chosen().id());
        assertEquals("sumy-oblast-ua", place("Sumy Oblast").chosen().id(), "a region's own name needs no country");
        assertEquals("ohrid-mk", place("Ohrid", "north-macedonia").chosen().id(),
                "a bare name of a town and of a region is the town");
    }

    @Test
    void namesakesInTheArticlesCountryAreRefusedUnlessOneFarOutranksTheOthers() {
        Disambiguator.Decision two = place("San José", "costa-rica", "philippines");
        assertFalse(two.decided(), "two small towns of the name in the countries the article names");
        assertEquals("namesakes-in-named-countries", two.rule());
        assertEquals(2, two.weighed().size());
        Disambiguator.Decision big = place("Santa Ana", "el-salvador");
        assertEquals("santa-ana-sv", big.chosen().id(), "250,000 against 20,000: more than ten times larger");
        assertEquals("most-prominent-in-named-country", big.rule());
    }

    @Test
    void withoutCountryEvidenceOnlyAFarLargerPlaceIsTaken() {
        Disambiguator.Decision victoria = place("Victoria");
        assertFalse(victoria.decided(), "a capital of 26,000, a provincial capital of 90,000 and a state: no decision");
        assertEquals("no-place-evidence", victoria.rule());
        assertFalse(place("Ohrid").decided(), "one small town, and the article names no country");
        assertEquals("split-hr", place("Split").chosen().id(), "a large first-level capital, the only place of its name");
        assertEquals("most-prominent-place", place("Split").rule());
    }

    @Test
    void anIdSourcesDisagreeOnIsNeverLinked() {
        Disambiguator.Decision d = place("Kryvyi Rih", "ukraine");
        assertEquals("kryvo-ua", d.chosen().id(), "the place is recognised");
        assertFalse(d.linked(), "but its id is in conflict");
        assertNull(d.chosen().entity().wikidata());
    }

    @Test
    void aTitleThatFitsAnOfficeAtTheArticlesDatePicksAmongNamesakes() {
        Disambiguator.Decision d = person("Ali Hassan", "Foreign Minister", DAY);
        assertEquals("ali-hassan-iq", d.chosen().id());
        assertEquals("title-and-office-at-date", d.rule());
        assertTrue(d.reason().contains("Minister of Foreign Affairs of Iraq"), d.reason());
        assertEquals("ali-hassan-jo", person("Ali Hassan", "Finance Minister", DAY).chosen().id());
    }

    @Test
    void aTitleHeldOutsideTheArticlesDateStillDecidesButLessClearly() {
        Disambiguator.Decision d = person("Ali Hassan", "Foreign Minister", LocalDate.of(2024, 1, 1));
        assertEquals("ali-hassan-iq", d.chosen().id());
        assertEquals("title-and-office", d.rule());
        assertTrue(d.score() < Disambiguator.CLEAR + 0.01);
    }

    @Test
    void aTitleNoNamesakeHeldIsRefusedNotGuessed() {
        Disambiguator.Decision d = person("Ivan Petrov", "Defence Minister", DAY, "bulgaria");
        assertFalse(d.decided(), "the article's Defence Minister Ivan Petrov may be someone the data does not know");
        assertEquals("title-fits-no-office", d.rule());
    }

    @Test
    void aDeputyIsNotTheMinister() {
        Disambiguator.Decision d = person("Maria Lopez", "Foreign Minister", DAY, "peru");
        assertFalse(d.decided(), "only a deputy foreign minister of that name");
        assertEquals("maria-lopez", person("Maria Lopez", "Prime Minister", DAY, "peru").chosen().id());
    }

    @Test
    void aSurnameAloneNeedsATitleThatFits() {
        Disambiguator.Decision d = person("Kovach", "Prime Minister", DAY);
        assertEquals("dimitar-kovach", d.chosen().id());
        assertFalse(person("Kovach", null, DAY, "north-macedonia").decided(), "a surname with no title");
        assertFalse(person("Kovach", "President", DAY, "north-macedonia").decided(), "a title he never held");
    }

    @Test
    void aMonarchIsNamedByTheNameBeforeOf() {
        Disambiguator.Decision d = person("Tomas", "King", LocalDate.of(2005, 2, 1));
        assertEquals("tomas-of-ruritania", d.chosen().id());
        assertEquals("title-and-office-at-date", d.rule());
    }

    @Test
    void withoutATitleTheNamesakeOfANamedCountryIsTaken() {
        assertEquals("ali-hassan-jo", person("Ali Hassan", null, DAY, "jordan").chosen().id());
        Disambiguator.Decision both = person("Ali Hassan", null, DAY, "jordan", "iraq");
        assertFalse(both.decided());
        assertEquals("namesakes-in-named-countries", both.rule());
        Disambiguator.Decision none = person("Ali Hassan", null, DAY, "france");
        assertFalse(none.decided(), "namesakes of other countries");
    }

    @Test
    void aNameAndACountryDoNotLinkAPersonWhosePostsEndedLongBefore() {
        Disambiguator.Decision d = person("Maria Lopez", null, DAY, "peru");
        assertFalse(d.decided(), "namesakes anyway");
        Disambiguator.Decision old = disambiguator.decide(new Disambiguator.Query("Ali Hassan", PEOPLE, null, false),
                new Disambiguator.Context(Set.of("iraq"), LocalDate.of(2030, 1, 1)));
        assertFalse(old.decided(), "his term ended in 2022, the article is of 2030");
        assertEquals("offices-ended-long-before", old.rule());
        assertEquals("ali-hassan-iq", disambiguator.decide(new Disambiguator.Query("Ali Hassan", PEOPLE, null, false),
                new Disambiguator.Context(Set.of("iraq"), LocalDate.of(2024, 6, 1))).chosen().id(), "within two years");
        assertFalse(disambiguator.decide(new Disambiguator.Query("Ali Hassan", PEOPLE, null, false),
                new Disambiguator.Context(Set.of("iraq"), null)).decided(), "an undated article and a post that ended");
        assertEquals("ali-hassan-jo", disambiguator.decide(new Disambiguator.Query("Ali Hassan", PEOPLE, null, false),
                new Disambiguator.Context(Set.of("jordan"), null)).chosen().id(), "an undated article, a post without end");
    }

    @Test
    void aFullNameOnlyOnePersonBearsIsTakenWithALowScore() {
        Disambiguator.Decision d = person("Daniel Ortiz", null, DAY, "france");
        assertEquals("only-namesake", d.rule());
        assertTrue(d.score() < Disambiguator.CLEAR);
    }

    @Test
    void aShortPartyNameNeedsTheArticlesCountry() {
        Set<Kind> parties = Set.of(Kind.ORGANIZATION);
        Disambiguator.Decision spain = disambiguator.decide(new Disambiguator.Query("PP", parties, null, false),
                new Disambiguator.Context(Set.of("spain"), DAY));
        assertEquals("pp-es", spain.chosen().id());
        Disambiguator.Decision none = disambiguator.decide(new Disambiguator.Query("PP", parties, null, false),
                new Disambiguator.Context(Set.of(), DAY));
        assertFalse(none.decided());
        assertEquals("party-namesakes", none.rule());
        Disambiguator.Decision longName = disambiguator.decide(new Disambiguator.Query("Green Alliance of Kosovo", parties,
                null, false), new Disambiguator.Context(Set.of(), DAY));
        assertEquals("only-party-of-the-name", longName.rule());
    }

    @Test
    void aNameTheDataDoesNotHoldIsNoCandidate() {
        Disambiguator.Decision d = place("Atlantis", "greece");
        assertFalse(d.decided());
        assertEquals("no-candidate", d.rule());
        assertTrue(d.weighed().isEmpty());
    }
}
