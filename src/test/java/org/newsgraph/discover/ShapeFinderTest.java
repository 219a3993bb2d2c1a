package org.newsgraph.discover;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.ExtractionFixture.annotate;
import static org.newsgraph.ExtractionFixture.found;
import static org.newsgraph.ExtractionFixture.idsOf;
import static org.newsgraph.ExtractionFixture.personIds;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsgraph.gazetteer.Entity;
import org.newsgraph.gazetteer.Kind;
import org.newsgraph.model.AnnotatedArticle;
import org.newsgraph.text.Names;

/**
 * Organisations and places found by their shape, national bodies with one id whatever the
 * wording, and namesakes that are not merged with a gazetteer person; with the cases where
 * nothing must be found.
 */
class ShapeFinderTest {

    @Test
    void aCountrysMinistryHasOneIdWhateverTheWording() {
        AnnotatedArticle a = annotate("Russia's Defence Ministry said the drills were over. "
                + "The Russian Defense Ministry later denied it.");
        assertEquals(List.of("russia-defence-ministry"), idsOf(a, "Russia's Defence Ministry"));
        assertEquals(List.of("russia-defence-ministry"), idsOf(a, "Russian Defense Ministry"));
        Entity ministry = found(a, "russia-defence-ministry").entity();
        assertEquals("Ministry of Defence of Russia", ministry.label());
        assertEquals(Kind.ORGANIZATION, ministry.kind());
        assertEquals("russia", ministry.country());
    }

    @Test
    void aGazetteerBodyIsTheGazetteersEntity() {
        AnnotatedArticle a = annotate("Azerbaijan's Foreign Ministry said talks would go on.");
        assertEquals(List.of("azerbaijan-foreign-ministry"), idsOf(a, "Azerbaijan's Foreign Ministry"));
        assertTrue(a.found().isEmpty(), "no new entity for a body the gazetteer knows");
    }

    @Test
    void armedForcesByAdjective() {
        AnnotatedArticle a = annotate("The Ukrainian Armed Forces shelled the bridge.");
        assertEquals(List.of("ukraine-armed-forces"), idsOf(a, "Ukrainian Armed Forces"));
        assertEquals("Armed Forces of Ukraine", found(a, "ukraine-armed-forces").entity().label());
    }

    @Test
    void noBodyWithoutItsWords() {
        AnnotatedArticle a = annotate("Georgian ministry officials met. The Foreign Ministry said nothing. "
                + "Russian defence was strong.");
        assertTrue(a.found().isEmpty(), a.found().toString());
    }

    @Test
    void placesAfterAPlaceWord() {
        AnnotatedArticle a = annotate("Shells hit the village of Sotk and the province of Gegharkunik.");
        assertEquals(Kind.SETTLEMENT, found(a, "sotk").entity().kind());
        assertEquals(Kind.REGION, found(a, "gegharkunik").entity().kind());
        assertEquals(0.7, found(a, "sotk").confidence());
    }

    @Test
    void noPlaceFromLowerCaseWords() {
        assertTrue(annotate("They fled the village of their birth.").found().isEmpty());
    }

    @Test
    void organisationsEndingInAnOrganisationWord() {
        AnnotatedArticle a = annotate("The National Security Council met on Monday.");
        assertEquals(Kind.ORGANIZATION, found(a, "national-security-council").entity().kind());
        assertEquals("organisation-shape", found(a, "national-security-council").rule());
    }

    @Test
    void aWordThatRestatesWhatAnOrganisationIsLeavesTheOrganisation() {
        AnnotatedArticle a = annotate("Leaders praised the NATO Alliance, and the African Union Commission met.");
        assertEquals(List.of("nato"), idsOf(a, "NATO Alliance"));
        assertEquals(List.of("au-commission"), idsOf(a, "African Union Commission"), "a body of it, which the gazetteer knows");
        assertTrue(a.found().stream().noneMatch(f -> f.entity().id().equals("nato-alliance")));
    }

    @Test
    void aCitysBodyKeepsTheCitysName() {
        AnnotatedArticle a = annotate("The Kabul Municipal Court sentenced two activists on Thursday.");
        assertEquals(List.of("kabul-municipal-court"), a.found().stream().map(f -> f.entity().id()).toList());
    }

    @Test
    void aMilitaryUnitKeepsItsNumber() {
        AnnotatedArticle a = annotate("Soldiers of the 82nd Airborne Division and the 3rd Infantry Brigade arrived.");
        assertEquals(Kind.ORGANIZATION, found(a, "82nd-airborne-division").entity().kind());
        assertEquals(Kind.ORGANIZATION, found(a, "3rd-infantry-brigade").entity().kind());
    }

    @Test
    void aHeadlineInTitleCaseMakesNoOrganisationOrPersonOfItsWords() {
        AnnotatedArticle a = annotate("Ruritania's King Dismisses Government, Imposes Curfew\n\nThe king spoke on the radio.");
        assertTrue(a.found().isEmpty(), a.found().toString());
        AnnotatedArticle b = annotate("Ruritania Votes for Independence, Official Results Show\n\nThe vote was close.");
        assertTrue(b.found().isEmpty(), b.found().toString());
    }

    @Test
    void aNameEndsBeforeADayOfTheWeek() {
        assertEquals(Set.of("tomas"), personIds(annotate("The country was cut off after King Tomas Tuesday dismissed the cabinet.")));
        AnnotatedArticle a = annotate("The envoy was summoned to the Trade Council on Friday, officials said.");
        assertEquals(List.of("trade-council"), a.found().stream().map(f -> f.entity().id()).toList());
    }

    @Test
    void noOrganisationFromOneWordOrAKnownName() {
        assertTrue(annotate("The Council met. The UN Security Council met too.").found().isEmpty());
    }

    @Test
    void aNamesakeIsNotTheGazetteerPerson() {
        AnnotatedArticle a = annotate("Heydar Aliyev ruled Azerbaijan for years. President Aliyev spoke on Monday.");
        assertEquals(List.of("heydar-aliyev"), idsOf(a, "Heydar Aliyev"));
        assertEquals(List.of("ilham-aliyev"), idsOf(a, "Aliyev"), "a title is no first name");
        assertTrue(personIds(a).contains("heydar-aliyev"));
    }

    @Test
    void noNamesakesInATitleCaseHeadline() {
        AnnotatedArticle a = annotate("New Crisis Points To Putin's Weakness\nThe talks failed.");
        assertFalse(personIds(a).stream().anyMatch(id -> id.contains("putin")), personIds(a).toString());
        assertEquals(List.of("vladimir-putin"), idsOf(a, "Putin"));
    }

    @Test
    void theTextsWordsForABodyAreItsAlias() {
        AnnotatedArticle a = annotate("Sudanese Armed Forces said the talks would resume.");
        assertEquals(List.of("Sudanese Armed Forces"), found(a, "sudan-armed-forces").entity().aliases());
    }

    @Test
    void organisationNamesWithSmallWordsInside() {
        AnnotatedArticle a = annotate("Mediators from the Intergovernmental Authority on Development arrived.");
        assertEquals(Kind.ORGANIZATION, found(a, "intergovernmental-authority-on-development").entity().kind());
    }

    @Test
    void aMiddleInitialBeforeAKnownSurnameIsThatPerson() {
        AnnotatedArticle a = annotate("Secretary of State Antony J. Blinken spoke with the minister. Secretary Blinken left.");
        assertEquals(List.of("antony-blinken"), idsOf(a, "Antony J. Blinken"));
        assertEquals(List.of("antony-blinken"), idsOf(a, "Blinken"), "a title before a surname makes no namesake");
        assertTrue(personIds(a).isEmpty(), personIds(a).toString());
    }

    @Test
    void aGivenNameAndInitialAfterATitleBeforeAKnownSurnameAreNoOtherPerson() {
        AnnotatedArticle a = annotate("Secretary Antony J. Blinken met Rashad Karim in Jeddah.");
        assertTrue(personIds(a).stream().noneMatch(id -> id.startsWith("antony-j")), personIds(a).toString());
    }

    @Test
    void aShortNameAndAFullNameInOneArticleAreOnePerson() {
        AnnotatedArticle a = annotate("President Kagame said nothing. Later, President Paul Kagame spoke. "
                + "President Abdel Fattah El-Sisi met him. President El-Sisi left.");
        assertEquals(java.util.Set.of("paul-kagame", "abdel-fattah-el-sisi"), personIds(a));
        assertEquals(List.of("paul-kagame"), idsOf(a, "Kagame"));
        assertEquals(List.of("abdel-fattah-el-sisi"), idsOf(a, "El-Sisi"));
    }

    @Test
    void oneIdAcrossSpellingsAndArticles() {
        assertEquals(Names.slug("Mevlüt Çavuşoğlu"), Names.slug("Mevlut Cavusoglu"));
        AnnotatedArticle first = annotate("Prime Minister Zoran Milanović said the talks would go on.");
        AnnotatedArticle second = annotate("Prime Minister Zoran Milanovic met the envoy.");
        assertEquals(personIds(first), personIds(second), "the same person gets the same IRI in every article");
    }

    @Test
    void aTitleIsNeverGluedIntoAnOrganisationsName() {
        AnnotatedArticle a = annotate("U.S. State Department Spokesman P.J. Crowley said Washington is concerned.");
        assertEquals(List.of("us-state-department"), idsOf(a, "U.S. State Department"));
        assertTrue(personIds(a).contains("p-j-crowley"), personIds(a).toString());
    }

    @Test
    void aTitleInsideANameWithOfOrForStaysInTheName() {
        AnnotatedArticle a = annotate("The United Nations Office for the High Commissioner for Human Rights said it "
                + "was a violation.");
        assertEquals(List.of("united-nations-office-for-the-high-commissioner-for-human-rights"),
                idsOf(a, "United Nations Office for the High Commissioner for Human Rights"));
        assertTrue(personIds(a).isEmpty(), personIds(a).toString());
    }

    @Test
    void aRepublicEndsAnOrganisationsNameNotStartsAPersons() {
        AnnotatedArticle a = annotate("The chairman of the New Generation for the Republic Abe Sylla told reporters the "
                + "opposition will help.");
        assertEquals(Set.of("abe-sylla"), personIds(a));
        assertEquals(List.of("new-generation-for-the-republic"), idsOf(a, "New Generation for the Republic"));
    }

    @Test
    void aPartyOfPresidentXEndsBeforeOf() {
        AnnotatedArticle a = annotate("The suspects were supporters of the Malawi Congress Party of President Lazarus "
                + "Chakwera.");
        assertEquals(List.of("malawi-congress-party"), idsOf(a, "Malawi Congress Party"));
        assertTrue(personIds(a).contains("lazarus-chakwera"), personIds(a).toString());
    }

    @Test
    void aNameThatGoesOnWithInAPlaceBeforeItsAcronym() {
        AnnotatedArticle a = annotate("The Movement for Unity and Jihad in West Africa (MUJAO) kidnapped seven diplomats. "
                + "The United States condemns MUJAO's kidnapping for ransom.");
        assertEquals(List.of("movement-for-unity-and-jihad-in-west-africa", "movement-for-unity-and-jihad-in-west-africa"),
                idsOf(a, "MUJAO"));
    }

    @Test
    void aNameInAppositionWithANounForAnOrganisationIsOne() {
        AnnotatedArticle before = annotate("Amina Diallo, program manager for Sahel Justice, a Dakar-based organization "
                + "that works on human rights, said the arrests were illegal.");
        assertEquals(Kind.ORGANIZATION, found(before, "sahel-justice").entity().kind());
        assertEquals("organisation-apposition", found(before, "sahel-justice").rule());
        AnnotatedArticle after = annotate("Britain deplores the killings by the Russian mercenary group, Wagner, in the "
                + "north.");
        assertEquals(Kind.ORGANIZATION, found(after, "wagner").entity().kind());
        AnnotatedArticle region = annotate("Amina Sadykova, a researcher with Central Asia Watch, a Bishkek-based rights "
                + "group, said both governments must investigate.");
        assertEquals("Central Asia Watch", found(region, "central-asia-watch").entity().label(),
                "a region's name and an organisation word");
        assertEquals(Kind.PERSON, found(region, "amina-sadykova").entity().kind(), "a researcher is a person");
    }

    @Test
    void theNameAGroupGivesItselfIsAnOrganisation() {
        AnnotatedArticle rebels = annotate("Rebels calling themselves Ninjas attacked an air base on Friday.");
        assertEquals(Kind.ORGANIZATION, found(rebels, "ninjas").entity().kind());
        AnnotatedArticle insurgents = annotate("Insurgents calling themselves Ahlu Sunna Wa-Jamaa claimed responsibility "
                + "for the blast.");
        assertEquals(Kind.ORGANIZATION, found(insurgents, "ahlu-sunna-wa-jamaa").entity().kind(),
                "no person, though a full name before a verb a person does");
        AnnotatedArticle militia = annotate("A militia known as the Mai Mai Kivu seized the town.");
        assertEquals("Mai Mai Kivu", found(militia, "mai-mai-kivu").entity().label());
        assertTrue(annotate("The region known as Upper Tana is poor.").found().stream()
                .noneMatch(f -> f.entity().kind() == Kind.ORGANIZATION), "a region is no group of people");
        assertTrue(annotate("Two rebel groups known as UFRD and SCAD attacked the town.").found().stream()
                .noneMatch(f -> f.entity().label().contains(" and ")), "two groups are no one organisation");
    }

    @Test
    void aNameRightAfterANounForAnOrganisationIsOneAndNoPerson() {
        AnnotatedArticle paper = annotate("The Lagos newspaper Daily Clarion reported Thursday that the talks had failed.");
        assertEquals(Kind.ORGANIZATION, found(paper, "daily-clarion").entity().kind(), "not a person who reported");
        AnnotatedArticle group = annotate("Abuses by the mercenary group Wagner were documented in the north.");
        assertEquals(Kind.ORGANIZATION, found(group, "wagner").entity().kind());
        AnnotatedArticle titled = annotate("The opposition party Chairman John Kobo said the group Monday was calm.");
        assertEquals(Kind.PERSON, found(titled, "john-kobo").entity().kind(), "a title after the noun: a person");
        assertTrue(titled.found().stream().noneMatch(f -> f.entity().kind() == Kind.ORGANIZATION),
                "no organisation of 'Chairman John Kobo' nor of 'Monday'");
        AnnotatedArticle honorific = annotate("As reported in the Lagos Clarion newspaper, Ms. Okafor described the raid.");
        assertTrue(honorific.found().stream().noneMatch(f -> f.entity().label().equals("Ms")),
                "an honorific opens a person's name, after a comma too");
    }

    @Test
    void aNounOfSomethingElseOrAMemberMakesNoOrganisation() {
        assertTrue(annotate("Jane Roe, the founder of the party, was arrested.").found().stream()
                .noneMatch(f -> f.entity().kind() == Kind.ORGANIZATION), "the founder of a party is no party");
        assertTrue(annotate("John Doe, a party member, resigned.").found().stream()
                .noneMatch(f -> f.entity().kind() == Kind.ORGANIZATION), "a party member is no party");
        assertTrue(annotate("On Monday, a group of protesters marched in Kampala.").found().stream()
                .noneMatch(f -> f.entity().kind() == Kind.ORGANIZATION));
    }

    @Test
    void capitalisedWordsSpeltOutByTheAcronymAfterThemAreTheOrganisation() {
        AnnotatedArticle a = annotate("The two parties, the Independent Patriots for Change, or IPC, and the Landless "
                + "People's Movement (LPM), want to inspect the ballots. A spokesperson for the IPC said so.");
        assertEquals("organisation-expanded", found(a, "independent-patriots-for-change").rule());
        assertEquals(List.of("independent-patriots-for-change", "independent-patriots-for-change"), idsOf(a, "IPC"));
        assertEquals(Kind.ORGANIZATION, found(a, "landless-people-s-movement").entity().kind());
        assertTrue(annotate("Ahead of the Big Vote, or ABC, nothing happened.").found().stream()
                .noneMatch(f -> f.entity().label().startsWith("Big")), "initials that do not spell the acronym");
        AnnotatedArticle opening = annotate("The Frente Popular Revolucionario (FPR), a group seeking land reform, "
                + "claimed the attack.");
        assertEquals("Frente Popular Revolucionario", found(opening, "frente-popular-revolucionario").entity().label(),
                "the sentence's opening \"The\" is no part of the name");
    }

    @Test
    void aGroupCalledANameIsAnOrganisationNotAPerson() {
        AnnotatedArticle a = annotate("A group called the Movimiento Patriotico Jose Garcia Lopez claimed responsibility "
                + "for the bomb.");
        assertEquals(Kind.ORGANIZATION, found(a, "movimiento-patriotico-jose-garcia-lopez").entity().kind());
        assertTrue(annotate("A man called Jose Garcia Lopez was arrested.").found().stream()
                .noneMatch(f -> f.entity().kind() == Kind.ORGANIZATION), "a man called by a name is no group");
    }

    @Test
    void aCountrysGovernmentByNameIsTheCountry() {
        var a = org.newsgraph.ExtractionFixture.annotate("The United States Government has long said that Russia is "
                + "responsible. The U.S. Government will respond.");
        assertEquals(List.of("united-states"), idsOf(a, "United States Government"));
        assertEquals(List.of("united-states"), idsOf(a, "U.S. Government"));
        var of = org.newsgraph.ExtractionFixture.annotate("The Government of Chile said the border was open.");
        assertEquals(List.of(), idsOf(of, "Chile Government"), "not a shape here: the Government of Chile");
        var office = org.newsgraph.ExtractionFixture.annotate("The U.S. Government Accountability Office said the "
                + "program was late.");
        assertEquals(List.of("u-s-government-accountability-office"), idsOf(office, "U.S. Government Accountability Office"),
                "a body whose name goes on after Government");
    }

    @Test
    void twoBodiesJoinedByAndAndNoImperativeInAName() {
        AnnotatedArticle a = annotate("The motion went to the House of Commons and House of Lords on Monday.\n\n"
                + "Follow the Ministry of Foreign Affairs on Twitter\n");
        List<String> ids = a.found().stream().map(f -> f.entity().id()).toList();
        assertEquals(List.of("house-of-commons", "house-of-lords", "ministry-of-foreign-affairs"), ids);
        AnnotatedArticle one = annotate("The Organization for Security and Cooperation in Europe sent monitors.");
        assertTrue(one.found().stream().noneMatch(f -> f.entity().id().startsWith("security")),
                "\"and\" before a word that is no organisation word joins one name: " + one.found());
    }

    @Test
    void aWordOfAddressOpensNoName() {
        AnnotatedArticle a = annotate("Sir Ingrid Falk has commented on the death of the reporter. The Peruvian "
                + "Ambassador H.E. Pablo Quispe was summoned.");
        assertEquals(Set.of("ingrid-falk", "pablo-quispe"), personIds(a));
        assertTrue(annotate("Lord Carrington resigned.").found().stream().anyMatch(f -> f.entity().id().equals("lord-carrington")),
                "a peer's title is his name");
    }

    @Test
    void twoBodiesEachEndingInAnOrganisationWord() {
        AnnotatedArticle a = annotate("Men of the 4th Infantry Brigade, supported by the Royal Artillery and Royal Engineers, "
                + "attacked the hill.");
        assertTrue(a.found().stream().map(f -> f.entity().id()).toList().containsAll(List.of("royal-artillery", "royal-engineers")),
                a.found().toString());
    }

    @Test
    void andTheBeforeASecondBodyAndADepartmentNamedWithCommas() {
        AnnotatedArticle a = annotate("The base hosts the Air National Guard and the National Science Foundation. The "
                + "Foreign, Commonwealth and Development Office condemned the attack.");
        assertEquals(List.of("air-national-guard", "national-science-foundation"),
                a.found().stream().map(f -> f.entity().id()).toList());
        assertEquals(List.of("uk-fcdo"), idsOf(a, "Foreign, Commonwealth and Development Office"));
    }
}
