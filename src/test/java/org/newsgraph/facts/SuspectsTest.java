package org.newsgraph.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.newsgraph.ExtractionFixture.annotate;
import static org.newsgraph.ExtractionFixture.events;
import static org.newsgraph.ExtractionFixture.only;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.lexicon.Lexicon.EventKind;
import org.newsgraph.model.AnnotatedArticle;
import org.newsgraph.model.Facts.Event;

/**
 * Tests the suspect of an attack ({@link Suspects}): named after "the suspect in the attack is" or before "is
 * the main suspect in", it is the attacker and no target; a suspect nobody names leaves the attacker unknown.
 * All sentences are our own.
 */
class SuspectsTest {

    @Test
    void theSuspectNamedAfterTheCopulaAttackedAndIsNoTarget() {
        AnnotatedArticle a = annotate("OSLO, Norway — Police say the primary suspect in the attack is Norwegian Erik "
                + "Haugen, 32.");
        Event attack = only(events(a, EventKind.ATTACK));
        assertEquals("erik-haugen", attack.attacker());
        assertEquals(List.of(), attack.targets(), "neither the suspect nor his demonym's country");
        assertEquals(List.of("norway>erik-haugen"), a.facts().claims().stream()
                .map(c -> c.claimant() + ">" + c.accused()).toList(), "the police accuse whom they suspect");
    }

    @Test
    void theSuspectNamedBeforeTheNounAttacked() {
        Event attack = only(events(annotate("Erik Haugen, 32, is the main suspect in the bombing of the ministry in Oslo."),
                EventKind.ATTACK));
        assertEquals("erik-haugen", attack.attacker());
        assertEquals(List.of("oslo"), attack.targets());
    }

    @Test
    void anUnnamedSuspectNamesNoAttacker() {
        AnnotatedArticle a = annotate("Gunmen attacked a market in Oslo. The suspect in the attack is still at large, "
                + "police said.");
        assertNull(only(events(a, EventKind.ATTACK)).attacker());
    }
}
