package org.newsgraph.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newsgraph.ExtractionFixture.annotate;
import static org.newsgraph.ExtractionFixture.events;
import static org.newsgraph.ExtractionFixture.only;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.lexicon.Lexicon.EventKind;
import org.newsgraph.model.Facts.Event;

/** Taking a place by force is an attack on it: "took the town of X", "captured X", "seized control of X". */
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
}
