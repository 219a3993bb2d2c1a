package org.newsgraph.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.ExtractionFixture.annotate;
import static org.newsgraph.ExtractionFixture.events;
import static org.newsgraph.ExtractionFixture.map;
import static org.newsgraph.ExtractionFixture.only;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.ExtractionFixture;
import org.newsgraph.lexicon.Lexicon.EventKind;
import org.newsgraph.model.AnnotatedArticle;
import org.newsgraph.model.Facts.Event;

/**
 * Tests the event rules ({@link EventRules}, {@link Attacks}) and their dates from {@link DateResolver}:
 * clashes "between A and B", meetings ("met", "held talks with") with place and date, ceasefires,
 * statements; weekdays, "Sept 13" and "last month" against the article date, and no date when the
 * article date is unknown; no meeting from "talks" alone and no event from words inside quotes.
 */
class EventRulesTest {

    @Test
    void anEventNamedAfterTheUsAndACountryKeepsBoth() {
        AnnotatedArticle a = annotate("The ministers met before the U.S.-Africa Leaders Summit in Washington.");
        assertTrue(a.found().stream().anyMatch(f -> f.entity().label().equals("U.S.-Africa Leaders Summit")),
                a.found().toString());
    }

    @Test
    void stormsAreNamedEvents() {
        AnnotatedArticle a = annotate("Aid arrived after Hurricane Maria and Typhoon Haiyan struck the islands.");
        assertTrue(a.found().stream().anyMatch(f -> f.entity().label().equals("Hurricane Maria")), a.found().toString());
        assertTrue(a.found().stream().anyMatch(f -> f.entity().label().equals("Typhoon Haiyan")), a.found().toString());
    }

    @Test
    void clashBetweenTwoParties() {
        Event e = only(events(annotate("Clashes broke out between Russia and Ukraine near the border."), EventKind.CLASH));
        assertEquals(List.of("russia", "ukraine"), e.participants());
        assertNull(e.claim());
    }

    @Test
    void clashToldByAClaimantHasOnlyTheBetweenParties() {
        Event e = only(events(annotate("Georgia said clashes broke out between Russia and Ukraine."), EventKind.CLASH));
        assertEquals(List.of("russia", "ukraine"), e.participants());
        assertEquals("georgia", e.claim().claimant());
    }

    @Test
    void meetingWithPlaceAndLastMonth() {
        Event e = only(events(annotate("Emmanuel Macron met Vladimir Putin in Brussels last month."), EventKind.MEETING));
        assertEquals(List.of("emmanuel-macron", "vladimir-putin"), e.participants());
        assertEquals("brussels", e.place());
        assertEquals(YearMonth.of(2023, 2), e.date());
    }

    @Test
    void heldTalksWithOnAWeekday() {
        Event e = only(events(annotate("Turkey held talks with Russia in Moscow on Tuesday."), EventKind.MEETING));
        assertEquals(List.of("turkey", "russia"), e.participants());
        assertEquals("moscow", e.place());
        // the article is of Wednesday 15 March 2023
        assertEquals(LocalDate.of(2023, 3, 14), e.date());
    }

    @Test
    void aDaysPossessiveDatesOnlyTheEventItOwns() {
        assertEquals(LocalDate.of(2023, 3, 12), only(events(annotate("Officials say 12 people were killed in Sunday's "
                + "deadly attack by al-Shabaab on a hotel in Mogadishu."), EventKind.ATTACK)).date());
        assertNull(only(events(annotate("The bombings in Mogadishu shocked Somalia two days before Sunday's hotly "
                + "contested parliamentary elections."), EventKind.ATTACK)).date(), "Sunday is the elections' day");
    }

    @Test
    void aMeetingBetweenTwoCountriesOfficersIsBetweenTheCountries() {
        Event e = only(events(annotate("At mid-day on Saturday, 11th March, a meeting took place between senior "
                + "Russian and Turkish officers."), EventKind.MEETING));
        assertEquals(List.of("russia", "turkey"), e.participants(), "the demonyms stand for their sides");
        assertEquals(LocalDate.of(2023, 3, 11), e.date());
        Event officials = only(events(annotate("Talks between Russian officials and Turkish diplomats began on Monday."),
                EventKind.MEETING));
        assertEquals(List.of("russia", "turkey"), officials.participants());
    }

    @Test
    void weekdayOfThePublicationDayIsThatDay() {
        Event e = only(events(annotate("Macron met Putin on Wednesday."), EventKind.MEETING));
        assertEquals(LocalDate.of(2023, 3, 15), e.date());
    }

    @Test
    void monthAndDayInTheArticleYearUnlessThatIsStillToCome() {
        Event e = only(events(annotate("Russia and Ukraine agreed a ceasefire on March 13."), EventKind.CEASEFIRE));
        assertEquals(List.of("russia", "ukraine"), e.participants());
        assertEquals(LocalDate.of(2023, 3, 13), e.date());
        Event past = only(events(annotate("Russia and Ukraine agreed a ceasefire on Sept 13."), EventKind.CEASEFIRE));
        assertEquals(LocalDate.of(2022, 9, 13), past.date(), "done in an article of March: last September");
        Event plan = only(events(annotate("Russia and Ukraine will sign a ceasefire on Sept 13."), EventKind.CEASEFIRE));
        assertEquals(LocalDate.of(2023, 9, 13), plan.date(), "a plan: this September");
    }

    @Test
    void daysCountedFromTheArticleOrFromTheEventDatedLast() {
        assertEquals(LocalDate.of(2023, 3, 13), only(events(annotate("Russian forces shelled Kharkiv two days ago."),
                EventKind.ATTACK)).date());
        assertEquals(YearMonth.of(2023, 3), only(events(annotate("Russian forces shelled Kharkiv earlier this month."),
                EventKind.ATTACK)).date());
        List<Event> counted = events(annotate("Russian forces shelled Kharkiv on Tuesday, March 7. Four days earlier, "
                + "Russian forces shelled Kyiv."), EventKind.ATTACK);
        assertEquals(List.of(LocalDate.of(2023, 3, 7), LocalDate.of(2023, 3, 3)), map(counted, Event::date));
        List<Event> next = events(annotate("Russian forces shelled Kharkiv on March 7. Russian forces shelled Kyiv the "
                + "next day."), EventKind.ATTACK);
        assertEquals(LocalDate.of(2023, 3, 8), next.get(1).date());
        assertNull(only(events(annotate("Russian forces shelled Kharkiv four days earlier."), EventKind.ATTACK)).date(),
                "no event dated before: nothing to count from");
        List<Event> after = events(annotate("Russian forces shelled Kharkiv on March 7. Two days after the election, "
                + "Russian forces shelled Kyiv."), EventKind.ATTACK);
        assertNull(after.get(1).date(), "counted from an event the resolver does not know");
    }

    @Test
    void aYearAfterTheDayAndADayBeforeTheMonth() {
        Event comma = only(events(annotate("Russia and Ukraine agreed a ceasefire on Sept 13, 2021."), EventKind.CEASEFIRE));
        assertEquals(LocalDate.of(2021, 9, 13), comma.date());
        Event british = only(events(annotate("Russia and Ukraine agreed a ceasefire on 13 September 2021."),
                EventKind.CEASEFIRE));
        assertEquals(LocalDate.of(2021, 9, 13), british.date());
        Event noYear = only(events(annotate("Russia and Ukraine agreed a ceasefire on 13 March."),
                EventKind.CEASEFIRE));
        assertEquals(LocalDate.of(2023, 3, 13), noYear.date());
        Event count = only(events(annotate("Russia and Ukraine agreed a ceasefire on March 13, 45 people said."),
                EventKind.CEASEFIRE));
        assertEquals(LocalDate.of(2023, 3, 13), count.date(), "a number that is no year");
    }

    @Test
    void partsOfAMonth() {
        LocalDate march = LocalDate.of(2024, 3, 5);
        Event mid = only(events(annotate("Peru and Bolivia clashed in mid-October.", march, "Reuters"), EventKind.CLASH));
        assertEquals(YearMonth.of(2023, 10), mid.date());
        Event early = only(events(annotate("Peru and Bolivia clashed in early February.", march, "Reuters"),
                EventKind.CLASH));
        assertEquals(YearMonth.of(2024, 2), early.date());
    }

    @Test
    void noDateWithoutAnArticleDate() {
        AnnotatedArticle a = annotate("Turkey held talks with Russia in Moscow on Tuesday.", null, "Reuters");
        Event e = only(events(a, EventKind.MEETING));
        assertEquals(List.of("turkey", "russia"), e.participants());
        assertNull(e.date());
    }

    @Test
    void statement() {
        Event e = only(events(annotate("Georgia said in a statement that the border was calm."), EventKind.STATEMENT));
        assertEquals(List.of("georgia"), e.participants());
    }

    @Test
    void talksAloneIsNoMeeting() {
        assertEquals(List.of(), annotate("Ukraine sought to obstruct talks over the grain corridor.").facts().events());
    }

    @Test
    void triggerInsideQuotesIsNoEvent() {
        assertEquals(List.of(), annotate("“We will meet again in Brussels,” Emmanuel Macron said.").facts().events());
    }

    @Test
    void statementWithoutASpeakerIsNoEvent() {
        assertEquals(List.of(), annotate("The statement was published on Monday.").facts().events());
    }

    @Test
    void aNegatedMeetingIsNoMeeting() {
        assertEquals(List.of(), events(annotate("Russia said it would not meet Ukraine."), EventKind.MEETING));
    }

    @Test
    void peopleNamedByADemonymAreNotParties() {
        Event meeting = only(events(annotate("Former Soviet states met in Moscow."), EventKind.MEETING));
        assertEquals(List.of(), meeting.participants());
        assertEquals("moscow", meeting.place());
        assertEquals(List.of(), events(annotate("At least 12 Ukrainian soldiers were killed in the fighting."),
                EventKind.CLASH));
    }

    @Test
    void metInAReactionIsNoMeeting() {
        assertEquals(List.of(), events(annotate("Any incursion into Georgia will be met with a firm response."),
                EventKind.MEETING));
        assertEquals(List.of(), events(annotate("The proposal was met with scepticism in Armenia."), EventKind.MEETING));
        assertEquals(List.of(), events(annotate("The plan met with strong criticism in Turkey."), EventKind.MEETING));
    }

    @Test
    void metWithAPartyAndMetInAPlaceAreMeetings() {
        Event with = only(events(annotate("Emmanuel Macron met with Vladimir Putin in Brussels."), EventKind.MEETING));
        assertEquals(List.of("emmanuel-macron", "vladimir-putin"), with.participants());
        Event in = only(events(annotate("Turkey and Russia met in Moscow."), EventKind.MEETING));
        assertEquals(List.of("turkey", "russia"), in.participants());
        assertEquals("moscow", in.place());
        Event meeting = only(events(annotate("Macron was meeting with Putin in Brussels."), EventKind.MEETING));
        assertEquals(List.of("emmanuel-macron", "vladimir-putin"), meeting.participants(),
                "the progressive is no passive");
    }

    @Test
    void aCallIsAMeetingBetweenTwoNamedParties() {
        Event call = only(events(annotate("Secretary of State Antony Blinken spoke by phone today with Japanese Foreign "
                + "Minister Yoko Kamikawa."), EventKind.MEETING));
        assertEquals(List.of("antony-blinken", "yoko-kamikawa"), call.participants());
        assertEquals(ExtractionFixture.PUBLISHED, call.date());
        assertEquals(List.of(), events(annotate("Dmitry Peskov spoke with reporters in Moscow on Monday."),
                EventKind.MEETING), "a call needs two parties");
    }

    @Test
    void aVenueOrTheCountryMetInIsNoParty() {
        Event forum = only(events(annotate("Antony Blinken met Yoko Kamikawa in Phnom Penh on the sidelines of the "
                + "ASEAN Regional Forum."), EventKind.MEETING));
        assertEquals(List.of("antony-blinken", "yoko-kamikawa"), forum.participants());
        Event country = only(events(annotate("Antony Blinken met with the President of Chile Elena Varga in Chile."),
                EventKind.MEETING));
        assertEquals(List.of("antony-blinken", "elena-varga"), country.participants());
        Event owner = only(events(annotate("Antony Blinken met President Elena Varga of Chile."), EventKind.MEETING));
        assertEquals(List.of("antony-blinken", "elena-varga"), owner.participants());
    }

    @Test
    void aPlaceNamedInItsCountryIsOneTarget() {
        Event e = only(events(annotate("Iran's missile attack on the Kurdistan Region of Iraq killed two."),
                EventKind.ATTACK));
        assertEquals(List.of("kurdistan-region"), e.targets());
    }

    @Test
    void aPlaceAfterItsCountrysPossessiveOrAVillageBeforeItsTownshipIsTheTarget() {
        Event province = only(events(annotate("A drone attack killed four people in Pakistan's Zorbu tribal region "
                + "that borders Afghanistan."),
                EventKind.ATTACK));
        assertEquals(List.of("zorbu"), province.targets());
        Event village = only(events(annotate("Rebels attacked a police post in Kyauk Taw village of Minbya Township "
                + "on Friday."), EventKind.ATTACK));
        assertEquals(List.of("kyauk-taw"), village.targets());
        Event shelling = only(events(annotate("Afghan forces fired shells that killed three Pakistani soldiers."),
                EventKind.ATTACK));
        assertEquals(List.of("pakistan"), shelling.targets(), "a relative clause after no place tells the attack");
    }

    @Test
    void firingSomeoneFromAPostIsNoAttackAndAProgressiveIsNoPassive() {
        assertEquals(List.of(), events(annotate("Acting President Jane Roe fired National Security Adviser John Doe on "
                + "Monday in Kharkiv."), EventKind.ATTACK));
        assertEquals(List.of(), events(annotate("Jane Roe fired him in Kharkiv."), EventKind.ATTACK));
        assertEquals(List.of("kharkiv"), only(events(annotate("Russian troops fired on Kharkiv."), EventKind.ATTACK))
                .targets(), "fired on a place is an attack");
        Event progressive = only(events(annotate("Russian jets were pounding Houthi positions on Thursday."),
                EventKind.ATTACK));
        assertEquals("russia", progressive.attacker());
        assertEquals(List.of("houthis"), progressive.targets());
    }

    @Test
    void anAttackToldInASpeakersQuotationIsClaimedInIt() {
        AnnotatedArticle a = annotate("“Some 50 rebels of the Polisario Front attacked a police post at dawn in Kharkiv,” said "
                + "army spokesman Jane Roe.");
        Event e = only(events(a, EventKind.ATTACK));
        assertEquals("polisario-front", e.attacker());
        assertEquals(List.of("kharkiv"), e.targets());
        assertEquals("jane-roe", e.claim().claimant(), "the speaker's account");
        assertEquals(a.facts().quotations().get(0).evidence(), e.claim().evidence(), "claimed in the quotation");
        assertTrue(a.facts().claims().isEmpty(), "the quotation is no claim besides: " + a.facts().claims());
    }

    @Test
    void aQuotationTellsNoAttackItDeniesThreatensOrGivesNoPartyOrSpeakerOf() {
        assertEquals(List.of(), events(annotate("“We did not attack anyone in Kharkiv,” the Front said."),
                EventKind.ATTACK), "denied");
        assertEquals(List.of(), events(annotate("“The Front will attack Kharkiv,” Jane Roe said."), EventKind.ATTACK),
                "a threat");
        assertEquals(List.of(), events(annotate("“The Front attacked Kharkiv,” a resident said."), EventKind.ATTACK),
                "no speaker");
        assertEquals(List.of(), events(annotate("“They attacked our positions,” the Polisario Front said."),
                EventKind.ATTACK), "a pronoun names no attacker");
        assertEquals(List.of(), events(annotate("“Through the attacks in Kharkiv, the whole of Europe has been hit,” "
                + "Jane Roe said."), EventKind.ATTACK), "no attacker named");
    }

    @Test
    void theCountryOfATitleBeforeItsHolderIsNoParty() {
        Event e = only(events(annotate("The president of Chile, Elena Varga, met Javier Milei in Santiago."),
                EventKind.MEETING));
        assertEquals(List.of("elena-varga", "javier-milei"), e.participants());
        Event both = only(events(annotate("Chile and Peru met in Santiago."), EventKind.MEETING));
        assertEquals(List.of("chile", "peru"), both.participants(), "a country alone is a party");
    }

    @Test
    void theAuthorOfAStatementOnAnAttackIsNotItsAttacker() {
        Event e = only(events(annotate("Statement by Spokesperson Maria Lindqvist on the Missile Attack in Kharkiv"),
                EventKind.ATTACK));
        assertNull(e.attacker());
        assertNull(only(events(annotate("Statement by NSC Spokesperson Maria Lindqvist on the Attack in Kharkiv"),
                EventKind.ATTACK)).attacker(), "an office's name before the title");
        Event byAfter = only(events(annotate("The attack carried out by Russia on Monday hit Kharkiv."),
                EventKind.ATTACK));
        assertEquals("russia", byAfter.attacker(), "by after the attack word names the attacker");
    }

    @Test
    void condemningAnAttackIsNotCarryingItOut() {
        Event e = only(events(annotate("Antonio Guterres condemned the attack on the convoy near Kharkiv."),
                EventKind.ATTACK));
        assertNull(e.attacker(), "the condemner is never the attacker");
        assertEquals(List.of("kharkiv"), e.targets());
        Event d = only(events(annotate("France denounced the shelling of Kharkiv."), EventKind.ATTACK));
        assertNull(d.attacker());
        assertEquals(List.of("kharkiv"), d.targets(), "the country that reacts is no target either");
    }

    @Test
    void blamingNamesTheAttackerAfterTheBlame() {
        Event e = only(events(annotate("Poland blamed Russia for the attack on Kharkiv."), EventKind.ATTACK));
        assertEquals("russia", e.attacker());
        assertEquals(List.of("kharkiv"), e.targets());
    }

    @Test
    void aPartyThatReactsAfterTheAttackIsNoTarget() {
        Event e = only(events(annotate("Georgia said Russian forces attacked Tbilisi, and France condemned the attack."),
                EventKind.ATTACK));
        assertEquals("russia", e.attacker());
        assertEquals(List.of("tbilisi"), e.targets());
    }

    @Test
    void claimingResponsibilityMakesTheClaimerTheAttacker() {
        Event e = only(events(annotate("Hamas claimed responsibility for the attack on Jerusalem."), EventKind.ATTACK));
        assertEquals("hamas", e.attacker());
        assertEquals(List.of("jerusalem"), e.targets());
        Event first = only(events(annotate("Hezbollah claimed its first attack on Israel."), EventKind.ATTACK));
        assertEquals("hezbollah", first.attacker());
        assertEquals(List.of("israel"), first.targets());
    }

    @Test
    void claimingAnAttackByAnotherDoesNotMakeTheClaimerTheAttacker() {
        Event e = only(events(annotate("Georgia claimed Russia attacked Tbilisi."), EventKind.ATTACK));
        assertEquals("russia", e.attacker());
        Event by = only(events(annotate("Ukraine reported an attack by Russia on Kharkiv."), EventKind.ATTACK));
        assertEquals("russia", by.attacker());
        assertEquals(List.of("kharkiv"), by.targets());
    }

    @Test
    void passiveGivesTheAttackerAfterByAndTheTargetBefore() {
        Event e = only(events(annotate("The city of Kharkiv was struck by Russian aircraft."), EventKind.ATTACK));
        assertEquals("russia", e.attacker());
        assertEquals(List.of("kharkiv"), e.targets());
    }

    @Test
    void passiveWithoutAnAgentHasNoAttacker() {
        Event e = only(events(annotate("Russia said Kharkiv was shelled overnight."), EventKind.ATTACK));
        assertNull(e.attacker(), "the speaker of another clause is no attacker");
        assertEquals(List.of("kharkiv"), e.targets());
    }

    @Test
    void nominalisationsGiveAttackerAndTarget() {
        Event siege = only(events(annotate("Russia's siege of Mariupol lasted months."), EventKind.ATTACK));
        assertEquals("russia", siege.attacker());
        assertEquals(List.of("mariupol"), siege.targets());
        Event strike = only(events(annotate("A Russian airstrike on Kharkiv destroyed a school."), EventKind.ATTACK));
        assertEquals("russia", strike.attacker());
        assertEquals(List.of("kharkiv"), strike.targets());
        Event confirmed = only(events(annotate("The United Nations said Russia's confirmed airstrike on Kharkiv "
                + "killed five."), EventKind.ATTACK));
        assertEquals("russia", confirmed.attacker(), "an adjective between the possessor and the attack word");
        assertEquals(List.of("kharkiv"), confirmed.targets());
    }

    @Test
    void theEventsOwnDateBeatsTheReportingVerbs() {
        Event e = only(events(annotate("Ukraine said on Friday that an airstrike on March 2 hit Kharkiv."),
                EventKind.ATTACK));
        assertEquals(LocalDate.of(2023, 3, 2), e.date());
        Event m = only(events(annotate("Turkey said on Monday that it met with Russia in Moscow on Sunday."),
                EventKind.MEETING));
        assertEquals(LocalDate.of(2023, 3, 12), m.date(), "Sunday, not the Monday it was said");
    }

    @Test
    void aReportsOwnDayDoesNotDateTheDeedItReports() {
        Event blamed = only(events(annotate("Kenya on Thursday blamed the bombing in Mandera on al-Shabaab."),
                EventKind.ATTACK));
        assertEquals("al-shabaab", blamed.attacker(), "the party the deed is blamed on");
        assertNull(blamed.date(), "Thursday is the day of the blame");
        assertTrue(events(annotate("Kenya blamed the bombing in Mandera on a Somali man, but the United States said "
                + "Thursday it has yet to determine who launched the attack."), EventKind.ATTACK).stream()
                .allMatch(e -> e.date() == null && e.attacker() == null && !e.targets().contains("somalia")),
                "a man of a nation is no party; who asks; another report's day");
        Event truce = only(events(annotate("Kenyan media reported that the ceasefire broke down soon after it took effect "
                + "early Tuesday."), EventKind.CEASEFIRE));
        assertEquals(LocalDate.of(2023, 3, 14), truce.date(), "a time after the reported event word is its own");
    }

    @Test
    void lastOctoberIsTheLatestOctoberBeforeTheArticle() {
        Event e = only(events(annotate("Russian forces shelled Kharkiv last October."), EventKind.ATTACK));
        assertEquals(YearMonth.of(2022, 10), e.date());
        Event later = only(events(annotate("Russian forces shelled Kharkiv last October.", LocalDate.of(2024, 11, 5),
                "Reuters"), EventKind.ATTACK));
        assertEquals(YearMonth.of(2024, 10), later.date());
        Event same = only(events(annotate("Russian forces shelled Kharkiv last March."), EventKind.ATTACK));
        assertEquals(YearMonth.of(2022, 3), same.date(), "last March in March is a year before");
    }

    @Test
    void anEventClauseWithoutATimeKeepsTheSentencesDate() {
        Event e = only(events(annotate("Ukraine said on Tuesday that Russian forces shelled Kharkiv."),
                EventKind.ATTACK));
        assertEquals(LocalDate.of(2023, 3, 14), e.date());
        Event none = only(events(annotate("Russian forces shelled Kharkiv."), EventKind.ATTACK));
        assertNull(none.date());
    }

    @Test
    void oneEventWhenASentenceNamesItTwice() {
        Event e = only(events(annotate("Russia shelled Kharkiv, and the shelling lasted three hours."),
                EventKind.ATTACK));
        assertEquals("russia", e.attacker());
        Event claimed = only(events(annotate(
                "Georgia said Russia attacked Tbilisi, and the attack on Tbilisi was condemned."), EventKind.ATTACK));
        assertEquals("russia", claimed.attacker());
        Event meeting = only(events(annotate("Turkey met Russia in Moscow, the first meeting since May."),
                EventKind.MEETING));
        assertEquals(List.of("turkey", "russia"), meeting.participants());
    }

    @Test
    void aCountryNamedAsThePlaceOfAnAttackIsNotItsAttacker() {
        assertEquals(List.of(), events(annotate("Nine Die in Chad Air Strike"), EventKind.ATTACK));
        Event e = only(events(annotate("Nine people died in Kharkiv when Russia shelled the town."), EventKind.ATTACK));
        assertEquals("russia", e.attacker(), "a party after the place still attacks");
    }

    @Test
    void theSpeakerOfAMeetingIsNoPartyToIt() {
        Event e = only(events(annotate("Georgia said Turkey met Russia in Moscow."), EventKind.MEETING));
        assertEquals(List.of("turkey", "russia"), e.participants());
        Event own = only(events(annotate("Turkey said it would hold talks with Russia in Moscow."), EventKind.MEETING));
        assertEquals(List.of("turkey", "russia"), own.participants(), "a pronoun after the speech verb is the speaker");
        assertEquals(List.of(), events(annotate("Georgia said that this was the first time Armenian officials had met."),
                EventKind.MEETING));
    }

    @Test
    void aClaimantWhoSaysItAttackedIsTheAttacker() {
        Event e = only(events(annotate("The Russian army said on Monday it carried out airstrikes against Kharkiv."),
                EventKind.ATTACK));
        assertEquals("russia", e.attacker());
        assertEquals(List.of("kharkiv"), e.targets());
        Event other = only(events(annotate("Ukraine said Kharkiv was shelled overnight."), EventKind.ATTACK));
        assertNull(other.attacker(), "no pronoun, no attacker: the speaker is not guessed");
    }

    @Test
    void clashPartiesComeFromTheClashsOwnClause() {
        Event e = only(events(annotate("Chile said clashes between Peru and Bolivia continued."), EventKind.CLASH));
        assertEquals(List.of("peru", "bolivia"), e.participants(), "the speaker is no party");
        Event own = only(events(annotate("Chile said Peru and Bolivia clashed near the border."), EventKind.CLASH));
        assertEquals(List.of("peru", "bolivia"), own.participants());
        Event calm = only(events(annotate("Peru and Bolivia clashed near the border, while France urged calm."),
                EventKind.CLASH));
        assertEquals(List.of("peru", "bolivia"), calm.participants(), "a party after a clause break is no party");
        Event told = only(events(annotate("Peru and Bolivia clashed again, Chile said."), EventKind.CLASH));
        assertEquals(List.of("peru", "bolivia"), told.participants(), "the speaker of a trailing report is no party");
        assertEquals(List.of(), events(annotate("Chile keeps troops in the clash zone between Lakeland and Peru."),
                EventKind.CLASH), "after \"between\" only its own names, not a party of the clause before");
    }

    @Test
    void ceasefirePartiesComeFromTheCeasefiresOwnClause() {
        Event e = only(events(annotate("Peru and Bolivia agreed to a ceasefire, the United Nations said."),
                EventKind.CEASEFIRE));
        assertEquals(List.of("peru", "bolivia"), e.participants());
        Event told = only(events(annotate("The United Nations said Peru and Bolivia agreed to a ceasefire."),
                EventKind.CEASEFIRE));
        assertEquals(List.of("peru", "bolivia"), told.participants());
        Event brokered = only(events(annotate("Chile brokered a ceasefire between the United States and Bolivia."),
                EventKind.CEASEFIRE));
        assertEquals(List.of("united-states", "bolivia"), brokered.participants(), "the broker is no party");
        Event shortForm = only(events(annotate("Chile brokered a truce between the African Union (AU) and Peru."),
                EventKind.CEASEFIRE));
        assertEquals(List.of("african-union", "peru"), shortForm.participants());
        Event calm = only(events(annotate("Peru and Bolivia agreed to a ceasefire on Monday, while France urged calm."),
                EventKind.CEASEFIRE));
        assertEquals(List.of("peru", "bolivia"), calm.participants());
    }

    @Test
    void aBrokenCeasefireHasOnlyThePartiesNamedAsItsParties() {
        assertEquals(List.of(), events(annotate("Peru accused Bolivia of breaking the ceasefire."), EventKind.CEASEFIRE),
                "the accuser and the accused are not named as parties");
        Event between = only(events(annotate("Peru accused Bolivia of violating the truce between Peru and Bolivia."),
                EventKind.CEASEFIRE));
        assertEquals(List.of("peru", "bolivia"), between.participants());
        Event kept = only(events(annotate("Peru and Bolivia kept the ceasefire."), EventKind.CEASEFIRE));
        assertEquals(List.of("peru", "bolivia"), kept.participants(), "keeping a ceasefire is no breach");
    }

    @Test
    void aBareMonthInTheEventsClauseIsTheLatestSuchMonth() {
        LocalDate march = LocalDate.of(2024, 3, 5);
        Event october = only(events(annotate("Peru and Bolivia clashed in October.", march, "Reuters"),
                EventKind.CLASH));
        assertEquals(YearMonth.of(2023, 10), october.date());
        Event same = only(events(annotate("Peru and Bolivia agreed to a ceasefire in March.", march, "Reuters"),
                EventKind.CEASEFIRE));
        assertEquals(YearMonth.of(2024, 3), same.date(), "the article's own month is this year's");
        Event agreed = only(events(annotate("Chile said a ceasefire agreed in January between Peru and Bolivia held.",
                march, "Reuters"), EventKind.CEASEFIRE));
        assertEquals(YearMonth.of(2024, 1), agreed.date());
        Event year = only(events(annotate("Peru and Bolivia clashed in October 2021.", march, "Reuters"),
                EventKind.CLASH));
        assertEquals(YearMonth.of(2021, 10), year.date());
    }

    @Test
    void aBareMonthOutsideTheEventsClauseOrWithoutAPrepositionIsNoDate() {
        LocalDate march = LocalDate.of(2024, 3, 5);
        Event said = only(events(annotate("In October, Chile said Peru and Bolivia clashed near the border.", march,
                "Reuters"), EventKind.CLASH));
        assertNull(said.date(), "the reporting verb's month is not the clash's");
        Event reporter = only(events(annotate("Peru and Bolivia clashed, Chile said in October.", march, "Reuters"),
                EventKind.CLASH));
        assertNull(reporter.date());
        Event deadline = only(events(annotate("Peru and Bolivia clashed before the October deadline.", march,
                "Reuters"), EventKind.CLASH));
        assertNull(deadline.date(), "a month that is no time expression");
        Event sentence = only(events(annotate("Chile said in October that Peru and Bolivia clashed.", march,
                "Reuters"), EventKind.CLASH));
        assertNull(sentence.date(), "a bare month never dates the sentence");
    }

    @Test
    void aBareMonthOfAPlanIsTheNextSuchMonth() {
        LocalDate march = LocalDate.of(2024, 3, 5);
        Event meet = only(events(annotate("Peru and Bolivia will meet in October.", march, "Reuters"),
                EventKind.MEETING));
        assertEquals(YearMonth.of(2024, 10), meet.date());
        Event planned = only(events(annotate("Peru and Bolivia planned to meet in January.", march, "Reuters"),
                EventKind.MEETING));
        assertEquals(YearMonth.of(2025, 1), planned.date(), "a plan's January is the next one");
        Event next = only(events(annotate("Peru and Bolivia met in Lima next February.", march, "Reuters"),
                EventKind.MEETING));
        assertEquals(YearMonth.of(2025, 2), next.date());
    }

    @Test
    void aStoppageOfWorkIsNoAttack() {
        assertEquals(List.of(), events(annotate("The Nepali Congress called a strike in Kathmandu."), EventKind.ATTACK));
        assertEquals(List.of(), events(annotate("Nepal's teachers began a general strike in Kathmandu."),
                EventKind.ATTACK));
        assertEquals(List.of(), events(annotate("A Nepali Congress leader went on hunger strike in Kathmandu."),
                EventKind.ATTACK));
        assertEquals(1, events(annotate("Israel carried out a strike on Gaza."), EventKind.ATTACK).size(),
                "a strike on a place is an attack");
    }

    @Test
    void aWeekdaysPossessiveOrLateWeekdayDatesTheEvent() {
        Event e = only(events(annotate("Officials in Nepal say 14 people were killed in Sunday's attack by the Communist "
                + "Party of Nepal on a police post."), EventKind.ATTACK));
        assertEquals(LocalDate.of(2023, 3, 12), e.date());
        Event late = only(events(annotate("Nepal's army shelled rebel positions in Rolpa early Tuesday."),
                EventKind.ATTACK));
        assertEquals(LocalDate.of(2023, 3, 14), late.date());
    }

    @Test
    void aTitledSecondPartyOfAMeeting() {
        Event m = only(events(annotate("Nikol Pashinyan and Prime Minister Ilham Aliyev met late Tuesday in Prague."),
                EventKind.MEETING));
        assertEquals(List.of("nikol-pashinyan", "ilham-aliyev"), m.participants());
        assertEquals(LocalDate.of(2023, 3, 14), m.date());
    }

    @Test
    void rammingAndOpeningFireAreAttacks() {
        assertEquals("china", only(events(annotate("Chinese ships rammed Vietnamese boats near the Paracel Islands on "
                + "Monday."), EventKind.ATTACK)).attacker());
        assertEquals(LocalDate.of(2023, 3, 13), only(events(annotate("Thai troops opened fire on Cambodian positions on "
                + "Monday."), EventKind.ATTACK)).date());
    }

    @Test
    void whoSpeaksOfAnAttackIsNotItsAttacker() {
        assertEquals(List.of(), events(annotate("U.S. State Department spokesman Sean McCormack says, however serious the "
                + "attack on the prison was, it cannot excuse the shootings."), EventKind.ATTACK));
        assertEquals("russia", only(events(annotate("Russia says it shelled Kharkiv on Monday."), EventKind.ATTACK))
                .attacker(), "a speaker who says it attacked is the attacker");
    }

    @Test
    void callsHeldWithPeopleWhoseCountryIsGlossedEndBeforeWhatFollowedThem() {
        Event calls = only(events(annotate("Secretary of State Antony J. Blinken held separate calls on March 10 with "
                + "Republic of Kenya (ROK) Foreign Minister Raphael Tuju and Somali Foreign Minister Abdisaid Ali "
                + "immediately following Eritrea's launch of a missile."), EventKind.MEETING));
        assertEquals(List.of("antony-blinken", "raphael-tuju", "abdisaid-ali"), calls.participants(),
                "no country of a title, nor the party of what the calls followed");
        assertEquals(LocalDate.of(2023, 3, 10), calls.date());
    }

    @Test
    void aCallOnAWeekdayWithItsCounterpart() {
        Event call = only(events(annotate("Secretary of State Antony J. Blinken spoke on Thursday with Kazakhstani "
                + "Foreign Minister Mukhtar Tileuberdi regarding the crisis."), EventKind.MEETING));
        assertEquals(List.of("antony-blinken", "mukhtar-tileuberdi"), call.participants());
        assertEquals(LocalDate.of(2023, 3, 9), call.date());
    }

    @Test
    void theDayAClaimOfResponsibilityIsMadeDoesNotDateTheAttack() {
        assertNull(only(events(annotate("The Islamic State group claimed responsibility Thursday for the deadly attack on "
                + "Kenya's parliament."), EventKind.ATTACK)).date());
        assertEquals(LocalDate.of(2023, 3, 14), only(events(annotate("The Islamic State group claimed responsibility "
                + "Thursday for Tuesday's attack on Kenya's parliament."), EventKind.ATTACK)).date(),
                "the attack's own day");
    }

    @Test
    void aPlaceNarrowsTheCountryItLiesIn() {
        Event demonym = only(events(annotate("Russian drones struck the Ukrainian port city of Odesa on Tuesday."),
                EventKind.ATTACK));
        assertEquals(List.of("odesa"), demonym.targets(), "the Ukrainian port city of Odesa: Odesa");
        Event possessive = only(events(annotate("Houthi forces fired missiles at Saudi Arabia's Red Sea port of Jeddah."),
                EventKind.ATTACK));
        assertEquals(List.of("jeddah"), possessive.targets(), "Saudi Arabia's Red Sea port of Jeddah: Jeddah");
        Event two = only(events(annotate("Russia shelled Ukraine and Moldova on Monday."), EventKind.ATTACK));
        assertEquals(List.of("ukraine", "moldova"), two.targets(), "two countries: both targets");
        Event city = only(events(annotate("Russia launched missiles at Kyiv in Ukraine on Monday."), EventKind.ATTACK));
        assertTrue(city.targets().contains("kyiv"), "a settlement is never narrowed");
    }

    @Test
    void aPassiveParticipleAfterTheAttackNamesItsAttacker() {
        Event e = only(events(annotate("The attack on the port was clearly orchestrated by Iran, officials said."),
                EventKind.ATTACK));
        assertEquals("iran", e.attacker());
        assertEquals(List.of(), e.targets(), "the party after by is no target");
        Event unrelated = only(events(annotate("The attack on Kharkiv was reported by Ukraine."), EventKind.ATTACK));
        assertEquals(null, unrelated.attacker(), "reported by names who reports it, not who attacked");
    }

    @Test
    void aMeetingWordThatNeedsAPersonAfterIt() {
        Event hosted = only(events(annotate("Emmanuel Macron hosted Olaf Scholz on Friday."), EventKind.MEETING));
        assertEquals(List.of("emmanuel-macron", "olaf-scholz"), hosted.participants());
        Event counterpart = only(events(annotate("On Tuesday, Foreign Minister Sergey Lavrov received his Turkish "
                + "counterpart Mevlut Cavusoglu in Moscow."), EventKind.MEETING));
        assertEquals(List.of("sergey-lavrov", "mevlut-cavusoglu"), counterpart.participants());
        Event spoke = only(events(annotate("Antony Blinken spoke this morning to Olaf Scholz, conveying the support of "
                + "the United States."), EventKind.MEETING));
        assertEquals(List.of("antony-blinken", "olaf-scholz"), spoke.participants(), "the person spoken to, no more");
        assertEquals(ExtractionFixture.PUBLISHED, spoke.date(), "this morning is the article's day");
        Event yesterday = only(events(annotate("Antony Blinken spoke yesterday with Foreign Minister Nasser Bourita."),
                EventKind.MEETING));
        assertEquals(List.of("antony-blinken", "nasser-bourita"), yesterday.participants());
        assertEquals(ExtractionFixture.PUBLISHED.minusDays(1), yesterday.date());
        Event both = only(events(annotate("Antony Blinken and Foreign Minister Nasser Bourita spoke today."),
                EventKind.MEETING));
        assertEquals(List.of("antony-blinken", "nasser-bourita"), both.participants());
        assertEquals(List.of(), events(annotate("Prime Minister Shehbaz Sharif spoke today about the floods."),
                EventKind.MEETING), "a call needs two parties");
        assertEquals(List.of(), events(annotate("Ukraine received weapons from Germany on Monday."), EventKind.MEETING));
        assertEquals(List.of(), events(annotate("France welcomed the decision by Niger."), EventKind.MEETING));
        assertEquals(List.of(), events(annotate("Prime Minister Shehbaz Sharif spoke to reporters in Islamabad."),
                EventKind.MEETING));
    }

    @Test
    void aCallOfAPossessorIsHisMeeting() {
        Event e = only(events(annotate("The State Department published a readout of Antony Blinken's call with "
                + "Foreign Minister Wang Yi."), EventKind.MEETING));
        assertEquals(List.of("antony-blinken", "wang-yi"), e.participants());
    }

    @Test
    void thePartyAfterAgainstIsTheTargetAndThePlaceBeforeItOnlyWhere() {
        Event e = only(events(annotate("Turkish jets carried out strikes in Iraq against PKK positions on Monday."),
                EventKind.ATTACK));
        assertEquals("turkey", e.attacker());
        assertEquals(List.of("pkk"), e.targets());
        Event plain = only(events(annotate("Turkish jets carried out strikes in Iraq on Monday."), EventKind.ATTACK));
        assertEquals(List.of("iraq"), plain.targets(), "without against, the place is the target");
    }

    @Test
    void aWeekdayBeforeItsDateGivesWayToTheDate() {
        Event e = only(events(annotate("Turkish jets struck PKK positions in Iraq on Tuesday, March 7, officials said."),
                EventKind.ATTACK));
        assertEquals(LocalDate.of(2023, 3, 7), e.date());
    }

    @Test
    void aCampaignWithItsOwnerAndTargetIsAnAttack() {
        Event war = only(events(annotate("They discussed Russia's unprovoked war on Ukraine and food prices."),
                EventKind.ATTACK));
        assertEquals("russia", war.attacker());
        assertEquals(List.of("ukraine"), war.targets());
        assertEquals("russia", only(events(annotate("They discussed Russian aggression against Ukraine."),
                EventKind.ATTACK)).attacker());
    }

    @Test
    void aCampaignWithoutOwnerOrTargetIsNoAttack() {
        assertTrue(events(annotate("The United States led the war on terror after 2001."), EventKind.ATTACK).isEmpty());
        assertTrue(events(annotate("Azerbaijan regained land it had lost in an earlier war against Armenia."),
                EventKind.ATTACK).isEmpty());
    }

    @Test
    void lethalForceAgainstPeopleInAPlaceIsAnAttack() {
        Event e = only(events(annotate("Nepal's King Gyanendra deployed lethal force against protesters in Kathmandu on "
                + "Thursday."), EventKind.ATTACK));
        assertEquals("gyanendra", e.attacker());
        assertEquals(List.of("kathmandu"), e.targets());
    }

    @Test
    void aMassacreAndAShootingDownAreAttacks() {
        Event massacre = only(events(annotate("Gunmen carried out a massacre in Tigray on Monday."), EventKind.ATTACK));
        assertEquals(List.of("tigray"), massacre.targets());
        assertEquals(1, events(annotate("Rebels shot down a helicopter over Tigray on Monday."), EventKind.ATTACK).size());
    }

    @Test
    void aSummonsIsAMeetingOfBothSidesAndHistoricStatesAreCountries() {
        Event summons = only(events(annotate("Permanent Secretary Ingrid Falk summoned the Peruvian Ambassador Pablo "
                + "Quispe on Tuesday over the detention of two fishermen."), EventKind.MEETING));
        assertEquals(List.of("ingrid-falk", "pablo-quispe"), summons.participants());
        assertEquals(LocalDate.of(2023, 3, 14), summons.date(), "the summons's own day");
        Event old = only(events(annotate("Yugoslavia and Czechoslovakia held talks in Belgrade on Monday."), EventKind.MEETING));
        assertEquals(List.of("yugoslavia", "czechoslovakia"), old.participants(), "states of the past are in the gazetteer");
    }

    @Test
    void whoBelievesOrSaysOthersAttackedIsNoAttacker() {
        var think = annotate("Officials in Niger say they think Islamist militants carried out an attack that killed 12 soldiers "
                + "on Monday.").facts().events();
        assertTrue(think.stream().noneMatch(e -> "niger".equals(e.attacker())), think.toString());
        var own = annotate("Niger said it attacked rebel positions near the border with Mali on Monday.").facts().events();
        assertTrue(own.stream().anyMatch(e -> "niger".equals(e.attacker())), "its own act: " + own);
    }

    @Test
    void anAttackOvernightIsOfTheArticlesDayAndANumberOfAttacksIsNoAttack() {
        var overnight = annotate("Niger said Malian forces shelled the town of Tillaberi overnight, killing two civilians.")
                .facts().events();
        assertTrue(overnight.stream().anyMatch(e -> "mali".equals(e.attacker())
                && org.newsgraph.ExtractionFixture.PUBLISHED.equals(e.date())), overnight.toString());
        assertEquals(List.of(), annotate("The Red Cross reports that the number of attacks has increased by 20 percent in "
                + "Mali.").facts().events());
    }

    @Test
    void piratesOfANationAreNotItsState() {
        var events = annotate("Somali pirates attacked a cargo ship off the coast of Kenya on Monday.").facts().events();
        assertTrue(events.stream().noneMatch(e -> "somalia".equals(e.attacker())), events.toString());
        var troops = annotate("Nigerian troops attacked a rebel camp in the north on Monday.").facts().events();
        assertTrue(troops.stream().anyMatch(e -> "nigeria".equals(e.attacker())), troops.toString());
    }

    @Test
    void blowingUpAThingIsAnAttackAndTalksThatBlewUpAreNone() {
        var blew = annotate("Boko Haram says it blew up a major oil pipeline near Diffa in Niger Wednesday.").facts().events();
        assertTrue(blew.stream().anyMatch(e -> "boko-haram".equals(e.attacker())
                && org.newsgraph.ExtractionFixture.PUBLISHED.equals(e.date())), blew.toString());
        assertEquals(List.of(), annotate("Talks blew up over the weekend in Niger.").facts().events());
    }

    @Test
    void anAttackNounWithItsTimeBeforeByHasItsAttackerAfterBy() {
        var late = annotate("The attack late Saturday by Boko Haram killed two soldiers in Niger.").facts().events();
        assertTrue(late.stream().anyMatch(e -> "boko-haram".equals(e.attacker())
                && java.time.LocalDate.of(2023, 3, 11).equals(e.date())), late.toString());
        var nobody = annotate("The attack late Saturday killed two soldiers in Niger.").facts().events();
        assertTrue(nobody.stream().allMatch(e -> e.attacker() == null), nobody.toString());
    }

    @Test
    void aCountrysTitledEnvoyBeforeTheVerbMeetsNotTheCountry() {
        var met = only(events(annotate("U.S. Deputy Assistant Secretary of State for European Affairs Jane Roe met with "
                + "Moldovan President Maia Sandu on Monday."), EventKind.MEETING));
        assertEquals(List.of("jane-roe", "maia-sandu"), met.participants());
        var country = only(events(annotate("The United States met with Moldovan President Maia Sandu on Monday."),
                EventKind.MEETING));
        assertEquals(List.of("united-states", "maia-sandu"), country.participants(), "no person: the country meets");
        var envoy = only(events(annotate("Moldovan President Maia Sandu met with U.S. Deputy Assistant Secretary of State "
                + "for European Affairs Jane Roe on Monday."), EventKind.MEETING));
        assertEquals(List.of("maia-sandu", "jane-roe"), envoy.participants(), "the country owns the title, no party");
        var officials = only(events(annotate("Moldovan President Maia Sandu met with U.S. officials on Monday."),
                EventKind.MEETING));
        assertEquals(List.of("maia-sandu", "united-states"), officials.participants());
    }
}
