package org.newsgraph.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.ExtractionFixture.annotate;
import static org.newsgraph.ExtractionFixture.map;
import static org.newsgraph.ExtractionFixture.only;
import static org.newsgraph.ExtractionFixture.onlyClaim;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.ExtractionFixture;
import org.newsgraph.model.AnnotatedArticle;
import org.newsgraph.model.Facts.Casualties;
import org.newsgraph.model.Facts.Claim;
import org.newsgraph.model.Facts.Position;

/**
 * Tests the rules for the wording of diplomatic readouts and news reports: statement verbs that
 * need a that-clause ("made clear that", "underscored that"), a bare title standing for the person
 * last named with it ("The Secretary noted that …"), the owner of a possessive as the supporter
 * ("Russia’s support for"), a title in apposition after its owner ("X, Slovakia's information
 * minister"), the listener of "told" not being the speaker, counts with thousands separators, and a
 * general title dropped when a more specific one is known; and none of them where the wording only
 * looks alike. The sentences are the project's own. Readouts are no family of their own: these
 * rules belong to {@link ClaimRules}, {@link Agents}, {@link RelationRules}, {@link PositionRules}
 * and {@link CasualtyRules}, tested here together as a readout's wording uses them.
 */
class ReadoutRulesTest {

    private static List<String> supports(String text) {
        return annotate(text).facts().relations().stream()
                .filter(r -> r.type().name().equals("SUPPORTS"))
                .map(r -> r.subject() + " supports " + r.object()).toList();
    }

    @Test
    void madeClearThatIsAStatement() {
        Claim c = onlyClaim(annotate("President Macron made clear that the sanctions on Iran would stay in place."));
        assertEquals("emmanuel-macron", c.claimant());
        assertEquals("the sanctions on Iran would stay in place", c.content());
        assertEquals("claim-state", c.evidence().rule());
    }

    @Test
    void underscoredThatIsAStatement() {
        Claim c = onlyClaim(annotate("Ukraine underscored that the grain corridor must stay open."));
        assertEquals("ukraine", c.claimant());
        assertEquals("the grain corridor must stay open", c.content());
    }

    @Test
    void statementVerbsWithoutThatAreActsNotWords() {
        assertEquals(List.of(), annotate("President Macron reaffirmed the commitment of France to Ukraine.").facts().claims());
        assertEquals(List.of(), annotate("Turkey stressed the importance of dialogue with Greece.").facts().claims());
        assertEquals(List.of(), annotate("As France has repeatedly made clear, the border must stay open.").facts().claims());
    }

    @Test
    void bareTitleIsThePersonLastNamedWithIt() {
        AnnotatedArticle a = annotate("Secretary of State Antony Blinken met Turkish officials in Ankara. "
                + "The Secretary condemned the Hezbollah rocket fire and noted that Israel had a right to defend itself.");
        List<Claim> claims = a.facts().claims();
        assertEquals(List.of("antony-blinken", "antony-blinken"), claims.stream().map(Claim::claimant).toList());
        assertEquals("condemned the Hezbollah rocket fire", claims.get(0).content(),
                "the condemnation ends where the next verb starts");
        assertEquals("hezbollah", claims.get(0).accused());
        assertEquals("Israel had a right to defend itself", claims.get(1).content());
    }

    @Test
    void titleWithItsOwnerIsNotABareTitle() {
        AnnotatedArticle a = annotate("Secretary of State Antony Blinken arrived in Kyiv. "
                + "The Secretary of Ukraine's security council noted that Russia had moved troops to Belarus.");
        assertTrue(a.facts().claims().stream().noneMatch(c -> c.claimant().equals("antony-blinken")),
                () -> "claims: " + a.facts().claims());
    }

    @Test
    void bareTitleWithoutAnEarlierHolderIsNobody() {
        AnnotatedArticle a = annotate("The Secretary noted that Israel had a right to defend itself.");
        assertEquals(List.of(), map(a.facts().claims(), Claim::claimant));
    }

    @Test
    void possessiveOwnerIsTheSupporter() {
        assertEquals(List.of("russia supports belarus"),
                supports("Germany criticised Russia’s continued support for Belarus."));
        assertEquals(List.of("united-states supports ukraine"),
                supports("Kyiv thanked the United States’ strong support for Ukraine."));
        assertEquals(List.of("iran supports houthis"), supports("Israel condemned Iran's assistance to the Houthis."));
    }

    @Test
    void withoutAPossessiveTheClauseSubjectStillSupports() {
        assertEquals(List.of("france supports armenia"), supports("France announced its support for Armenia."));
        assertEquals(List.of(), supports("The report described external support to armed groups in Sudan."));
    }

    @Test
    void titleAfterItsOwnerInApposition() {
        AnnotatedArticle a = annotate("Peter Novak, Slovakia's information minister, said the border with Ukraine would reopen.");
        Position p = only(a.facts().positions());
        assertEquals("Information Minister", p.title());
        assertEquals("slovakia", p.of());
        assertEquals("name-comma-title", p.evidence().rule());
        assertTrue(ExtractionFixture.personIds(a).contains(p.person()));
    }

    @Test
    void ownerWithoutATitleIsNoPosition() {
        AnnotatedArticle a = annotate("Peter Novak, Slovakia's neighbour in the village, said the border would reopen.");
        assertEquals(List.of(), a.facts().positions());
        AnnotatedArticle city = annotate("Bratislava, Slovakia's capital, hosted the talks on Ukraine.");
        assertEquals(List.of(), city.facts().positions());
    }

    @Test
    void theListenerOfToldIsNotTheSpeaker() {
        AnnotatedArticle a = annotate("An army officer in Kherson told Reuters that Russian forces had left the island.");
        assertTrue(a.facts().claims().stream().noneMatch(c -> c.claimant().equals("reuters")),
                () -> "claims: " + a.facts().claims());
    }

    @Test
    void invertedSpeakerOfSaidStillSpeaks() {
        Claim c = onlyClaim(annotate("The talks will resume on Monday, said Ukraine."));
        assertEquals("ukraine", c.claimant());
    }

    @Test
    void countWithThousandsSeparator() {
        Casualties c = only(annotate("The 1998 war killed 70,000 Ethiopian soldiers.").facts().casualties());
        assertEquals(70000, c.count());
        assertEquals("ethiopia", c.victims());
    }

    @Test
    void eachThousandsGroupBelongsToItsNumber() {
        List<Casualties> cs = annotate("In the war 5,000 Sudanese soldiers and 1,200 Chadian soldiers were killed.")
                .facts().casualties();
        assertEquals(List.of(5000, 1200), map(cs, Casualties::count));
    }

    @Test
    void generalTitleDroppedWhenASpecificOneIsKnown() {
        AnnotatedArticle a = annotate("Secretary of State Antony Blinken visited Kyiv. Secretary Blinken met Ukrainian officials.");
        assertEquals(List.of("Secretary of State"), map(a.facts().positions(), Position::title));
    }

    @Test
    void generalTitleKeptWhenNothingMoreSpecificIsKnown() {
        AnnotatedArticle a = annotate("Secretary Blinken met Ukrainian officials in Kyiv.");
        assertEquals(List.of("Secretary"), map(a.facts().positions(), Position::title));
    }
}
