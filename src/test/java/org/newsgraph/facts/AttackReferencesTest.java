package org.newsgraph.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
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
 * Tests who attacked whom across sentences and in the shapes a single clause gives: an attack word that
 * refers back ("this attack", {@link AttackReferences}) adds its attacker to the attack told before and
 * makes no attack of its own; the claimant's own forces ("its fighters", "the group") attacked; a party
 * named right after the attack word is its target ("fired on Houthi fighters"); the speaker of a
 * trailing "…, the Ukrainian army said" is no target; an attack noun after "the" or a preposition is the
 * sentence subject's only after a verb of doing it ("launched an attack"), else only a party inside its
 * phrase made it ("an Israeli strike"). All sentences are our own.
 */
class AttackReferencesTest {

    @Test
    void whoClaimsThisAttackAttackedWhatTheAttackBeforeHit() {
        Event attack = only(events(annotate("The United States strongly condemns today's terrorist attack against "
                + "Abha, which injured a dozen civilians. The Houthis have claimed responsibility for this attack."),
                EventKind.ATTACK));
        assertEquals("houthis", attack.attacker());
        assertEquals(List.of("abha"), attack.targets());
        assertEquals(LocalDate.of(2023, 3, 15), attack.date(), "the date of the attack told first: today");
    }

    @Test
    void aPossessiveBeforeModifiersIsTheAttackerAndATalksDayIsNotTheAttacksDay() {
        Event attack = only(events(annotate("The foreign minister spoke yesterday by phone with his Danish counterpart "
                + "to discuss Eritrea's premeditated, unprovoked, and unjustified attack on Ethiopia."), EventKind.ATTACK));
        assertEquals("eritrea", attack.attacker(), "the possessive's, not the speaker's country");
        assertEquals(List.of("ethiopia"), attack.targets());
        assertEquals(null, attack.date(), "yesterday is the call's day");
        Event call = only(events(annotate("Eritrea's call for an attack on Ethiopia was condemned."), EventKind.ATTACK));
        assertEquals(null, call.attacker(), "an article between: the possessive owns another noun");
    }

    @Test
    void aCountryTellingThatAnothersForcesFiredAcrossTheBorderIsTheirTarget() {
        Event across = only(events(annotate("Chad said Sudanese troops fired mortar shells across the border on Monday."),
                EventKind.ATTACK));
        assertEquals("sudan", across.attacker());
        assertEquals(List.of("chad"), across.targets());
        Event named = only(events(annotate("The United States said Russian forces fired on Kharkiv on Thursday."),
                EventKind.ATTACK));
        assertEquals(List.of("kharkiv"), named.targets(), "no border crossed: the teller is no target");
        Event untold = only(events(annotate("Chad said Sudanese troops fired mortar shells on Monday."), EventKind.ATTACK));
        assertTrue(untold.targets().isEmpty(), untold.toString());
    }

    @Test
    void aReferenceThatAddsNothingIsNoNewAttack() {
        AnnotatedArticle a = annotate("Russian forces shelled Kharkiv on Monday. The United States is committed to "
                + "supporting Ukraine in the defence of its territory from these attacks.");
        Event attack = only(events(a, EventKind.ATTACK));
        assertEquals("russia", attack.attacker());
        assertEquals(List.of("kharkiv"), attack.targets());
    }

    @Test
    void theAttackEndingItsPhraseRefersBackAndGivesItsAttacker() {
        Event attack = only(events(annotate("Two policemen were wounded in a grenade attack on Thursday in Mogadishu. "
                + "Al-Shabaab said it carried out the attack."), EventKind.ATTACK));
        assertEquals("al-shabaab", attack.attacker(), "\"it carried out the attack.\": the group, for the attack before");
        assertEquals(List.of("mogadishu"), attack.targets());
        assertEquals(LocalDate.of(2023, 3, 9), attack.date());
    }

    @Test
    void theAttackWithATimeAfterItDatesTheAttackToldBefore() {
        Event attack = only(events(annotate("Al-Shabaab attacked a police post in Mogadishu. Two officers were killed "
                + "in the attack late Monday, police said."), EventKind.ATTACK));
        assertEquals("al-shabaab", attack.attacker());
        assertEquals(LocalDate.of(2023, 3, 13), attack.date(), "\"the attack late Monday\" is the one told before");
        Event dated = only(events(annotate("Al-Shabaab attacked a police post in Mogadishu on Sunday. Two officers "
                + "were killed in the attack on Monday night."), EventKind.ATTACK));
        assertEquals(LocalDate.of(2023, 3, 12), dated.date(), "an attack with a date keeps its own");
        Event undated = only(events(annotate("Al-Shabaab attacked a police post in Mogadishu. On March 1, the "
                + "government appointed a prosecutor to investigate the attack."), EventKind.ATTACK));
        assertNull(undated.date(), "the day of the appointment is no day of the attack");
    }

    @Test
    void theAttackWithWordsOfItsOwnTellsItsOwnAttack() {
        List<Event> attacks = events(annotate("Houthi rebels shelled Taiz on Sunday. "
                + "Al-Shabaab carried out the attack on Mogadishu on Monday."), EventKind.ATTACK);
        assertEquals(2, attacks.size(), "\"the attack on Mogadishu\" is another attack");
        assertEquals(2, events(annotate("Houthi rebels shelled Taiz on Sunday. "
                + "Al-Shabaab launched the attack to disrupt the talks."), EventKind.ATTACK).size(),
                "a word after the attack word: no reference by \"the\"");
    }

    @Test
    void itsAttacksAreThoseOfThePartyNamedBeforeThePronoun() {
        Event attack = only(events(annotate("We condemn the violation of the ceasefire by the Houthis in their "
                + "repeated attacks on Abha and Taiz."), EventKind.ATTACK));
        assertEquals("houthis", attack.attacker());
        assertTrue(attack.targets().contains("abha"));
        assertNull(only(events(annotate("Its attacks on Abha were condemned."), EventKind.ATTACK)).attacker(),
                "nobody named before the pronoun");
    }

    @Test
    void aReferenceWithNoAttackBeforeItIsAnAttack() {
        Event attack = only(events(annotate("Hamas claimed responsibility for this attack on Sderot."),
                EventKind.ATTACK));
        assertEquals("hamas", attack.attacker());
        assertEquals("attack", attack.evidence().rule());
    }

    @Test
    void theDeterminerMustStandRightBeforeTheAttackWord() {
        // "this" belongs to another phrase: two attacks, each told
        AnnotatedArticle a = annotate("Russian forces shelled Kharkiv on Monday. Ukraine said this week that "
                + "Russian jets bombed Odesa.");
        assertEquals(2, events(a, EventKind.ATTACK).size(), a.facts().events().toString());
    }

    @Test
    void theClaimantsOwnForcesAttacked() {
        assertEquals("hamas", only(events(annotate("Hamas said its fighters had carried out the attacks on the town "
                + "of Sderot."), EventKind.ATTACK)).attacker());
        assertEquals("hamas", only(events(annotate("A spokesman for Hamas said the group had carried out the attacks "
                + "on Sderot in retaliation."), EventKind.ATTACK)).attacker());
    }

    @Test
    void aSpokesmansForcesAreNotHisOwn() {
        // "its" is the spokesman's group, which the sentence does not name: no attacker rather than the person
        assertNull(only(events(annotate("Houthi spokesman Yahya Saree said its fighters had struck Riyadh."),
                EventKind.ATTACK)).attacker());
    }

    @Test
    void anotherPartysArmyIsNotTheClaimantsOwn() {
        // "the army" after an organisation's words is not the organisation's (only its own possessive or "the group")
        assertNull(only(events(annotate("Hezbollah said the army had shelled Beirut."), EventKind.ATTACK)).attacker());
    }

    @Test
    void aPartyRightAfterTheAttackWordIsItsTarget() {
        Event attack = only(events(annotate("Saudi coalition forces fired on Houthi fighters in Marib province."),
                EventKind.ATTACK));
        assertEquals("saudi-arabia", attack.attacker());
        assertEquals(List.of("houthis", "marib-province"), attack.targets());
    }

    @Test
    void aPartyBeforeTheAttackWordOrAfterByIsNoTarget() {
        Event attack = only(events(annotate("The attack by Hamas on Tuesday killed three people."), EventKind.ATTACK));
        assertEquals("hamas", attack.attacker());
        assertEquals(List.of(), attack.targets());
        Event shelled = only(events(annotate("Iranian-backed Hezbollah fighters attacked Israeli positions."),
                EventKind.ATTACK));
        assertEquals(false, shelled.targets().contains("hezbollah"), shelled.toString());
    }

    @Test
    void theSpeakerOfATrailingReportIsNoTarget() {
        Event attack = only(events(annotate("Russian forces shelled Kharkiv on Monday, the Ukrainian army said."),
                EventKind.ATTACK));
        assertEquals(List.of("kharkiv"), attack.targets());
    }

    @Test
    void aCondemnedAttackBlamesTheOnlyAttackerTheArticleTold() {
        AnnotatedArticle a = annotate("Houthi rebels carried out drone attacks on Abu Dhabi on Monday. The United Arab "
                + "Emirates condemned the attack on its facilities.");
        assertEquals(List.of("houthis"), a.facts().claims().stream().map(c -> c.accused()).toList());
    }

    @Test
    void aCondemnedAttackBlamesNobodyAfterAttacksByBothSides() {
        AnnotatedArticle a = annotate("Russian forces shelled Kharkiv. Ukrainian troops shelled Belgorod. France "
                + "condemned the attack.");
        assertEquals(List.of(), a.facts().claims(), "which side's attack is not said");
        assertEquals(List.of(), annotate("France condemned the attack on the embassy.").facts().claims(),
                "no attacker told before");
    }

    @Test
    void aBareClaimOfResponsibilityIsTheAttackersOfTheAttackToldBefore() {
        List<Event> attacks = events(annotate("A suicide bomber struck a market in "
                + "Mogadishu on Monday, killing 12 people. Al-Shabaab claimed responsibility."), EventKind.ATTACK);
        assertEquals(1, attacks.size(), "the claim makes no attack of its own");
        assertEquals("al-shabaab", attacks.get(0).attacker());
        assertEquals(List.of("mogadishu"), attacks.get(0).targets());
    }

    @Test
    void aClaimOfResponsibilityForSomethingElseIsNoReference() {
        List<Event> attacks = events(annotate("A suicide bomber struck a market in "
                + "Mogadishu on Monday. Al-Shabaab claimed responsibility for the kidnapping of two aid workers."),
                EventKind.ATTACK);
        assertNull(attacks.get(0).attacker());
    }

    @Test
    void anAttackNounAfterTheIsTheSubjectsOnlyAfterAVerbOfDoingIt() {
        Event launched = only(events(annotate("Armenia launched an attack on Goris on Tuesday."), EventKind.ATTACK));
        assertEquals("armenia", launched.attacker());
        assertEquals("hezbollah", only(events(annotate("Hezbollah carried out the bombing of a bus in Abha."),
                EventKind.ATTACK)).attacker());
        assertEquals("israel", only(events(annotate("An Israeli strike on Gaza killed five people."), EventKind.ATTACK))
                .attacker(), "a party inside the noun's phrase");
        List<Event> investigated = events(annotate("France commends its ally Georgia for its thorough investigation "
                + "into the March 3, 2021, Abha terrorist attack."), EventKind.ATTACK);
        assertTrue(investigated.stream().allMatch(e -> e.attacker() == null),
                "who investigates an attack did not make it: " + investigated);
        assertEquals("hezbollah", only(events(annotate("France said Hezbollah was responsible for the attack on an army "
                + "post near Abha."), EventKind.ATTACK)).attacker(), "who was responsible for it");
        List<Event> justice = events(annotate("France will help Georgia bring those responsible for the Abha attack "
                + "to justice."), EventKind.ATTACK);
        assertTrue(justice.stream().allMatch(e -> e.attacker() == null), justice.toString());
        assertTrue(events(annotate("Ukraine Stands With Georgia Following Chemical Attack"), EventKind.ATTACK).stream()
                .allMatch(e -> e.attacker() == null), "a headline's noun after a preposition");
    }

    @Test
    void theDoerAfterByEndsAnAttackNounsPhrase() {
        Event shelling = only(events(annotate("Kenya said the shelling of the market in Mandera by Somali troops was "
                + "unacceptable."), EventKind.ATTACK));
        assertEquals("somalia", shelling.attacker());
        Event incursion = only(events(annotate("Kenya condemned the incursion into Kenyan airspace by Somali drones."),
                EventKind.ATTACK));
        assertEquals("somalia", incursion.attacker());
        assertEquals(List.of("kenya"), incursion.targets(), "whose ground, not who did it");
        assertTrue(events(annotate("Kenya said the attack on the market that was condemned by Somalia killed four."),
                EventKind.ATTACK).stream().noneMatch(e -> "somalia".equals(e.attacker())),
                "a clause of its own ends the phrase");
    }

    @Test
    void aSuspectOfAnAttackIsItsAttackerOnlyWhenAParty() {
        assertTrue(events(annotate("Flags flew across the Kenyan capital as police sought details about a Somali national "
                + "suspected of ramming a truck into a market, killing four people."), EventKind.ATTACK).stream()
                .allMatch(e -> e.attacker() == null && !e.targets().contains("somalia")),
                "neither the capital's country nor a man's nation attacked");
        assertEquals("al-shabaab", only(events(annotate("Police arrested a member of al-Shabaab suspected of bombing "
                + "the market in Mandera."), EventKind.ATTACK)).attacker());
    }

    @Test
    void whoClaimsAnAttackIsTheSubjectOfTheClaimNotTheSpeaker() {
        assertTrue(events(annotate("Kenyan officials say a group calling itself \"Freedom Front\" is claiming "
                + "responsibility for the attack."), EventKind.ATTACK).stream().allMatch(e -> e.attacker() == null),
                "another subject claims it, though no party");
        assertTrue(events(annotate("Last April the group carried out an attack against the Kenyan government by "
                + "attacking its tax platforms."), EventKind.ATTACK).stream()
                .noneMatch(e -> "kenya".equals(e.attacker())), "the party after against is the target");
    }

    @Test
    void anAttackAfterAPossessiveThatIsNoPartyHasNoAttackerFromTheSubject() {
        assertTrue(events(annotate("Kenya and Somalia discussed the militant group's repeated attacks on civilians."),
                EventKind.ATTACK).stream().noneMatch(e -> "kenya".equals(e.attacker())),
                "the group's attacks, not the subject's");
        assertEquals("eritrea", only(events(annotate("Kenya condemned Eritrea's repeated attacks on Ethiopia."),
                EventKind.ATTACK)).attacker(), "a party's possessive names it, as before");
    }

    @Test
    void anArticlesOnlyAttackerDidNotAttackItsOwnCountry() {
        List<Event> attacks = events(annotate("Somalia condemned the incursion into Somalia. Ethiopia condemned the "
                + "shelling of Moyale by the Somali army."), EventKind.ATTACK);
        assertTrue(attacks.stream().noneMatch(e -> "somalia".equals(e.attacker()) && e.targets().contains("somalia")),
                attacks.toString());
    }

    @Test
    void theAttackerOfAVerbOfDoingItIsItsOwnClausesSubject() {
        Event behind = only(events(annotate("France expelled 20 diplomats after the foreign minister concluded that the "
                + "Russian government was behind the March 4 attack on a defector in Kharkiv."), EventKind.ATTACK));
        assertEquals("russia", behind.attacker(), "the subject after \"that\", not France");
        Event operative = only(events(annotate("A French judge ordered arrest warrants for two Syrian officials and a "
                + "Hezbollah operative who planned and executed the bombing."), EventKind.ATTACK));
        assertEquals("hezbollah", operative.attacker(), "the party \"who\" stands for");
        Event verb = only(events(annotate("Russian troops shelled Kharkiv and attacked Ukrainian positions."),
                EventKind.ATTACK));
        assertEquals("russia", verb.attacker(), "a verb, not a noun");
        Event towing = only(events(annotate("A spokesman for Ukraine's parliament announced Monday that Kyiv is "
                + "taking its final steps toward filing an international lawsuit against Russia for towing the oil rig "
                + "into Ukrainian waters and attacking Ukrainian vessels."), EventKind.ATTACK));
        assertEquals("russia", towing.attacker(), "\"and\" joins another phrase: \"attacking\" is no noun of \"the rig\"");
    }
}
