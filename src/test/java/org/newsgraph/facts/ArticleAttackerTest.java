package org.newsgraph.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.ExtractionFixture.annotate;
import static org.newsgraph.ExtractionFixture.events;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.ExtractionFixture;
import org.newsgraph.lexicon.Lexicon.EventKind;
import org.newsgraph.model.AnnotatedArticle;
import org.newsgraph.model.Facts.Claim;
import org.newsgraph.model.Facts.Event;

/**
 * Tests the article's one attacker ({@link ArticleAttacker}): an attack or a condemnation that names no
 * attacker is the one attacker's when the whole article names only one; not when it names two, or none.
 * All sentences are our own.
 */
class ArticleAttackerTest {

    @Test
    void anAttackThatNamesNoAttackerIsTheArticlesOneAttackers() {
        AnnotatedArticle a = annotate("Al-Shabaab militants attacked Mogadishu on Monday.\n\nToday's bombing of the "
                + "market in Kismayo killed ten people.");
        List<String> attackers = events(a, EventKind.ATTACK).stream().map(Event::attacker).toList();
        assertEquals(List.of("al-shabaab", "al-shabaab"), attackers);
        Event later = events(a, EventKind.ATTACK).get(1);
        assertEquals("article-attacker", later.evidence().rule());
        assertEquals(List.of("kismayo"), later.targets());
    }

    @Test
    void theOneAttackerMayBeToldAfter() {
        AnnotatedArticle a = annotate("Today's bombing of the market in Kismayo killed ten people.\n\nOn Monday, "
                + "al-Shabaab militants attacked Mogadishu.");
        assertEquals(List.of("al-shabaab", "al-shabaab"),
                events(a, EventKind.ATTACK).stream().map(Event::attacker).toList());
    }

    @Test
    void theOneAttackerIsNotReadIntoAnAttackOnItsOwnGround() {
        AnnotatedArticle a = annotate("The United States condemns the March 3rd attack on the town of Maradi, which "
                + "killed twelve soldiers.\n\nNiger said its forces fired across the border on Tuesday in response.",
                ExtractionFixture.PUBLISHED, "U.S. Department of State");
        Event maradi = events(a, EventKind.ATTACK).get(0);
        assertEquals(null, maradi.attacker(), "a town of Niger: not Niger's attack unless a sentence says so");
        assertTrue(a.facts().claims().stream().noneMatch(c -> "niger".equals(c.accused())), a.facts().claims().toString());
    }

    @Test
    void twoAttackersOrNoneLeaveItUnnamed() {
        AnnotatedArticle two = annotate("Russia shelled Kharkiv on Monday. Ukraine struck Belgorod on Tuesday.\n\n"
                + "The bombing of the market in Kherson killed ten people.");
        assertEquals(null, events(two, EventKind.ATTACK).get(2).attacker(), "two attackers: none is guessed");
        AnnotatedArticle none = annotate("The bombing of the market in Kherson killed ten people.");
        assertEquals(null, events(none, EventKind.ATTACK).get(0).attacker());
    }

    @Test
    void aCondemnationOfAnUnnamedAttackBlamesTheOneAttacker() {
        AnnotatedArticle a = annotate("The United States condemns the bombing of the market in Kismayo.\n\nSomali "
                + "officials said the blast killed ten people.\n\nIt was the third such attack this month.\n\n"
                + "Last week al-Shabaab militants attacked Mogadishu.");
        List<String> blamed = a.facts().claims().stream().filter(c -> c.accused() != null)
                .map(c -> c.claimant() + ">" + c.accused()).toList();
        assertEquals(List.of("united-states>al-shabaab"), blamed);
        Claim c = a.facts().claims().stream().filter(x -> x.accused() != null).findFirst().orElseThrow();
        assertEquals("article-attacker", c.evidence().rule());
    }

    @Test
    void aCondemnedAttackWithNoPartyAtAllWaitsForWhoClaimsIt() {
        AnnotatedArticle a = annotate("The United States condemns in the strongest possible terms the recent attack "
                + "on worshippers which took place in a church in Cairo. Police arrested four people. The Islamic State "
                + "group has claimed responsibility.");
        assertEquals(List.of("united-states>islamic-state"), a.facts().claims().stream()
                .filter(c -> c.accused() != null).map(c -> c.claimant() + ">" + c.accused()).toList());
    }

    @Test
    void whoJudgesAnAttackIsNotItsAttacker() {
        AnnotatedArticle a = annotate("Kenya condemned a drone strike on a market in Kismayo.\n\nGermany views the "
                + "strike on the market as unacceptable, a spokesperson said.");
        assertEquals(List.of(), events(a, EventKind.ATTACK).stream().map(Event::attacker)
                .filter(java.util.Objects::nonNull).toList(), "Germany judges the strike, it did not make it");
    }
}
