package org.newsgraph.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newsgraph.ExtractionFixture.annotate;
import static org.newsgraph.ExtractionFixture.map;
import static org.newsgraph.ExtractionFixture.onlyClaim;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Facts.Claim;

/**
 * Tests the labelling rule ({@link Labelling}): a claimant labels what a party did with a word that
 * blames, after a naming verb; and where it must not fire: a call ("called on"), a label that does not
 * blame, a labelled thing that names no party. All sentences are our own.
 */
class LabellingTest {

    @Test
    void aDeedLabelledACoupBlamesThePartyNamedInIt() {
        Claim c = onlyClaim(annotate("The European Union called the transfer of power in Togo a military coup."));
        assertEquals("european-union", c.claimant());
        assertEquals("togo", c.accused());
        assertEquals("claim-labelling", c.evidence().rule());
    }

    @Test
    void describedAsWithADemonym() {
        Claim c = onlyClaim(annotate("Kenya described the Somali move as a provocation."));
        assertEquals("kenya", c.claimant());
        assertEquals("somalia", c.accused());
    }

    @Test
    void aCallIsNoLabel() {
        assertEquals(List.of("claim-urge"), map(annotate("France called on Russia to end its aggression.").facts()
                .claims(), c -> c.evidence().rule()));
    }

    @Test
    void aLabelThatDoesNotBlameOrNamesNobody() {
        assertEquals(List.of(), annotate("Kenya called the talks with Somalia useful.").facts().claims());
        assertEquals(List.of(), annotate("Kenya called the decision a violation of the accord.").facts().claims(),
                "no party named in what is labelled");
    }

    @Test
    void aCondemnedDeedOfARelativeClause() {
        Claim c = onlyClaim(annotate("The African Union condemned the manner in which Togolese authorities organized "
                + "the succession."));
        assertEquals("togo", c.accused());
    }

    @Test
    void aJudgingVerbLabelsLikeANamingVerbAndBlamesWhoHelped() {
        List<Claim> claims = annotate("Canada views Serbian actions in Mitrovica, with the support of Hungary, as "
                + "provocative and unacceptable.").facts().claims();
        assertEquals(List.of("canada>serbia", "canada>hungary"), map(claims, c -> c.claimant() + ">" + c.accused()));
        Claim considers = onlyClaim(annotate("Germany considers the Russian deployment near the border a violation of "
                + "the ceasefire."));
        assertEquals("russia", considers.accused());
    }

    @Test
    void aDeniedJudgementOrAPressQuestionBlamesNobody() {
        assertEquals(List.of(), annotate("Canada does not view the Serbian deployment as provocative.").facts().claims());
        assertEquals(List.of(), annotate("Kenya never considered the Somali move a provocation.").facts().claims());
        String briefing = "MR PRICE: Good afternoon.\n\nQUESTION: Ned, Greece considers Turkish actions in the Aegean as "
                + "an invasion. What is your view?\n\nMR PRICE: We have been clear on that.";
        assertEquals(List.of(), map(annotate(briefing).facts().claims(), c -> c.accused()).stream()
                .filter(java.util.Objects::nonNull).toList(), "the press's question labels nothing");
    }

    @Test
    void aCondemnationBlamesTheDoerAfterByPastItsVictim() {
        Claim c = onlyClaim(annotate("Poland condemned the detention of Alexei Navalny by Russian authorities."));
        assertEquals("russia", c.accused());
        Claim deplored = onlyClaim(annotate("Norway deplored the arrest of Alexei Navalny by Russian police."));
        assertEquals("russia", deplored.accused(), "deplored condemns too");
        Claim criticized = onlyClaim(annotate("Norway criticized Russia's decision to expel the diplomats."));
        assertEquals("russia", criticized.accused());
    }

    @Test
    void wordsOfCondemnationAreLabelsThatBlame() {
        Claim c = onlyClaim(annotate("Kenya called al-Shabaab's raid on the hotel in Mogadishu brutal."));
        assertEquals("al-shabaab", c.accused());
        Claim far = onlyClaim(annotate("Ambassador Jane Roe called Russia's use of a military-grade nerve agent in "
                + "Britain an “atrocious crime.”"));
        assertEquals("russia", far.accused(), "a long labelled thing");
    }
}
