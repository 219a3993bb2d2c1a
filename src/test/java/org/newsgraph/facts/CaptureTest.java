package org.newsgraph.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newsgraph.ExtractionFixture.annotate;
import static org.newsgraph.ExtractionFixture.events;
import static org.newsgraph.ExtractionFixture.only;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.lexicon.Lexicon.EventKind;
import org.newsgraph.model.Facts.Event;

/**
 * Attacks told in other words than an attack verb: taking a place by force ("took the town of X", "captured
 * the city of X") and what a party defends itself against ("Ukraine in defending itself against Russia's
 * aggression").
 */
class CaptureTest {

    @Test
    void takingAPlaceIsAnAttackOnIt() {
        Event took = only(events(annotate("The M23 rebels took the town of Bunagana over the weekend."), EventKind.ATTACK));
        assertEquals("m23", took.attacker());
        assertEquals(List.of("bunagana"), took.targets());
        Event captured = only(events(annotate("The M23 rebels captured the city of Goma on Tuesday."), EventKind.ATTACK));
        assertEquals("m23", captured.attacker());
        assertEquals(List.of("goma"), captured.targets());
    }

    @Test
    void takingWhatIsNoPlaceIsNoAttack() {
        assertEquals(List.of(), events(annotate("The M23 took part in the talks in Nairobi."), EventKind.ATTACK));
    }

    @Test
    void whatAPartyDefendsItselfAgainstIsAnAttackOnIt() {
        Event defended = only(events(annotate("The ministers discussed support to Ukraine in defending itself against "
                + "Russia's aggression."), EventKind.ATTACK));
        assertEquals("russia", defended.attacker());
        assertEquals(List.of("ukraine"), defended.targets());
        assertEquals("attack-self-defence", defended.evidence().rule());
        Event faced = only(events(annotate("Moldova backs Ukraine in the face of President Putin's continued brutal war "
                + "of aggression."), EventKind.ATTACK));
        assertEquals("vladimir-putin", faced.attacker());
        assertEquals(List.of("ukraine"), faced.targets());
        assertEquals(List.of(), events(annotate("Kenya stands with Somalia in the face of the drought."), EventKind.ATTACK));
    }
}
