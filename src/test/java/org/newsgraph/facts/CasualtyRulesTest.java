package org.newsgraph.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.newsgraph.ExtractionFixture.annotate;
import static org.newsgraph.ExtractionFixture.only;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.DataRules;
import org.newsgraph.ExtractionFixture;
import org.newsgraph.article.Article;
import org.newsgraph.article.ArticleMetadata;
import org.newsgraph.model.Facts.Casualties;
import org.newsgraph.pipeline.Pipeline;

/**
 * Tests the casualty rules ({@link CasualtyRules}): a count with its qualifier and the victims'
 * side, an unknown number, number words, and who reports the count (the claimant inside a claim,
 * else the publisher); and no count from years, from numbers without a victim word, or where no
 * one is said to have died.
 */
class CasualtyRulesTest {

    private static List<Casualties> casualties(String text) {
        return annotate(text).facts().casualties();
    }

    @Test
    void soldiersAStateSaysWereKilledAreItsOwn() {
        Casualties own = only(casualties("Kenya's military says two soldiers were killed on Wednesday."));
        assertEquals("kenya", own.victims());
        assertEquals("kenya", own.reportedBy());
        assertNull(only(casualties("Kenya said its forces killed two soldiers of the Front.")).victims(),
                "the soldiers its forces killed are not its own");
        assertNull(only(casualties("Kenya said two civilians were killed.")).victims(), "civilians are anyone's");
    }

    @Test
    void countWithQualifierAndVictims() {
        Casualties c = only(casualties("At least 12 Ukrainian soldiers were killed in the fighting."));
        assertEquals(12, c.count());
        assertEquals("at least", c.qualifier());
        assertEquals("ukraine", c.victims());
        assertEquals("reuters", c.reportedBy());
    }

    @Test
    void unknownNumber() {
        Casualties c = only(casualties("An unknown number of Azeris were killed."));
        assertNull(c.count());
        assertEquals("azerbaijan", c.victims());
    }

    @Test
    void anUncountedPhraseACuratorAddsStandsForTheCount(@TempDir Path rules) throws IOException {
        DataRules.copyTo(rules);
        String text = "Countless Azeris were killed.";
        assertEquals(List.of(), casualties(text), "not a count with the project's lists");
        Files.writeString(rules.resolve("casualty-words.csv"), "countless,uncounted,\n", StandardOpenOption.APPEND);
        Casualties c = only(Pipeline.load(Path.of("data/gazetteer"), rules).annotate(new Article("t1", "t1.txt", text,
                new ArticleMetadata(null, "Reuters", null, ExtractionFixture.PUBLISHED, List.of()))).facts().casualties());
        assertNull(c.count());
        assertEquals("unknown number", c.qualifier());
        assertEquals("azerbaijan", c.victims());
    }

    @Test
    void numberWordWithoutSideIsOfTheCountryTheyDiedIn() {
        Casualties c = only(casualties("More than twenty civilians died in Georgia."));
        assertEquals(20, c.count());
        assertEquals("more than", c.qualifier());
        assertEquals("georgia", c.victims(), "no side named: the country they died in");
        assertEquals("egypt", only(casualties("France condemned the bombing in Cairo that killed 25 people.")).victims(),
                "a city's country");
        assertNull(only(casualties("Officials say 21 people were killed in the attack.")).victims(), "no place named");
    }

    @Test
    void reportedByTheClaimant() {
        Casualties c = only(casualties("Ukraine said at least 12 Russian soldiers were killed."));
        assertEquals(12, c.count());
        assertEquals("russia", c.victims());
        assertEquals("ukraine", c.reportedBy());
    }

    @Test
    void reportedByNobodyWhenThePublisherIsUnknown() {
        Casualties c = only(annotate("Three soldiers were killed.", ExtractionFixture.PUBLISHED, "The Daily Planet")
                .facts().casualties());
        assertEquals(3, c.count());
        assertEquals("", c.qualifier());
        assertNull(c.reportedBy());
    }

    @Test
    void yearIsNoCount() {
        assertEquals(List.of(), casualties("In 2020 soldiers were killed on both sides."));
    }

    @Test
    void numberWithoutVictimWordIsNoCount() {
        assertEquals(List.of(), casualties("Russia said 40 tanks were destroyed and people died."));
    }

    @Test
    void countWithoutDeathIsNoCasualty() {
        assertEquals(List.of(), casualties("At least 12 soldiers were wounded in the shelling."));
    }

    @Test
    void reportedByWhoTheSentenceSaysAfterTheCount() {
        Casualties c = only(casualties("At least 12 civilians were killed in Kharkiv, the United Nations said."));
        assertEquals(12, c.count());
        assertEquals("united-nations", c.reportedBy(), "not the publisher");
        Casualties according = only(casualties("According to the United Nations, 40 civilians were killed."));
        assertEquals("united-nations", according.reportedBy());
    }

    @Test
    void reportedByThePublisherOnlyWhenItIsAnEntity() {
        Casualties known = only(casualties("Five civilians were killed in Kharkiv."));
        assertEquals("reuters", known.reportedBy(), "Reuters is an entity of the gazetteer");
        Casualties none = only(annotate("Five civilians were killed in Kharkiv.", ExtractionFixture.PUBLISHED, null)
                .facts().casualties());
        assertNull(none.reportedBy(), "no publisher, no reporter");
    }

    @Test
    void aParticipleOrANounOfKillingCountsTheDead() {
        var bomb = only(annotate("A bomb exploded in the market in Lima on Monday, killing at least 12 people.")
                .facts().casualties());
        assertEquals(12, bomb.count());
        assertEquals("peru", bomb.victims(), "the country of the place they died in");
        var nominal = only(annotate("Attacks by rebels have led to the killing of four Peruvians in three days.")
                .facts().casualties());
        assertEquals(4, nominal.count());
        assertEquals("peru", nominal.victims());
        assertEquals(List.of(), annotate("The killing of a journalist in Lima was condemned.").facts().casualties(),
                "no count, no casualties");
        var one = only(annotate("A man in a car ran down two Canadian soldiers, killing one, near Montreal.")
                .facts().casualties());
        assertEquals(1, one.count(), "of the two run down, one died");
    }

    @Test
    void thePlaceOfTheDeadMayBeAPartOfACountry() {
        assertEquals("mali", casualties("The attack, which took place late Sunday, killed 12 people in northern Mali.")
                .get(0).victims());
        assertEquals("mali", casualties("Gunmen killed four civilians in far western Mali on Monday.").get(0).victims());
        assertEquals("mali", casualties("Leaders condemned the bomb attacks in a Malian desert town that killed at least 88 "
                + "people early Saturday.").get(0).victims(), "a demonym after \"in a\"");
        assertEquals(null, casualties("Gunmen killed four civilians near a northern road on Monday.").get(0).victims());
    }

    @Test
    void theDeadOfANamedTownDiedInItsCountry() {
        assertEquals("armenia", casualties("Armenia said Azerbaijani forces shelled the town of Jermuk overnight, killing "
                + "two civilians.").get(0).victims());
    }

    @Test
    void guardsWorkersAndOtherPeopleAreCountedDead() {
        Casualties guards = only(casualties("Freelance journalist Jane Roe, who visited the site, told VOA that two guards "
                + "were killed in the blast."));
        assertEquals(2, guards.count());
        assertEquals("jane-roe", guards.reportedBy());
        assertEquals(3, only(casualties("Three aid workers died when their convoy was hit in Mali.")).count());
        assertEquals(List.of(), casualties("Two guards were injured in the blast in Mali."), "no one is said to have died");
    }
}
