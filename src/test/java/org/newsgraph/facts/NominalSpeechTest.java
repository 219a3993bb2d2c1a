package org.newsgraph.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newsgraph.ExtractionFixture.annotate;
import static org.newsgraph.ExtractionFixture.events;
import static org.newsgraph.ExtractionFixture.map;
import static org.newsgraph.ExtractionFixture.only;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.lexicon.Lexicon.EventKind;
import org.newsgraph.model.AnnotatedArticle;
import org.newsgraph.model.Facts.Claim;
import org.newsgraph.model.Facts.Event;

/**
 * Tests claims told by a noun of speech ({@link NominalSpeech}): "the Front's announcement that …", "a
 * statement by X that …", with the attack the clause tells; and where it must not fire: no "that" after the
 * noun, no owner, a "that" that opens a relative clause of another noun. All sentences are our own.
 */
class NominalSpeechTest {

    private static List<Claim> told(AnnotatedArticle a) {
        return a.facts().claims().stream().filter(c -> c.evidence().rule().equals(NominalSpeech.RULE)).toList();
    }

    @Test
    void aPossessiveOwnerClaimsTheThatClause() {
        AnnotatedArticle a = annotate("Al-Shabaab's announcement that its fighters carried out the siege of the hotel "
                + "in Mogadishu drew swift condemnation.");
        Claim c = only(told(a));
        assertEquals("al-shabaab", c.claimant());
        assertEquals("its fighters carried out the siege of the hotel in Mogadishu drew swift condemnation", c.content());
        Event attack = only(events(a, EventKind.ATTACK));
        assertEquals("al-shabaab", attack.attacker(), "the claim tells the attack, by its own fighters");
        assertEquals(c, attack.claim());
    }

    @Test
    void anOwnerAfterByAndAWordBetweenThePossessiveAndTheNoun() {
        Claim by = only(told(annotate("A statement by Russia that Ukrainian drones had struck the plant could not be verified.")));
        assertEquals("russia", by.claimant());
        assertEquals("ukraine", by.accused());
        Claim latest = only(told(annotate("The Houthis' latest claim that their forces downed a drone could not be verified.")));
        assertEquals("houthis", latest.claimant());
    }

    @Test
    void noThatNoOwnerOrARelativeThatIsNoClaim() {
        assertEquals(List.of(), told(annotate("Al-Shabaab's statement was brief.")));
        assertEquals(List.of(), told(annotate("The announcement that the talks had failed came on Monday.")));
        assertEquals(List.of(), map(told(annotate("Kenya issued a statement, saying that Somalia had closed the border.")),
                Claim::claimant));
    }
}
