package org.newsgraph.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.newsgraph.ExtractionFixture.annotate;
import static org.newsgraph.ExtractionFixture.events;
import static org.newsgraph.ExtractionFixture.only;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.lexicon.Lexicon.EventKind;
import org.newsgraph.model.AnnotatedArticle;
import org.newsgraph.model.Facts.Event;

/**
 * Tests attacks told by their weapon with no attack word ({@link Blasts}): a blast noun as the subject of a blast
 * verb, or after "by" in a passive, with the places of its clause as targets, its own date, and an organisation of
 * the noun's own phrase as attacker; no attack from a noun that modifies another, from a noun in quotation marks,
 * or from a verb of blast-verbs.csv with another subject. All sentences are our own; the fixture's article is of
 * 2023-03-15, a Wednesday.
 */
class BlastsTest {

    @Test
    void explosionsThatRipThroughAPlaceAttackIt() {
        Event attack = only(events(annotate("Explosions ripped through two buses in Kabul on Monday, killing 12 "
                + "people, Afghan officials said."), EventKind.ATTACK));
        assertNull(attack.attacker(), "the sentence names no attacker");
        assertEquals(List.of("kabul"), attack.targets(), "not the country of the trailing speaker");
        assertEquals(LocalDate.of(2023, 3, 13), attack.date());
        assertEquals(Blasts.RULE, attack.evidence().rule());
    }

    @Test
    void anOrganisationOfTheNounsPhraseIsTheAttacker() {
        Event attack = only(events(annotate("A Taliban car bomb went off outside the Interior Ministry in Kabul on "
                + "Tuesday."), EventKind.ATTACK));
        assertEquals("taliban", attack.attacker());
        assertEquals(List.of("kabul"), attack.targets());
        assertEquals(LocalDate.of(2023, 3, 14), attack.date());
    }

    @Test
    void aPassiveWithTheBlastAfterByAttacksThePlaceBeforeIt() {
        Event attack = only(events(annotate("A market in Kabul was rocked by a powerful blast on Friday."),
                EventKind.ATTACK));
        assertEquals(List.of("kabul"), attack.targets());
        assertEquals(LocalDate.of(2023, 3, 10), attack.date());
    }

    @Test
    void aPhraseOfHowTheBombWasHiddenMayStandBeforeTheVerb() {
        assertEquals(List.of("kabul"), only(events(annotate("A bomb hidden in a car exploded near the parliament in "
                + "Kabul on Monday."), EventKind.ATTACK)).targets());
    }

    @Test
    void theArticlesOneAttackerIsGivenToTheBlast() {
        AnnotatedArticle a = annotate("A bomb tore through a crowded market in Kabul on Monday, killing 12 people. "
                + "The Taliban claimed responsibility.");
        Event attack = only(events(a, EventKind.ATTACK));
        assertEquals("taliban", attack.attacker());
        assertEquals(List.of("kabul"), attack.targets());
    }

    @Test
    void aLandmineThatRipsApartABusAndARocketThatSlamsIntoATown() {
        Event mine = only(events(annotate("A powerful landmine exploded early Monday near Kabul, ripping apart a packed "
                + "bus."), EventKind.ATTACK));
        assertEquals(List.of("kabul"), mine.targets());
        assertEquals(LocalDate.of(2023, 3, 13), mine.date());
        assertEquals(List.of("kabul"), only(events(annotate("Two rockets slammed into a school in Kabul on Friday."),
                EventKind.ATTACK)).targets());
        assertEquals(List.of(), events(annotate("The rocket launched a satellite from Kabul on Monday."),
                EventKind.ATTACK), "a rocket that does not go off tells no attack");
    }

    @Test
    void aClaimOfResponsibilityForTheBlastGivesItsAttacker() {
        AnnotatedArticle a = annotate("A roadside bomb tore through a crowded bus near Kabul on Tuesday. The Taliban "
                + "claimed responsibility for the blast on Wednesday.");
        Event attack = only(events(a, EventKind.ATTACK));
        assertEquals("taliban", attack.attacker());
        assertEquals(List.of("kabul"), attack.targets());
        assertEquals(LocalDate.of(2023, 3, 14), attack.date(), "the blast's own day, not the claim's");
    }

    @Test
    void aBlastNounThatModifiesAnotherNounIsNoSubject() {
        assertEquals(List.of(), events(annotate("The bomb squad detonated the device safely in a field near Kabul."),
                EventKind.ATTACK));
    }

    @Test
    void aBlastVerbWithAnotherSubjectTellsNoAttack() {
        assertEquals(List.of(), events(annotate("Prices exploded in Afghanistan last year, and the news rocked "
                + "Kabul."), EventKind.ATTACK));
    }

    @Test
    void aBlastInQuotationMarksIsTheSpeakersNotTheArticles() {
        assertEquals(List.of(), events(annotate("\"A bomb went off in Kabul,\" the minister said."),
                EventKind.ATTACK));
    }

    @Test
    void aBlastWithNoPlaceIsNoAttack() {
        assertEquals(List.of(), events(annotate("A bomb exploded on Monday, killing two people."), EventKind.ATTACK));
    }
}
