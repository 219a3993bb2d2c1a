package org.newsgraph.discover;

import static org.junit.jupiter.api.Assertions.assertTrue;
import org.newsgraph.discover.persons.Age;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newsgraph.ExtractionFixture.annotate;
import static org.newsgraph.ExtractionFixture.found;

import org.junit.jupiter.api.Test;
import org.newsgraph.discover.persons.AccordingTo;
import org.newsgraph.discover.persons.AfterTitle;
import org.newsgraph.discover.persons.Apposition;
import org.newsgraph.discover.persons.Credits;
import org.newsgraph.discover.persons.Doer;
import org.newsgraph.discover.persons.Honorific;
import org.newsgraph.discover.persons.Patient;
import org.newsgraph.discover.persons.PersonRule;
import org.newsgraph.discover.persons.Speaker;
import org.newsgraph.model.Found;

/**
 * Tests the named person rules of {@link org.newsgraph.discover.persons} through the pipeline: each person is
 * recorded with the rule that found it and that rule's confidence, and where two rules match the first in
 * order names the person (a titled speaker is found by its title).
 */
class PersonRulesTest {

    private static void assertFoundBy(String text, String id, String rule, double confidence) {
        Found f = found(annotate(text), id);
        assertEquals(rule, f.rule(), text);
        assertEquals(confidence, f.confidence(), 1e-9, text);
    }

    @Test
    void aTitledSpeakerIsFoundByItsTitleTheFirstRuleInOrder() {
        assertFoundBy("Prime Minister Albin Kurti said the border would stay open.", "albin-kurti", AfterTitle.NAME,
                PersonRule.CONFIDENT);
    }

    @Test
    void aRomanisedGivenNameKeepsItsSyllablesEvenWhenOneIsATownsName() {
        assertFoundBy("Captain Jian-chang Chao said the drills went on.", "jian-chang-chao", AfterTitle.NAME,
                PersonRule.CONFIDENT);
        assertFoundBy("Captain Li-wen Yu said the drills went on.", "li-wen-yu", AfterTitle.NAME, PersonRule.CONFIDENT);
        assertFoundBy("Minister Jane Smith-style said the drills went on.", "jane-smith", AfterTitle.NAME,
                PersonRule.CONFIDENT);
    }

    @Test
    void aNameWithATitleInAppositionIsFoundByTheApposition() {
        assertFoundBy("Miroslav Lajčák, the special envoy, said both sides must return to talks.", "miroslav-lajcak",
                Apposition.NAME, PersonRule.CONFIDENT);
    }

    @Test
    void aLoneSurnameBeforeASpeechVerbIsAPossibleSpeaker() {
        assertFoundBy("The dialogue must go on, Lajčák said.", "lajcak", Speaker.NAME, PersonRule.POSSIBLE);
    }

    @Test
    void aFullNameAfterSaidIsALikelySpeaker() {
        assertFoundBy("“The road is open again,” said Maria Gonzalez. The army agreed.", "maria-gonzalez", Speaker.NAME,
                PersonRule.LIKELY);
    }

    @Test
    void aFullNameBeforeAVerbOnlyAPersonDoesIsADoer() {
        assertFoundBy("Jane Okafor reports for VOA from Lagos.", "jane-okafor", Doer.NAME, PersonRule.LIKELY);
    }

    @Test
    void aNameThatIsATitleOrANounOnlyAPersonIsIsAPerson() {
        assertFoundBy("John Nakuta is a human rights lawyer at the university.", "john-nakuta", Apposition.NAME,
                PersonRule.CONFIDENT);
        assertEquals(java.util.Set.of(), org.newsgraph.ExtractionFixture.personIds(annotate("Kidal Town is a market "
                + "centre in the north.")), "no title, no person");
        assertFoundBy("Let us welcome His Excellency Luis Abinader, the president of the republic.", "luis-abinader",
                Apposition.NAME, PersonRule.CONFIDENT);
    }

    @Test
    void aNameAfterAWordOfAddressIsAPerson() {
        assertFoundBy("Ms. Roque is a co-founder of the group.", "roque", Honorific.NAME, PersonRule.POSSIBLE);
        assertFoundBy("Mr. John Abara spoke first.", "john-abara", Honorific.NAME, PersonRule.LIKELY);
    }

    @Test
    void aDoersVerbMayFollowAnAdverbOrWho() {
        assertFoundBy("Andry Rajoelina subsequently was installed as the president.", "andry-rajoelina", Doer.NAME,
                PersonRule.LIKELY);
        assertFoundBy("Amina Diallo, who served as foreign minister, criticised the junta.", "amina-diallo", Doer.NAME,
                PersonRule.LIKELY);
    }

    @Test
    void aFullNameAfterAVerbWhoseObjectOnlyAPersonIsIsAPatient() {
        assertFoundBy("Police arrested Moussa Keita on Tuesday.", "moussa-keita", Patient.NAME, PersonRule.LIKELY);
        assertEquals(java.util.Set.of(), org.newsgraph.ExtractionFixture.personIds(annotate("Police raided Radio Kledu "
                + "on Tuesday.")), "raiding a station is no arrest");
    }

    @Test
    void aNameInAppositionWithANounOnlyAPersonIsIsAPerson() {
        assertFoundBy("The commission said his nearest rival, Moussa Keita, had 14 percent.", "moussa-keita",
                Apposition.NAME, PersonRule.CONFIDENT);
        assertFoundBy("Amina Diallo, program and development manager for Sahel Watch, said the arrests were illegal.",
                "amina-diallo", Apposition.NAME, PersonRule.CONFIDENT);
        assertEquals(java.util.Set.of(), org.newsgraph.ExtractionFixture.personIds(annotate("Kidal Town, where the "
                + "rival militias met and where the governor lives, is calm.")), "a clause, not an apposition");
    }

    @Test
    void aFullNameAfterAccordingToIsASource() {
        assertFoundBy("The border is calm, according to Jane Smith.", "jane-smith", AccordingTo.NAME,
                PersonRule.LIKELY);
    }

    @Test
    void aBylineNameIsFoundByTheCreditRule() {
        assertFoundBy("By Jane Smith and John Roe\nGeorgia closed its border with Russia.", "john-roe", Credits.NAME,
                PersonRule.CONFIDENT);
    }

    @Test
    void aFullNameSpeaksPastThenAndAnAppositionPastTwoWords() {
        org.junit.jupiter.api.Assertions.assertTrue(speaks("Stephen Rapp then suggested that there might be trials.",
                "stephen-rapp"));
        org.junit.jupiter.api.Assertions.assertTrue(speaks("Levi Luwemba, deputy national director for operations at "
                + "the party, said the suspects fled.", "levi-luwemba"));
    }

    private static boolean speaks(String text, String id) {
        return org.newsgraph.ExtractionFixture.personIds(org.newsgraph.ExtractionFixture.annotate(text)).contains(id);
    }

    @Test
    void aSurnameAlonePersonTakesTheOneFirstNameTheArticleWritesBeforeIt() {
        var a = org.newsgraph.ExtractionFixture.annotate("Efforts by the incumbent Ousmane Toure to annul the vote failed. "
                + "President Toure said he would accept the result.");
        org.junit.jupiter.api.Assertions.assertEquals(java.util.Set.of("ousmane-toure"),
                org.newsgraph.ExtractionFixture.personIds(a));
        var two = org.newsgraph.ExtractionFixture.annotate("President Toure spoke. Ousmane Toure and Amadou Toure "
                + "were not there.");
        org.junit.jupiter.api.Assertions.assertTrue(org.newsgraph.ExtractionFixture.personIds(two).contains("toure"),
                "two first names: no full name");
    }

    @Test
    void aFullNameWithAnAgeBetweenCommasIsAPerson() {
        assertFoundBy("Police say the main suspect is Chilean Juan Pablo Soto, 41, a teacher.", "juan-pablo-soto",
                Age.NAME, PersonRule.LIKELY);
        assertFoundBy("Juan Pablo Soto, 41, was charged on Monday.", "juan-pablo-soto", Age.NAME, PersonRule.LIKELY);
    }

    @Test
    void aNumberThatIsNoAgeOrAShortNameMakesNoPerson() {
        assertTrue(annotate("The talks in Santa Cruz, 2024, ended.").found().stream()
                .noneMatch(f -> f.rule().equals(Age.NAME)), "2024 is no age");
        assertTrue(annotate("Soto, 41, was charged.").found().stream().noneMatch(f -> f.rule().equals(Age.NAME)),
                "one word is no full name");
    }

    @Test
    void wordsAfterATitleThatRunIntoABodysNameAreNoPerson() {
        assertTrue(annotate("The Chief Federal Prosecutor's Office said it released the suspect.").found().stream()
                .noneMatch(f -> f.entity().id().equals("federal")));
        assertFoundBy("President Jane Roe's government fell on Monday.", "jane-roe", AfterTitle.NAME, PersonRule.CONFIDENT);
    }

    @Test
    void aFullNameAfterANounOnlyAPersonIsAPerson() {
        assertFoundBy("Freelance journalist Anna Kowal spoke to reporters in Chisinau.", "anna-kowal",
                org.newsgraph.discover.persons.AfterRole.NAME, PersonRule.CONFIDENT);
        assertFoundBy("Rights activist Maria Lopez was arrested on Monday.", "maria-lopez",
                org.newsgraph.discover.persons.AfterRole.NAME, PersonRule.CONFIDENT);
    }

    @Test
    void aNounOnlyAPersonIsOpeningASentenceIsNoPartOfTheName() {
        var a = annotate("Local journalist Tomas Brandt says the roads are closed. Journalist Brandt says the army left.");
        assertEquals(java.util.Set.of("tomas-brandt"), org.newsgraph.ExtractionFixture.personIds(a));
    }

    @Test
    void aFullNameInAQuotationWithItsTitleBeforeItIsAPerson() {
        var a = annotate("\u201cThe prime minister of Moldova, Zoltan Ould Karim, told the deputies the men were bandits,\u201d "
                + "Tomas Brandt said.");
        assertTrue(org.newsgraph.ExtractionFixture.personIds(a).contains("zoltan-ould-karim"), a.found()::toString);
        var untitled = annotate("\u201cOur friend Marek Dobra came to the meeting,\u201d Tomas Brandt said.");
        assertEquals(java.util.Set.of("tomas-brandt"), org.newsgraph.ExtractionFixture.personIds(untitled),
                "a name in a quotation without a title is not taken");
    }

    @Test
    void wordsAfterForInABodysNameAreNoPerson() {
        var a = annotate("Jane Roe, director of the Institute for Peace Studies, says the talks have failed.");
        assertEquals(java.util.Set.of("jane-roe"), org.newsgraph.ExtractionFixture.personIds(a));
    }

    @Test
    void aNameWithAParticleJoinedByADashIsAFullName() {
        assertFoundBy("\u201cThe talks failed,\u201d said Moldova's Minister of Information, Omar al-Rudi.", "omar-al-rudi",
                Apposition.NAME, PersonRule.CONFIDENT);
    }

    @Test
    void aNameIsAPersonWhoseTradeFollowsIs() {
        assertFoundBy("Nunu Donjashvili is a shopkeeper in Chisinau.", "nunu-donjashvili", Apposition.NAME,
                PersonRule.CONFIDENT);
    }
}
