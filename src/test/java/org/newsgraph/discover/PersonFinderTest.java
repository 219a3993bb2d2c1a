package org.newsgraph.discover;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.ExtractionFixture.annotate;
import static org.newsgraph.ExtractionFixture.found;
import static org.newsgraph.ExtractionFixture.idsOf;
import static org.newsgraph.ExtractionFixture.personIds;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.AnnotatedArticle;
import org.newsgraph.model.Facts.Structure;

/**
 * Tests {@link PersonFinder} through the pipeline: people the gazetteer does not know are found
 * after a title, before an apposed title, before a speech verb, after "according to", and in
 * bylines and credit lines (which then give no story facts); a later surname maps to the same
 * person; capitalised words that are not names (sentence starts, months, weekdays, headlines,
 * bare titles) are left alone.
 */
class PersonFinderTest {

    @Test
    void nameAfterATitle() {
        AnnotatedArticle a = annotate("Prime Minister Albin Kurti said the border would stay open.");
        assertEquals(Set.of("albin-kurti"), personIds(a));
        assertEquals(List.of("albin-kurti"), idsOf(a, "Albin Kurti"));
    }

    @Test
    void everyNameOfAListAfterAVerbOrANounForPeopleAndAColon() {
        assertEquals(Set.of("marek-dolan", "petra-sulc", "ivo-brandt", "janek-vorel"), personIds(annotate(
                "The Treasury designated Marek Dolan, Petra Sulc, Ivo Brandt, and Janek Vorel for their involvement in "
                        + "corruption.")));
        assertEquals(Set.of("marek-dolan", "petra-sulc", "ivo-brandt"), personIds(annotate(
                "The ban covers three former officials: Marek Dolan, Petra Sulc and Ivo Brandt.")));
        assertEquals(Set.of(), personIds(annotate("The report covers three regions: Upper Elbe, Lower Elbe and "
                + "Port Elbe Province.")), "not after a noun for places");
    }

    @Test
    void aSurnameFollowsItsNameIntoTheLongestWhicheverOrderTheNamesCameIn() {
        // the longest name is found last (inside a quotation, taken once the person is known), after both
        // shorter ones: "Roe" → "Jane Roe" → "W. Jane Roe" in one chain
        AnnotatedArticle a = annotate("Ambassador Jane Roe arrived on Monday. Ambassador Roe said the talks would go "
                + "on. “We welcome Ambassador W. Jane Roe,” the minister said.");
        Set<String> persons = personIds(a);
        assertEquals(Set.of("w-jane-roe"), persons);
        assertTrue(a.mentions().stream().filter(m -> m.surface().contains("Roe"))
                .allMatch(m -> m.entityId().equals("w-jane-roe")), a.mentions().toString());
    }

    @Test
    void aTownsNameRightAfterAGivenNameIsTheSurname() {
        AnnotatedArticle a = annotate("The president replaced him with retired Lieutenant General Aliyu Kano.");
        assertEquals(Set.of("aliyu-kano"), personIds(a));
        AnnotatedArticle visit = annotate("Governor Jane Roe visited Kano on Monday.");
        assertEquals(Set.of("jane-roe"), personIds(visit), "a town after a verb is the town");
        assertTrue(visit.mentions().stream().anyMatch(m -> m.entityId().equals("kano")));
    }

    @Test
    void aNameAfterAPlaceWordAndOfSpeaksNot() {
        AnnotatedArticle a = annotate("Residents in the village of Kapu Dala say gunmen raided their homes.");
        assertEquals(Set.of(), personIds(a), "a village's name");
        assertEquals(Set.of("jane-roe"), personIds(annotate("Residents and Jane Roe say gunmen raided their homes.")));
    }

    @Test
    void aNameApposedToOneOfAGroupOfPeople() {
        assertEquals(Set.of("pa-sha"), personIds(annotate("Pa Sha, one of the protesters who marched on Sunday, said "
                + "the police used batons.")));
        assertEquals(Set.of(), personIds(annotate("Port Moresby, one of the largest cities of the region, will host "
                + "the talks.")), "one of the cities is no person");
    }

    @Test
    void theAuthorOfAHeadingInTitleCase() {
        assertEquals(Set.of("jane-roe"), personIds(annotate("Statement by Ambassador Jane Roe\n\nWe condemn the "
                + "attack.\n")));
        assertEquals(Set.of(), personIds(annotate("Cowardly Attack Will Unite Ambassador Jane Roe's Country\n\nWe "
                + "condemn the attack.\n")), "a title in a headline without by names nobody");
    }

    @Test
    void nameBeforeATitleOfAnOwnerInLowerCase() {
        AnnotatedArticle a = annotate("Tomas Ekdahl, the opposition’s deputy secretary in charge of security, said the "
                + "police erred.");
        assertEquals(Set.of("tomas-ekdahl"), personIds(a));
    }

    @Test
    void nameBeforeAnApposedTitle() {
        AnnotatedArticle a = annotate("Miroslav Lajčák, the special envoy, said both sides must return to talks.");
        assertEquals(Set.of("miroslav-lajcak"), personIds(a));
        assertEquals(List.of("miroslav-lajcak"), idsOf(a, "Miroslav Lajčák"));
    }

    @Test
    void nameInAListLineWithItsTitleInBrackets() {
        AnnotatedArticle a = annotate("The delegations met in Lima.\nElena Varga (Prime Minister)\nJorge Salas (Foreign Minister)");
        assertEquals(Set.of("elena-varga", "jorge-salas"), personIds(a));
        assertEquals("person-list-line", found(a, "elena-varga").rule());
    }

    @Test
    void nameInAnInfoboxLineAfterATitleAndAColon() {
        AnnotatedArticle a = annotate("The delegations met in Lima.\nPrime Minister: Elena Varga");
        assertEquals(Set.of("elena-varga"), personIds(a));
    }

    @Test
    void nameAfterATitleWithItsOrganisationAndAComma() {
        AnnotatedArticle a = annotate("“We will not wait,” said the Permanent Representative to the United Nations, Kevin Marlow.");
        assertEquals(Set.of("kevin-marlow"), personIds(a));
    }

    @Test
    void bracketsOrColonWithoutATitleFindNoPerson() {
        assertEquals(Set.of(), personIds(annotate("The delegations met in Lima.\nElena Varga Visits Lima (Update)")));
        assertEquals(Set.of(), personIds(annotate("The delegations met in Lima.\nLatest: Elena Varga")));
        assertEquals(Set.of(), personIds(annotate("The Daily Courier (New York) reported the talks.")));
    }

    @Test
    void oneWordSpeakerAfterAClosingQuote() {
        AnnotatedArticle a = annotate("The dialogue must go on. “We will not give up,” Lajčák said.");
        assertEquals(Set.of("lajcak"), personIds(a));
    }

    @Test
    void oneWordSpeakerAfterAComma() {
        AnnotatedArticle a = annotate("The dialogue must go on, Lajčák said.");
        assertEquals(Set.of("lajcak"), personIds(a));
    }

    @Test
    void nameAfterAccordingTo() {
        AnnotatedArticle a = annotate("The border is calm, according to Jane Smith, an analyst.");
        assertEquals(Set.of("jane-smith"), personIds(a));
    }

    @Test
    void bylineGivesTheAuthors() {
        AnnotatedArticle a = annotate("By Jane Smith and John Roe\nGeorgia closed its border with Russia.");
        Structure s = a.facts().structure();
        assertEquals(List.of("jane-smith", "john-roe"), s.authors());
        assertEquals(List.of(1), s.credits());
        assertEquals(Set.of("jane-smith", "john-roe"), personIds(a));
    }

    @Test
    void creditLineGivesAuthorsContributorsAndEditorsButNoStoryFacts() {
        AnnotatedArticle a = annotate("Talks resumed in Brussels.\n(Reporting by Anna Petrova, a correspondent for Reuters; "
                + "Additional reporting by Olga Ivanova; Editing by Mark Jones)");
        Structure s = a.facts().structure();
        assertEquals(List.of("anna-petrova"), s.authors());
        assertEquals(List.of("olga-ivanova"), s.contributors());
        assertEquals(List.of("mark-jones"), s.editors());
        assertEquals(List.of(2), s.credits());
        // ", a correspondent for Reuters" would be a position anywhere else
        assertEquals(List.of(), a.facts().positions());
        assertTrue(a.facts().relations().isEmpty() && a.facts().claims().isEmpty() && a.facts().events().isEmpty(),
                () -> a.facts().toString());
    }

    @Test
    void laterSurnameIsTheSamePerson() {
        AnnotatedArticle a = annotate("Prime Minister Albin Kurti arrived in Brussels. Kurti said the talks were useful.");
        assertEquals(List.of("albin-kurti"), idsOf(a, "Kurti"));
        assertEquals(Set.of("albin-kurti"), personIds(a));
    }

    @Test
    void sentenceInitialWordsAreNotNames() {
        AnnotatedArticle a = annotate("The delegation arrived. Officials said the meeting went well. "
                + "The talks ended, Officials said. Diplomats said the talks had stalled.");
        assertEquals(Set.of(), personIds(a));
    }

    @Test
    void oneWordBeforeASpeechVerbAtTheSentenceStartIsNotAName() {
        AnnotatedArticle a = annotate("Officials met in Tbilisi. Roe said the talks were useful.");
        assertEquals(Set.of(), personIds(a));
    }

    @Test
    void monthsAndWeekdaysAreNotNames() {
        AnnotatedArticle a = annotate("By March, Russia had withdrawn its troops. By Tuesday the talks had collapsed. "
                + "“We are ready,” Tuesday said.");
        assertEquals(Set.of(), personIds(a));
        assertEquals(List.of(), a.facts().structure().authors());
        assertEquals(List.of(), a.facts().structure().credits());
    }

    @Test
    void bylineCueInsideASentenceIsNotAByline() {
        AnnotatedArticle a = annotate("The document was signed By Ivan Petrov in Tbilisi.");
        assertEquals(List.of(), a.facts().structure().authors());
        assertEquals(List.of(), a.facts().structure().credits());
    }

    @Test
    void militaryRanksAndClergyTitlesNamePeople() {
        AnnotatedArticle a = annotate("Staff Sgt. Jane Roe and Spc. Tom Fields were wounded near the base. "
                + "Bishop Carlos Mendez was detained, and Pfc. Ana Ruiz was evacuated.");
        assertEquals(Set.of("jane-roe", "tom-fields", "carlos-mendez", "ana-ruiz"), personIds(a));
        assertEquals(Set.of("lee-park"), personIds(annotate("Specialist Lee Park was wounded.")));
        assertEquals(2, a.sentences().size(), "no sentence ends after an abbreviated rank");
    }

    @Test
    void aNameBetweenCommasAfterItsTitleIsAPerson() {
        assertEquals(Set.of("ana-soto"), personIds(annotate("The defence minister of Chile, Ana Soto, said talks would resume.")));
        assertEquals(Set.of("luis-vega"), personIds(annotate("A senior commander, Luis Vega, was killed in the raid.")));
        assertEquals(Set.of(), personIds(annotate("The capital of Chile, Santa Lucia, was calm.")), "capital is no title");
        assertEquals(Set.of(), personIds(annotate("The minister of Chile, and Peru, met.")), "no name after the comma");
    }

    @Test
    void aTitleOfABodyBeforeANameNamesAPerson() {
        assertEquals(Set.of("zandan"), personIds(annotate("She met Speaker of the Mongolian Parliament Zandan on Monday.")));
        assertEquals(Set.of("ali-hasan"), personIds(annotate("\"It was a car bomb,\" said policeman Ali Hasan.")));
        assertEquals(Set.of(), personIds(annotate("She met the Speaker of the Mongolian Parliament on Monday.")));
    }

    @Test
    void commonWordsAreNotRanks() {
        AnnotatedArticle a = annotate("The major Western powers met. A private Russian company built it. "
                + "A specialist Turkish team helped.");
        assertEquals(Set.of(), personIds(a));
    }

    @Test
    void allCapsHeadlineWordsAreNotNames() {
        AnnotatedArticle a = annotate("PRIME MINISTER ALBIN KURTI SAID THE BORDER WOULD OPEN\nTalks resumed.");
        assertEquals(Set.of(), personIds(a));
        assertEquals(List.of(), a.mentions());
    }

    @Test
    void titleWithoutANameFindsNobody() {
        AnnotatedArticle a = annotate("The president said the talks would continue. The Minister said the border was closed.");
        assertEquals(Set.of(), personIds(a));
        assertEquals(List.of(), a.facts().positions());
    }

    @Test
    void nameInsideAQuotationIsNotFound() {
        AnnotatedArticle a = annotate("“Ask the Prime Minister Goran Ilic,” a diplomat said.");
        assertEquals(Set.of(), personIds(a));
    }

    @Test
    void aQuotationGivesTheFullNameOfAPersonKnownOutsideIt() {
        AnnotatedArticle a = annotate("President Tesfaye met reporters. Minister Bekele spoke later. "
                + "“President Tesfaye Bekele opened the road,” the ministry wrote.");
        assertEquals(Set.of("tesfaye-bekele"), personIds(a));
        assertEquals(List.of("tesfaye-bekele"), idsOf(a, "Tesfaye"));
        assertEquals(List.of("tesfaye-bekele"), idsOf(a, "Bekele"));
    }

    @Test
    void aGivenNameStartingTwoFullNamesStaysApart() {
        AnnotatedArticle a = annotate("President Ali Hassan met Foreign Minister Ali Omar. Minister Ali left first.");
        assertEquals(Set.of("ali-hassan", "ali-omar", "ali"), personIds(a));
    }

    @Test
    void initialsWithoutFullStops() {
        AnnotatedArticle a = annotate("The police spokesman in Dhaka, M R Rahman, told reporters the curfew would end.");
        assertEquals(Set.of("m-r-rahman"), personIds(a));
    }

    @Test
    void koreanGivenNamesWithALowerCaseSyllable() {
        AnnotatedArticle a = annotate("Unification Minister Kim Yeon-chul met reporters. “Talks go on,” said Kim.");
        assertEquals(Set.of("kim-yeon-chul"), personIds(a));
        assertEquals(List.of("kim-yeon-chul"), idsOf(a, "Kim"), "the family name first");
    }

    @Test
    void noNameThroughAParticiple() {
        AnnotatedArticle a = annotate("Prime Minister Hun Sen-backed candidates won.");
        assertEquals(Set.of("hun-sen"), personIds(a));
    }

    @Test
    void aLoneCapitalIsNoInitial() {
        assertEquals(Set.of(), personIds(annotate("A Somali soldier said the road was closed.")));
        assertEquals(Set.of(), personIds(annotate("I Think Peace Is Near, the banner said.")));
    }

    @Test
    void aFullNameAfterItsSpeechVerb() {
        AnnotatedArticle a = annotate("“The road is open again,” said Maria Gonzalez. The army agreed.");
        assertEquals(Set.of("maria-gonzalez"), personIds(a));
    }

    @Test
    void noSpeakerAfterTheVerbWithoutAFullName() {
        assertEquals(Set.of(), personIds(annotate("“The road is open,” said Colombian officials.")));
        assertEquals(Set.of(), personIds(annotate("“It is open,” said Sunday Times reporters.")));
        assertEquals(Set.of(), personIds(annotate("He said Maria Gonzalez Street was closed.")));
    }

    @Test
    void aFullNameBeforeAVerbOnlyPeopleDo() {
        AnnotatedArticle a = annotate("Jane Okafor reports for VOA from Lagos.");
        assertEquals(Set.of("jane-okafor"), personIds(a));
        assertEquals("person-doer", a.found().stream().filter(f -> f.entity().id().equals("jane-okafor"))
                .findFirst().orElseThrow().rule());
    }

    @Test
    void noPersonBeforeAPersonVerbWithoutAFullName() {
        assertEquals(Set.of(), personIds(annotate("Okafor reports from Lagos. Human Rights Watch reports for donors.")));
    }

    @Test
    void aMonthNameMayEndAName() {
        AnnotatedArticle a = annotate("Prime Minister Theresa May said the talks had stalled.");
        assertEquals(Set.of("theresa-may"), personIds(a));
    }

    @Test
    void organisationsAndGroupsBeforeASpeechVerbAreNotPeople() {
        assertEquals(Set.of(), personIds(annotate("Human Rights Watch said the shelling must stop.")));
        assertEquals(Set.of(), personIds(annotate("Western Diplomats said the talks had stalled.")));
    }

    @Test
    void aParticleJoinedByADashInsideAName() {
        AnnotatedArticle a = annotate("Prime Minister Khalid al-Mahmoudi met the envoy, said Ahmed bin Ali.");
        assertTrue(personIds(a).containsAll(Set.of("khalid-al-mahmoudi", "ahmed-bin-ali")), personIds(a).toString());
        assertTrue(personIds(a).stream().noneMatch(id -> id.equals("khalid")), personIds(a).toString());
    }

    @Test
    void anAppositionWithAnOrganisationBeforeTheTitle() {
        AnnotatedArticle a = annotate("Tom Andrews, the U.N. special rapporteur on Myanmar, called for an embargo.");
        assertTrue(personIds(a).contains("tom-andrews"), personIds(a).toString());
    }

    @Test
    void noPersonInsideALongerName() {
        AnnotatedArticle a = annotate("The Institute for Strategic Studies said the Committee on Human Rights said little.");
        assertTrue(personIds(a).isEmpty(), personIds(a).toString());
    }

    @Test
    void aSurnameAloneIsTheKnownPersonOfTheArticleWithThatSurname() {
        AnnotatedArticle a = annotate("Abiy Ahmed opened the border on Tuesday. Later Prime Minister Ahmed said it would stay open.");
        assertEquals(List.of("abiy-ahmed"), idsOf(a, "Ahmed"));
        assertTrue(personIds(a).isEmpty(), personIds(a).toString());
    }


    @Test
    void aFullNameBeforeALifeEventVerb() {
        AnnotatedArticle a = annotate("Maria Fernanda Espinosa became the first woman to lead the assembly. Last week, "
                + "Johan Petersen visited Kyiv. Ahmed Jibril Hassan resigned on Monday.");
        assertTrue(personIds(a).containsAll(Set.of("maria-fernanda-espinosa", "johan-petersen", "ahmed-jibril-hassan")),
                personIds(a).toString());
    }

    @Test
    void noPersonFromAPlaceOrAnEventBeforeSuchAVerb() {
        AnnotatedArticle a = annotate("Kayah State became a battleground. The Security Council met on Friday. "
                + "The Korean War became a memory.");
        assertTrue(personIds(a).isEmpty(), personIds(a).toString());
    }

    @Test
    void nameAfterSaidWithWhereThePersonWorks() {
        AnnotatedArticle a = annotate("The opposition feels the government is doing little, said Kamala Rijal of the "
                + "Kathmandu Post.");
        assertEquals(Set.of("kamala-rijal"), personIds(a));
        assertEquals(Set.of(), personIds(annotate("The opposition feels the government is doing little, said Kamala "
                + "Rijal's critics in the capital.")), "no person before a possessive and more words");
    }

    @Test
    void nameAfterATitleForAPortfolio() {
        assertEquals(Set.of("tom-perriello"), personIds(annotate("“We call for calm,” said Special Envoy for Sudan Tom "
                + "Perriello.")));
        assertEquals(Set.of("richard-verma"), personIds(annotate("“We call for calm,” said Deputy Secretary of State for "
                + "Management Richard Verma.")));
        assertEquals(Set.of("jane-fields"), personIds(annotate("“We call for calm,” said Assistant Secretary of State "
                + "for European and Eurasian Affairs Jane Fields in a statement.")));
        assertEquals(Set.of(), personIds(annotate("The Special Envoy for Sudan Affairs met the press.")),
                "a portfolio with no name after it");
    }
}
