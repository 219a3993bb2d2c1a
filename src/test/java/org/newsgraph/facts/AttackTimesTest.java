package org.newsgraph.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.ExtractionFixture.annotate;
import static org.newsgraph.ExtractionFixture.events;
import static org.newsgraph.ExtractionFixture.only;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.lexicon.Lexicon.EventKind;
import org.newsgraph.model.AnnotatedArticle;
import org.newsgraph.model.Facts.Event;

/**
 * Tests an attack's time told in a sentence of its own ({@link AttackTimes}): "The attack took place late
 * Sunday" dates the undated attack told before or after it, and is no attack of its own; an attack that has
 * its own date keeps it; an attack too far away, a sentence with no time or a time in quotation marks date
 * nothing. The article's date is Wednesday 15 March 2023. All sentences are our own.
 */
class AttackTimesTest {

    @Test
    void aTimeToldAfterTheAttackDatesIt() {
        AnnotatedArticle a = annotate("Russian forces shelled Kharkiv, killing four civilians. The attack took place "
                + "late Sunday, regional officials said.");
        Event attack = only(events(a, EventKind.ATTACK));
        assertEquals("russia", attack.attacker());
        assertEquals(List.of("kharkiv"), attack.targets());
        assertEquals(LocalDate.of(2023, 3, 12), attack.date(), "Sunday, the day the attack took place");
        assertEquals("attack", attack.evidence().rule(), "the attack's own sentence stays its evidence");
    }

    @Test
    void aTimeToldInWhatOfficialsSayDatesTheAttackEvenWithMoreAboutIt() {
        AnnotatedArticle a = annotate("Russian forces shelled Kharkiv, killing four civilians. Ukrainian officials say "
                + "the attack took place Sunday and targeted a house near the station.");
        Event attack = only(events(a, EventKind.ATTACK));
        assertEquals(List.of("kharkiv"), attack.targets());
        assertEquals(LocalDate.of(2023, 3, 12), attack.date(), "one attack, dated by what the officials say");
        Event own = only(events(annotate("Ukrainian officials say an attack took place Sunday in Kharkiv."),
                EventKind.ATTACK));
        assertEquals(LocalDate.of(2023, 3, 12), own.date(), "an attack with no article is told here");
    }

    @Test
    void aTimeToldFirstDatesTheAttacksAfterIt() {
        AnnotatedArticle a = annotate("Two separate attacks happened on Friday. Russian forces shelled Kharkiv. "
                + "Hours later, Russian jets bombed Odessa.");
        List<Event> attacks = events(a, EventKind.ATTACK);
        assertEquals(2, attacks.size(), attacks.toString());
        attacks.forEach(e -> assertEquals(LocalDate.of(2023, 3, 10), e.date(), e.toString()));
    }

    @Test
    void anAttackWithItsOwnDateKeepsIt() {
        AnnotatedArticle a = annotate("Russian jets bombed Odessa last October. Russian forces shelled Kharkiv. "
                + "The shelling occurred on Monday.");
        List<Event> attacks = events(a, EventKind.ATTACK);
        assertEquals(2, attacks.size(), attacks.toString());
        assertEquals(YearMonth.of(2022, 10), attacks.get(0).date(), "October keeps its month");
        assertEquals(LocalDate.of(2023, 3, 13), attacks.get(1).date());
    }

    @Test
    void noTimeFarAwayOrQuotedDatesNothing() {
        assertNull(only(events(annotate("Russian forces shelled Kharkiv. The attack took place at night."),
                EventKind.ATTACK)).date(), "no time named");
        assertNull(only(events(annotate("Russian forces shelled Kharkiv. Residents said “the attack took place on "
                + "Monday” but officials disagreed."), EventKind.ATTACK)).date(), "a time in quotation marks");
        AnnotatedArticle far = annotate("Russian forces shelled Kharkiv. The city has been hit before. Its mayor "
                + "asked for help. Schools were closed. Trains were cancelled. Shops stayed shut. A second attack "
                + "took place on Monday.");
        assertNull(only(events(far, EventKind.ATTACK)).date(), "six sentences away: another attack, maybe");
    }

    @Test
    void anAttacksOwnWordsNamingItsDayDateTheAttackNearIt() {
        AnnotatedArticle a = annotate("It is clear that Russia was solely responsible for the strike on Kharkiv. In "
                + "advance of the March 2nd attack, the United States shared intelligence with Ukraine.");
        Event attack = only(events(a, EventKind.ATTACK));
        assertEquals("russia", attack.attacker(), "solely responsible: its subject made it");
        assertEquals(List.of("kharkiv"), attack.targets(), "no target after the comma of a fronted phrase");
        assertEquals(LocalDate.of(2023, 3, 2), attack.date(), "March 2nd, an ordinal day");
    }

    @Test
    void aTimeWithNoAttackNearItMakesNoEvent() {
        AnnotatedArticle a = annotate("The attack took place on Monday. Ukraine asked for more air defence.");
        assertTrue(events(a, EventKind.ATTACK).isEmpty(), a.facts().events().toString());
    }
}
