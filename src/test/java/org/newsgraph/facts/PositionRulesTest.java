package org.newsgraph.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.ExtractionFixture.annotate;
import static org.newsgraph.ExtractionFixture.map;
import static org.newsgraph.ExtractionFixture.only;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.AnnotatedArticle;
import org.newsgraph.model.Facts.Position;
import org.newsgraph.model.Facts.Quotation;

/**
 * Tests the position rules ({@link PositionRules}): a title before a name (with its owner from a
 * demonym or country before it), a title apposed after a name (with its owner from "of"), a
 * "counterpart" taking the title named before it, a title with no owner; and no position where a
 * title has no person or stands inside quotation marks.
 */
class PositionRulesTest {

    @Test
    void demonymBeforeTheTitleIsTheOwner() {
        Position p = only(annotate("Russian President Vladimir Putin arrived in Tbilisi on Monday.").facts().positions());
        assertEquals("vladimir-putin", p.person());
        assertEquals("President", p.title());
        assertEquals("russia", p.of());
        assertEquals("title-before-name", p.evidence().rule());
    }

    @Test
    void apposedTitleTakesItsOwnerFromOf() {
        Position p = only(annotate("Charles Michel, president of the European Council, called for calm.").facts().positions());
        assertEquals("charles-michel", p.person());
        assertEquals("President", p.title());
        assertEquals("european-council", p.of());
        assertEquals("name-comma-title", p.evidence().rule());
    }

    @Test
    void counterpartTakesTheEarlierTitle() {
        List<Position> ps = annotate("Turkish Defence Minister Hulusi Akar met his Russian counterpart Sergei Shoigu in Ankara.")
                .facts().positions();
        assertEquals(2, ps.size(), ps::toString);
        assertEquals(List.of("hulusi-akar", "Defence Minister", "turkey"),
                List.of(ps.get(0).person(), ps.get(0).title(), ps.get(0).of()));
        assertEquals(List.of("sergei-shoigu", "Defence Minister", "russia", "counterpart"),
                List.of(ps.get(1).person(), ps.get(1).title(), ps.get(1).of(), ps.get(1).evidence().rule()));
    }

    @Test
    void counterpartWithoutAnEarlierTitleIsNoPosition() {
        AnnotatedArticle a = annotate("His counterpart Ivan Horvat arrived later.");
        assertEquals(List.of(), a.facts().positions());
    }

    @Test
    void titleWithoutOwner() {
        Position p = only(annotate("Defence Minister Zoran Petrovic visited the border.").facts().positions());
        assertEquals("zoran-petrovic", p.person());
        assertEquals("Defence Minister", p.title());
        assertNull(p.of());
    }

    @Test
    void titleWithoutAPersonIsNoPosition() {
        AnnotatedArticle a = annotate("The president is doing everything to keep the peace.");
        assertEquals(List.of(), a.facts().positions());
    }

    @Test
    void titleInsideQuotationMarksIsNoPosition() {
        AnnotatedArticle a = annotate("“Ask the Prime Minister Goran Ilic,” a diplomat said.");
        assertEquals(List.of(), a.facts().positions());
    }

    /** The positions of {@code text} as "person | title | of | rule" strings. */
    private static List<String> positions(String text) {
        return annotate(text).facts().positions().stream()
                .map(p -> p.person() + " | " + p.title() + " | " + p.of() + " | " + p.evidence().rule()).toList();
    }

    @Test
    void anOwnerBeforeAFormerTitleAndAParliamentarian() {
        assertEquals(List.of("moussa-mara | Prime Minister | mali | title-before-name"),
                positions("Mali's former Prime Minister Moussa Mara has fled to Senegal."));
        assertEquals(List.of("oumar-mariko | Parliamentarian | null | title-before-name"),
                positions("The parliamentarian Oumar Mariko has fled to Senegal."));
    }

    @Test
    void aTitleAfterAVerbOfHoldingItIsTheSubjects() {
        assertEquals(List.of("ousmane-sonko | Prime Minister | senegal | office-verb-title"),
                positions("Ousmane Sonko was forced to resign as Prime Minister of Senegal in March."));
        assertEquals(List.of("andry-rajoelina | President | madagascar | office-verb-title"),
                positions("Andry Rajoelina subsequently was installed as the president of Madagascar."));
        assertEquals(List.of("amina-diallo | Foreign Minister | mali | office-verb-title"),
                positions("Amina Diallo, who served as foreign minister of Mali, criticised the junta."));
        assertEquals(List.of("assimi-goita | President | null | title-before-name"),
                positions("The army served as a shield for the regime of President Assimi Goita."),
                "no person before the verb: only the title before the name");
    }

    @Test
    void aTitleAfterAnOrganisationsNameWithOfIsNotPartOfIt() {
        assertEquals(List.of("jane-doe | Speaker | u-s-house-of-representatives | title-before-name"),
                positions("U.S. House of Representatives Speaker Jane Doe arrived in Taipei on Tuesday."));
        AnnotatedArticle office = annotate("The Office of the Spokesperson said on Tuesday that talks would resume.");
        assertTrue(office.found().stream().anyMatch(f -> f.entity().label().equals("Office of the Spokesperson")),
                "a title right after the name's \"the\" belongs to it");
    }

    @Test
    void titlesJoinedByAndWithTheSecondsOwnerBetweenThem() {
        assertEquals(List.of("zbigniew-rau | Chairman-in-Office | osce | title-before-name",
                "zbigniew-rau | Foreign Minister | poland | title-before-name"),
                positions("Polish Foreign Minister and OSCE Chairman-in-Office Zbigniew Rau spoke with the Secretary."));
        assertEquals(List.of("jakaya-kikwete | President | tanzania | title-before-name"),
                positions("Former AU Chairman and Tanzanian President Jakaya Kikwete said the talks would resume."),
                "a former office is no position");
    }

    @Test
    void possessiveOwnerOfALongTitle() {
        assertEquals(List.of("tomas-ferreira | Interior Minister | portugal | title-before-name"),
                positions("Portugal's Minister of Interior Tomas Ferreira visited the port."));
        assertEquals(List.of("tomas-ferreira | Interior Minister | portugal | title-before-name"),
                positions("Portugal's Minister of the Interior, Tomas Ferreira, visited the port."));
    }

    @Test
    void apposedTitleOfACountryAfterTheName() {
        assertEquals(List.of("elena-varga | President | chile | name-comma-title"),
                positions("Elena Varga, president of Chile, spoke to reporters."));
        assertEquals(List.of("maria-lindqvist | Foreign Minister | portugal | name-comma-title"),
                positions("Maria Lindqvist, the foreign minister of Portugal, arrived in Lisbon."));
    }

    @Test
    void apposedTitleBeforeTheName() {
        assertEquals(List.of("maria-lindqvist | Foreign Minister | null | title-before-name"),
                positions("The foreign minister, Maria Lindqvist, arrived in Lisbon on Monday."));
    }

    @Test
    void longTitleTakesTheOrganisationItIsHeldAt() {
        assertEquals(List.of("kevin-marlow | Permanent Representative | united-nations | title-before-name"),
                positions("U.S. Permanent Representative to the United Nations Kevin Marlow warned the council."));
        assertEquals(List.of("kevin-marlow | Permanent Representative | united-nations | title-before-name"),
                positions("“We will not wait,” said U.S. Permanent Representative to the United Nations, Kevin Marlow."));
        assertEquals(List.of("ruth-okafor | Special Envoy | sudan | title-before-name"),
                positions("UN Special Envoy for Sudan Ruth Okafor arrived in Nairobi."));
    }

    @Test
    void aTitleWithItsPortfolioAfterOfApposedBeforeTheName() {
        assertEquals(List.of("ruth-okafor | Deputy Commissioner of Police | kenya | title-before-name"),
                positions("“We will arrest those involved,” said Kenya’s Deputy Commissioner of Police, Ruth Okafor."));
        AnnotatedArticle a = annotate("“We will arrest those involved,” said Kenya’s Deputy Commissioner of Police, "
                + "Ruth Okafor.");
        assertEquals(List.of("ruth-okafor"), map(a.facts().quotations(), Quotation::speaker),
                "the officer speaks, not her country");
        assertEquals(List.of("elena-varga | President | chile | title-before-name"),
                positions("The president of Chile, Elena Varga, opened the summit."), "an entity after \"of\" is the owner");
    }

    @Test
    void aTitleOfAPortfolioAfterOfBeforeTheNameFindsThePerson() {
        AnnotatedArticle a = annotate("“This is the worst attack on our city,” said Minister of National Security Ruth "
                + "Okafor during a press conference.");
        assertEquals(List.of("ruth-okafor | Minister of National Security | null | title-before-name"),
                positions("“This is the worst attack on our city,” said Minister of National Security Ruth Okafor."));
        assertEquals(List.of("ruth-okafor"), map(a.facts().quotations(), Quotation::speaker));
    }

    @Test
    void theTitleOfACountryBeforeTheHoldersName() {
        assertEquals(List.of("elena-varga | President | chile | title-before-name"),
                positions("The president of Chile, Elena Varga, opened the summit."));
        assertEquals(List.of("jorge-salas | Foreign Minister | peru | title-before-name"),
                positions("Blinken spoke with the Foreign Minister of Peru, Jorge Salas, on Monday."));
    }

    @Test
    void aRankBeforeTheTitleIsPartOfIt() {
        assertEquals(List.of("wendy-lark | Deputy Secretary of State | null | title-before-name",
                "tomas-petrov | Acting Foreign Minister | null | title-before-name"),
                positions("Deputy Secretary of State Wendy Lark met Acting Foreign Minister Tomas Petrov in Vilnius."));
        assertEquals(List.of("wendy-lark | Secretary of State | null | title-before-name"),
                positions("Under the deal, Secretary of State Wendy Lark will travel."),
                "a rank word that starts the sentence in another sense, lower-case title after it: no rank");
    }

    @Test
    void aPortfolioAfterForIsPartOfTheTitle() {
        assertEquals(List.of("toivo-klaar | Assistant Secretary of State for European and Eurasian Affairs | null "
                + "| title-before-name"), positions("“We call for calm,” said Assistant Secretary of State for European "
                + "and Eurasian Affairs Toivo Klaar."));
        assertEquals(List.of("ruth-okafor | Special Envoy | sudan | title-before-name"),
                positions("UN Special Envoy for Sudan Ruth Okafor arrived in Nairobi."), "an entity after for is the owner");
    }

    @Test
    void militaryRanksAreNoPositions() {
        assertEquals(List.of("tomas-petrov | Spokesperson | null | name-comma-title"),
                positions("“There is no policy of violence,” said Tomas Petrov, a lieutenant general and spokesperson."));
        assertEquals(List.of(), positions("Colonel Tomas Petrov inspected the troops."));
    }

    @Test
    void anOfficesNameBetweenTheCommaAndTheTitle() {
        assertEquals(List.of("toivo-klaar | Spokesperson | null | name-comma-title"),
                positions("TOIVO KLAAR, DEPARTMENT SPOKESPERSON"));
        assertEquals(List.of("toivo-klaar | Press Secretary | null | name-comma-title"),
                positions("Toivo Klaar, Pentagon Press Secretary, took questions."));
        assertEquals(List.of(), positions("Department Spokesperson"), "a title at the text's start has nobody before it");
        AnnotatedArticle office = annotate("The Office of the Spokesperson issued a statement on Kyiv.");
        assertEquals(List.of("Office of the Spokesperson"), office.mentions().stream()
                .filter(m -> m.surface().startsWith("Office")).map(m -> m.surface()).toList(),
                "a title after \"of the\" is part of an office's name");
    }

    @Test
    void aCityOrRegionBeforeTheTitleOwnsIt() {
        assertEquals(List.of("erik-lund | Mayor | kharkiv | title-before-name"),
                positions("Kharkiv Mayor Erik Lund said the shelling went on."));
    }

    @Test
    void theHeadOfALongerTitleIsNotSaidAgain() {
        assertEquals(List.of("yoko-kamikawa | Foreign Minister | japan | title-before-name"),
                positions("Japanese Foreign Minister Yoko Kamikawa arrived. Minister Kamikawa met the press."));
    }

    @Test
    void aMiddleInitialKeepsTheTitleOnItsHolder() {
        assertEquals(List.of("antony-blinken | Secretary of State | null | title-before-name"),
                positions("Secretary of State Antony J. Blinken met the delegation."));
    }

    @Test
    void titleOfACountryBeforeAnotherCountrysPersonIsNotHers() {
        // "the president of Chile" is not Jorge Salas: another country's possessive stands between
        assertEquals(List.of(), positions("He met the president of Chile, Peru's Jorge Salas said."));
    }

    @Test
    void titleInBracketsAfterTheName() {
        assertEquals(List.of("elena-varga | Prime Minister | null | name-bracket-title",
                        "jorge-salas | Foreign Minister | null | name-bracket-title"),
                positions("The delegation included Elena Varga (Prime Minister) and Jorge Salas (Foreign Minister)."));
        assertEquals(List.of("jorge-salas | Foreign Minister | chile | name-bracket-title"),
                positions("Jorge Salas (Chilean Foreign Minister) spoke first."));
    }

    @Test
    void listLinesWithTheirCountryAndSeveralTitles() {
        assertEquals(List.of("elena-varga | Prime Minister | chile | name-bracket-title",
                        "elena-varga | Commander-in-Chief | chile | name-bracket-title",
                        "jorge-salas | Foreign Minister | peru | name-bracket-title"),
                positions("The delegations met in Lima.\nChile: Elena Varga (Prime Minister, Commander-in-Chief)\n"
                        + "Peru: Jorge Salas (Foreign Minister)"));
    }

    @Test
    void titleBeforeAColonInAnInfoboxLine() {
        assertEquals(List.of("elena-varga | Prime Minister | null | title-before-name"),
                positions("The delegations met in Lima.\nPrime Minister: Elena Varga"));
    }

    @Test
    void bracketsWithoutATitleOrAPersonAreNoPosition() {
        assertEquals(List.of(), positions("Elena Varga (Chile) spoke first."));
        assertEquals(List.of(), positions("The talks (Prime Minister, Commander-in-Chief) were held in Lima."));
    }

    @Test
    void organisationTitlesAreNotGluedIntoTheName() {
        assertEquals(List.of("moussa-keita | Chair | au-commission | title-before-name"),
                positions("African Union Commission Chairperson Moussa Keita arrived in Addis Ababa."));
        assertEquals(List.of("ruth-okafor | Director-General | who | title-before-name"),
                positions("The World Health Organization Director-General Ruth Okafor warned of cholera."));
        assertEquals(List.of("josef-borrow | High Representative | european-union | title-before-name"),
                positions("The European Union's High Representative for Foreign Affairs Josef Borrow spoke."));
    }

    @Test
    void aPortfolioOfSeveralCapitalisedWordsStaysInTheTitle() {
        assertEquals(List.of("ruth-okafor | Under Secretary for Terrorism and Financial Intelligence | null | title-before-name"),
                positions("Under Secretary for Terrorism and Financial Intelligence Ruth Okafor said the network had "
                        + "bribed officials."), "Intelligence is no first name");
        assertEquals(List.of("mike-hammond | Assistant Secretary for International Security and Nonproliferation | null"
                        + " | title-before-name"),
                positions("Assistant Secretary for International Security and Nonproliferation Mike Hammond said the "
                        + "tests were dangerous."));
        assertEquals(List.of("ruth-okafor | Under Secretary for Terrorism and Financial Intelligence | null | "
                        + "name-comma-title"),
                positions("“The network bribed officials,” said Ruth Okafor, Treasury Under Secretary for Terrorism and "
                        + "Financial Intelligence."), "apposed after the name, to the end of its clause");
        assertEquals(List.of("ruth-okafor | Under Secretary | null | name-comma-title"),
                positions("“The network bribed officials,” said Ruth Okafor, Under Secretary for Terrorism and finance "
                        + "reform."), "the portfolio must end in capitalised words");
    }

    @Test
    void titleHeldForARegion() {
        assertEquals(List.of("mike-hammond | Special Envoy for the Horn of Africa | united-states | title-before-name"),
                positions("The U.S. Special Envoy for the Horn of Africa Mike Hammond arrived in Nairobi."),
                "the region is the envoy's portfolio; the country before the title sends him");
    }

    @Test
    void ownerNamedAfterTheHoldersName() {
        assertEquals(List.of("elena-varga | President | chile | title-before-name"),
                positions("President Elena Varga of Chile met the press."));
    }

    @Test
    void possessiveAfterTheHoldersNameIsNoOwner() {
        assertEquals(List.of("elena-varga | President | null | title-before-name"),
                positions("President Elena Varga of Chile's ruling party met the press."));
    }

    @Test
    void possessivePersonGivesTheirCountry() {
        assertEquals(List.of("oleg-markov | Defence Minister | russia | title-before-name"),
                positions("Putin's Minister of Defence Oleg Markov spoke next."));
    }

    @Test
    void aPossessiveMilitaryChiefInApposition() {
        Position p = only(annotate("India condemned the coup announced by Nepal's military chief, Rookmangud Katawal.")
                .facts().positions());
        assertEquals("rookmangud-katawal", p.person());
        assertEquals("Military Chief", p.title());
        assertEquals("nepal", p.of());
    }

    @Test
    void anApposedTitleAfterTheArticleAndAnAdjective() {
        Position p = only(annotate("Gnassingbe Eyadema, the authoritarian ruler of Togo, died in February.").facts()
                .positions());
        assertEquals("gnassingbe-eyadema", p.person());
        assertEquals("Ruler", p.title());
        assertEquals("togo", p.of());
    }

    @Test
    void aRankBeforeTheOfficesNameIsTheTitles() {
        Position p = only(annotate("Speaking to reporters, deputy White House press secretary Bill Burton said the "
                + "talks would go on.").facts().positions());
        assertEquals("Deputy Press Secretary", p.title());
        assertEquals("united-states", p.of());
    }

    @Test
    void aTitleInAListBelongsToTheNameAfterIt() {
        List<Position> found = annotate("The president was briefed by Defense Secretary Robert M. Gates, Chairman of the "
                + "Joint Chiefs of Staff Adm. Mike Mullen and others.").facts().positions();
        assertEquals(List.of(), found.stream().filter(p -> p.person().equals("robert-m-gates")
                && p.title().equals("Chair")).toList(), "Gates is not the chairman named after him");
        assertEquals("Chair", only(annotate("Robert M. Gates, Chairman of the Joint Chiefs of Staff, spoke.").facts()
                .positions()).title(), "with no name after it, the title is the apposition's");
    }

    @Test
    void aHeadWordBeforeTheTitleIsTheBodyTheArticleNamesElseTheDemonymsCountry() {
        Position named = annotate("The Ghana Police Service said it would investigate. Police spokesperson Mary Mensah "
                + "said officers recovered weapons.").facts().positions().get(0);
        assertEquals("ghana-police-service", named.of());
        Position country = only(annotate("Haitian police spokesman Jean Baptiste said two officers were killed.")
                .facts().positions());
        assertEquals("haiti", country.of());
        assertNull(only(annotate("Army spokesman Philip Okello said the rebels attacked.").facts().positions()).of(),
                "no army named, no demonym: no owner");
    }

    @Test
    void theTitleOfACountrysBodyIsHeldAtTheBody() {
        Position p = only(annotate("The head of Nepal's Election Commission, Ram Sharma, told reporters the vote was "
                + "fair.").facts().positions());
        assertEquals("ram-sharma", p.person());
        assertEquals("election-commission", p.of());
    }

    @Test
    void anAppositionWithATitleOfItsOwnHoldsBoth() {
        List<Position> ps = annotate("The delegation, led by the current chair of ECOWAS, Ghanaian President John "
                + "Mahama, arrived on Friday.").facts().positions();
        assertEquals(List.of("Chair@ecowas", "President@ghana"), ps.stream().map(p -> p.title() + "@" + p.of()).toList());
        assertEquals(List.of("john-mahama", "john-mahama"), ps.stream().map(Position::person).toList());
    }

    @Test
    void aRankBetweenTitleAndNameAndModifiersBeforeTheOwner() {
        assertEquals(List.of("dadis-moussa-camara | Junta Leader | null | title-before-name"),
                positions("Junta leader Captain Dadis Moussa Camara sent a letter to the commission."));
        Position chair = only(annotate("Chairman of the opposition New Generation for the Republic Abe Sylla said the "
                + "coalition will help.").facts().positions());
        assertEquals("abe-sylla", chair.person());
        assertEquals("new-generation-for-the-republic", chair.of());
        assertEquals(List.of("Executive Director", "Special Representative"), annotate("I thank Executive Director "
                + "Waly and SRSG Salvador for briefing us.").facts().positions().stream().map(Position::title).toList());
    }

    @Test
    void aWordOfAddressBetweenTitleAndName() {
        assertEquals(List.of("abdullatif-bin-rashid-al-zayani | Foreign Minister | bahrain | title-before-name"),
                positions("Antony Blinken met today with Bahraini Foreign Minister Dr. Abdullatif bin Rashid Al-Zayani "
                        + "in Washington."));
    }

    @Test
    void twoTitlesJoinedByAndAreBothTheHolders() {
        assertEquals(List.of("mohammed-bin-abdulrahman-al-thani | Foreign Minister | qatar | title-before-name",
                "mohammed-bin-abdulrahman-al-thani | Deputy Prime Minister | qatar | title-before-name"),
                positions("Antony Blinken spoke with Qatari Deputy Prime Minister and Minister of Foreign Affairs "
                        + "Mohammed bin Abdulrahman Al-Thani."));
        assertEquals(List.of("ashraf-ghani | President | null | title-before-name"),
                positions("The Secretary and President Ashraf Ghani pledged to stay in contact."),
                "the Secretary is someone else");
    }

    @Test
    void aSecondHolderAfterAndKeepsTheFirstOwner() {
        assertEquals(List.of("sidi-ould-cheikh-abdallahi | President | mauritania | title-before-name",
                "yahya-ould-ahmed-waghf | Prime Minister | mauritania | title-before-name"),
                positions("Mauritania's President Sidi Ould Cheikh Abdallahi and Prime Minister Yahya Ould Ahmed Waghf "
                        + "were arrested."));
    }

    @Test
    void theCountrysTitleIsHeldAtTheCountryNamedBefore() {
        assertEquals(List.of("ellen-johnson-sirleaf | President | liberia | title-before-name"),
                positions("Liberia's ruling Unity Party has expelled the country's outgoing president, Ellen Johnson "
                        + "Sirleaf, from the party."));
        assertEquals(List.of("mohamed-nasheed | President | maldives | title-before-name"),
                positions("Supporters of the former president of the Maldives, Mohamed Nasheed, clashed with police."));
    }

    @Test
    void anAppositionWithTheAndTheOwnersDemonymOrPossessive() {
        assertEquals(List.of("jane-roe | Ambassador | france | name-comma-title"),
                positions("\"The campaign must end,\" said Jane Roe, the French ambassador to the United Nations."));
        assertEquals(List.of("jane-roe | Foreign Secretary | united-kingdom | name-comma-title"),
                positions("Jane Roe, the British foreign secretary, said the campaign must end."));
        assertEquals(List.of("jane-roe | Ambassador | united-kingdom | name-comma-title"),
                positions("\"The campaign must end,\" said Jane Roe, the United Kingdom's ambassador."));
    }

    @Test
    void aTitlesPostAfterToOrInIsNotItsOwner() {
        assertEquals(List.of("jane-roe | Ambassador | france | title-before-name"),
                positions("The Ambassador of France to Kenya, Jane Roe, said the talks went well."));
        assertEquals(List.of("jane-roe | Ambassador | united-states | title-before-name"),
                positions("The United States ambassador in Kenya, Jane Roe told reporters the attack was senseless."));
    }

    @Test
    void aGovernmentsSpokesmanHoldsHisTitleAtTheCountry() {
        var p = only(annotate("Ethiopian government spokesman Legesse Tulu told reporters the talks would resume.")
                .facts().positions());
        assertEquals("ethiopia", p.of());
    }

    @Test
    void aWordOfAddressBetweenTitleAndNameIsNoPartOfTheName() {
        assertEquals(List.of("ingrid-falk | Minister for Africa | null | title-before-name"),
                positions("The Minister for Africa Sir Ingrid Falk said the talks would resume."),
                "\"Sir\" opens no name, and a region after \"for\" is the portfolio, no owner");
        assertEquals(List.of("pablo-quispe | Ambassador | peru | title-before-name"),
                positions("The minister summoned the Peruvian Ambassador H.E. Pablo Quispe on Tuesday."),
                "\"H.E.\", split into letters, is a word of address too");
        assertEquals(List.of("ingrid-falk | Deputy Permanent Secretary | null | title-before-name"),
                positions("Deputy Permanent Secretary Ingrid Falk summoned the envoy."), "ranks before the title are the title's");
        assertEquals(List.of("bertil-sandgren | Minister | sweden | title-before-name"),
                positions("The Swedish Minister Bertil Sandgren flew to Lima.").stream().filter(p -> p.startsWith("bertil")).toList(),
                "a country after no \"for\" is still the owner");
    }

    @Test
    void anOwnerFromAStatementsHeadingAPossessiveBeforeExAndASpecialRank() {
        assertEquals(List.of("jane-roe | Ambassador | united-kingdom | title-before-name"),
                positions("UK Statement by Ambassador Jane Roe at the UN Security Council meeting on Chad."),
                "the country whose statement the heading announces");
        assertEquals(List.of("pablo-quispe | President | national-assembly | title-before-name"),
                positions("Four attackers were detained, and the National Assembly's ex-president Pablo Quispe was arrested."));
        assertEquals(List.of("tor-wennesland | Special Coordinator | united-nations | title-before-name"),
                positions("We thank UN Special Coordinator Tor Wennesland for his briefing."));
    }

    @Test
    void anApposedTitleWithItsPortfolioAndTheDepartmentAfterIt() {
        assertEquals(List.of("jane-roe | Director of Public Relations | us-state-department | name-comma-title"),
                positions("\u201cWe condemn the attack,\u201d said Jane Roe, Director of Public Relations, U.S. Department of "
                        + "State.").stream().filter(p -> p.startsWith("jane")).toList());
    }

    @Test
    void aReportersBeatIsPartOfTheTitleAndItsEmployerTheOwner() {
        assertEquals(List.of("jane-roe | West Africa Correspondent | voice-of-america | title-before-name"),
                positions("V-O-A West Africa Correspondent Jane Roe reports from Dakar."));
        assertEquals(List.of("jane-roe | Nigeria Correspondent | bbc | title-before-name"),
                positions("BBC Nigeria correspondent Jane Roe reports from Lagos."), "a country as the beat is no owner");
        assertEquals(List.of("jane-roe | President | mali | title-before-name"),
                positions("Mali President Jane Roe spoke on Monday."), "a country before any other title owns it");
    }

    @Test
    void aTitleAfterAVerbOfBeingIsItsSubjects() {
        assertEquals(List.of("jane-roe | President | au-commission | copula-title"),
                positions("Jane Roe arrived in Bamako on Monday. She is the president of the African Union Commission."));
        assertEquals(List.of("jane-roe | President | au-commission | copula-title"),
                positions("Jane Roe, who is the president of the African Union Commission, arrived in Bamako."),
                "\", who is the president\" also makes the name a person's");
        assertEquals(List.of("jane-roe | President | mali | copula-title"),
                positions("Jane Roe arrived in Bamako on Monday. She became president of Mali in 2020."));
    }

    @Test
    void noTitleAfterAVerbOfBeingDeniedOrForAnotherSubject() {
        assertEquals(List.of(), positions("Jane Roe arrived in Bamako on Monday. She is not the president of Mali."));
        assertEquals(List.of(), positions("Jane Roe arrived in Bamako on Monday. She was the former president of Mali."));
        assertEquals(List.of(), positions("Jane Roe arrived in Bamako on Monday. It was the president who spoke."));
        assertEquals(List.of(), positions("Jane Roe arrived in Bamako on Monday. Her brother is the president of Mali."));
    }

    @Test
    void aTitleInAppositionOwnedByAnotherTitlesPossessiveIsTheNamesAndTheOwnersTitleIsNot() {
        assertEquals(List.of("john-doe | Chief of Staff | null | name-comma-title"),
                positions("John Doe, the president's chief of staff, says the army is hunting the bombers in Mali."));
        assertEquals(List.of("jane-roe | President | mali | title-before-name",
                "john-doe | Deputy Chief of Staff | null | name-comma-title"),
                positions("Mali's President Jane Roe condemned the attack. John Doe, President Roe's deputy chief of staff, "
                        + "says the army is hunting the bombers."));
    }

    @Test
    void aTitleAfterForIsAnothersTitleNoPortfolio() {
        assertEquals(List.of("jane-roe | President | null | title-before-name"),
                positions("A spokesperson for President Jane Roe later told VOA the army would win in Mali."));
        assertEquals(List.of("jane-roe | Minister for Europe | null | title-before-name"),
                positions("Minister for Europe Jane Roe arrived in Mali."));
    }

    @Test
    void aPortfolioInLowerCaseEndingInAffairsIsPartOfTheTitle() {
        assertEquals(List.of("jane-roe | Minister of State for Presidential Affairs | null | name-comma-title"),
                positions("Jane Roe, a minister of state for presidential affairs, said on Sunday that the army had left."));
        assertEquals(List.of("jane-roe | Minister for Foreign Affairs | null | name-comma-title"),
                positions("Jane Roe, minister for foreign affairs, said on Sunday that the army had left."));
        assertEquals(List.of("jane-roe | Minister of State | null | name-comma-title"),
                positions("Jane Roe, a minister of state for two years, said on Sunday that the army had left."),
                "no \"affairs\": no portfolio");
    }

    @Test
    void aBodyFoundByItsShapeOwnsTheTitleBeforeItsHoldersName() {
        assertEquals(List.of("marek-dobra | Leader | freedom-and-justice-front | title-before-name"),
                positions("The army is looking for the leader of the Freedom and Justice Front, Marek Dobra."));
        assertEquals(List.of("karel-lenz | President | prut-valley-farmers-council | copula-title"),
                positions("Her uncle, Karel Lenz, is president of the Prut Valley Farmers Council."),
                "a place's name inside the body's is no place of its own");
    }

    @Test
    void aBodyDescribedBeforeItsNameOwnsTheTitle() {
        assertEquals(List.of("anna-kowal | Spokesperson | dniester-liberation-army | name-comma-title"),
                positions("Anna Kowal, a spokeswoman for the rebel group the Dniester Liberation Army, said the talks failed."));
        assertEquals(List.of("anna-kowal | Spokesperson | null | name-comma-title"),
                positions("Anna Kowal, a spokeswoman for the rebel group, said the talks failed."), "no body named");
    }

    @Test
    void aBriefingsHeadingOwnsTheTitleOfItsBriefer() {
        assertEquals(List.of("jane-roe | Acting Spokesperson | us-state-department | title-before-name"),
                positions("U.S. Department of State Daily Press Briefing by Acting Spokesman Jane Roe\n\n"
                        + "Acting Spokesman Jane Roe said the talks would resume."));
    }

    @Test
    void aWordOfAddressIsNoTitleAndTheTitleBeforeItsCommaIsTheHolders() {
        assertEquals(List.of("hassan-yaqub | Spokesperson | islamic-front | title-before-name"),
                positions("An Islamic Front spokesman, Sheikh Hassan Yaqub, told reporters on Wednesday that the group "
                        + "would fight on."));
        assertEquals(List.of(), positions("Sheikh Hassan Yaqub told reporters on Wednesday that the group would fight on."),
                "\"Sheikh\" is a word of address, no office");
    }

    @Test
    void aNewsOutletBeforeItsKindOwnsTheTitleAfterIt() {
        assertEquals(List.of("jane-roe | Editor | moldova-post | title-before-name"),
                positions("The Moldova Post newspaper editor Jane Roe says the relationship has been murky."));
        assertEquals(List.of("jane-roe | Editor | null | title-before-name"),
                positions("Moldovan newspaper editor Jane Roe says the relationship has been murky."),
                "a demonym before the outlet's kind is no owner");
    }
}
