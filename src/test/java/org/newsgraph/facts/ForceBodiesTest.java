package org.newsgraph.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.ExtractionFixture.annotate;
import static org.newsgraph.ExtractionFixture.events;
import static org.newsgraph.ExtractionFixture.only;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.lexicon.Lexicon.EventKind;
import org.newsgraph.model.AnnotatedArticle;
import org.newsgraph.model.Facts.Event;

/**
 * Tests who a common noun for a state's forces stands for when it attacks ({@link ForceBodies}): the
 * police the article names, the country after "in", the demonym's country; nobody for a bare noun the
 * article gives nothing to stand for, or for an attack without a target; and an owner's possessive
 * ("Jane Roe's home") is no attacker.
 */
class ForceBodiesTest {

    @Test
    void barePoliceAreThePoliceTheArticleNames() {
        Event e = only(events(annotate("The Ghana Police Service denied the claims. Police fired tear gas at "
                + "opposition leader John Mahama on Monday."), EventKind.ATTACK));
        assertEquals("ghana-police-service", e.attacker());
        assertEquals(List.of("john-mahama"), e.targets());
    }

    @Test
    void forcesInACountryAreThatCountrys() {
        Event e = only(events(annotate("Security forces in Tajikistan stormed Dushanbe on Friday."), EventKind.ATTACK));
        assertEquals("tajikistan", e.attacker());
        assertEquals(List.of("dushanbe"), e.targets());
    }

    @Test
    void aDemonymsPoliceAreThePoliceTheArticleNamesElseTheCountry() {
        Event named = only(events(annotate("The Ghana Police Service said it would investigate. Ghanaian police "
                + "stormed Kumasi on Sunday."), EventKind.ATTACK));
        assertEquals("ghana-police-service", named.attacker());
        Event country = only(events(annotate("Nepalese police stormed Pokhara on Sunday."), EventKind.ATTACK));
        assertEquals("nepal", country.attacker());
    }

    @Test
    void aBareNounWithNothingToStandForIsNobodys() {
        Event e = only(events(annotate("Soldiers fired on Dushanbe on Friday."), EventKind.ATTACK));
        assertNull(e.attacker());
        assertEquals(List.of("dushanbe"), e.targets());
    }

    @Test
    void anAttackWithoutATargetGetsNoBodyFromABareNoun() {
        AnnotatedArticle a = annotate("The Ghana Police Service denied the claims. Police fired tear gas to break up "
                + "a crowd of protesters on Monday.");
        assertTrue(events(a, EventKind.ATTACK).isEmpty(), a.facts().events().toString());
    }

    @Test
    void theOwnerOfAThingIsNoAttacker() {
        AnnotatedArticle a = annotate("The Ghana Police Service denied it. Its spokesman said police broke into "
                + "John Mahama's home, blocked the gates and tear-gassed the occupants.");
        for (Event e : events(a, EventKind.ATTACK)) {
            assertTrue(!"john-mahama".equals(e.attacker()), e.toString());
        }
    }

    @Test
    void anOrganisationAfterItsCountrysPossessiveSpeaks() {
        AnnotatedArticle a = annotate("Yemen's Houthi rebels said they fired drones at Abu Dhabi on Monday.");
        assertEquals("houthis", a.facts().claims().get(0).claimant());
    }

    @Test
    void aStatesOwnForcesWithNoStateNamedAreTheCountryWhereTheyStrike() {
        Event e = only(events(annotate("Government forces fired on protesters in the Kathmandu neighborhood of Kalanki, "
                + "killing three people."), EventKind.ATTACK));
        assertEquals("nepal", e.attacker());
        assertEquals(List.of("kalanki"), e.targets(), "the neighbourhood narrows the city");
        Event soldiers = only(events(annotate("Soldiers fired on protesters in Kathmandu on Thursday."), EventKind.ATTACK));
        assertNull(soldiers.attacker(), "soldiers may be anyone's");
    }
}
