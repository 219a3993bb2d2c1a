package org.newsgraph.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.ExtractionFixture.annotate;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.AnnotatedArticle;
import org.newsgraph.model.Facts.Claim;

/**
 * Accusations in shapes beyond a speech verb's subject and object: a noun of blame after its accuser's
 * possessive ("Germany's condemnation of Russia"), a wrong done by coordinated parties ("fraud by the
 * electoral commission and the Democratic Union"), and a statement issued before "saying".
 */
class AccusationShapesTest {

    @Test
    void aNounOfBlameAccusesEachPartyAfterOf() {
        assertEquals(Set.of("germany>russia"), pairs(annotate("Germany's swift condemnation of Russia surprised no one.")));
        AnnotatedArticle both = annotate("The African Union's condemnation and suspension of the military rulers in "
                + "Mali and Niger came quickly.");
        assertEquals(Set.of("african-union>mali", "african-union>niger"), pairs(both));
        assertTrue(both.facts().claims().stream().allMatch(c -> c.evidence().rule().equals("claim-nominal")));
        assertEquals(Set.of("france>rapid-support-forces"), pairs(annotate("France's criticism of the shelling by the "
                + "Rapid Support Forces was echoed in Berlin.")), "the doer after by");
    }

    @Test
    void aNounOfBlameWithATargetOrNoOwnerAccusesNoOne() {
        assertEquals(Set.of(), pairs(annotate("Russia's condemnation of the attack on Ukraine's port surprised diplomats.")),
                "Ukraine is the target, not the accused");
        assertEquals(Set.of(), pairs(annotate("The condemnation of Russia was swift.")), "no accuser");
        assertEquals(Set.of(), pairs(annotate("Germany's support of Ukraine is firm.")), "no noun of blame");
    }

    @Test
    void aCondemnedDeedNamesItsDoerAfterByPastPlacesAndAnd() {
        assertEquals(Set.of("united-kingdom>sudan-armed-forces"), pairs(annotate("The United Kingdom deplores the "
                + "killing of civilians and the burning of villages by the Sudanese Armed Forces.")));
        assertEquals(Set.of("united-kingdom>sudan-armed-forces", "united-kingdom>rapid-support-forces"),
                pairs(annotate("The United Kingdom deplores the killings of civilians, and targeting of Masalit "
                        + "communities by the Sudanese Armed Forces and the Rapid Support Forces.")));
        assertEquals(Set.of("sweden>rapid-support-forces"), pairs(annotate("Sweden condemns the attacks on Darfur by "
                + "the Rapid Support Forces.")), "a place on the way");
        assertEquals(Set.of(), pairs(annotate("Sweden condemns the attacks on Chad, which the army denies.")),
                "a country after the deed is its target");
        assertEquals(Set.of("kaja-lind>russia"), pairs(annotate("Foreign Minister Kaja Lind condemned what she called a "
                + "violation of Estonian airspace by two Russian fighter jets.")), "a demonym on the way, like a place");
        assertEquals(Set.of(), pairs(annotate("Sweden condemned the attack on Ukrainian soldiers.")),
                "a demonym with no doer after it blames no one");
    }

    @Test
    void bareLocalPoliceSpeakForTheDatelinesCountryUnlessTheArticleNamesItsForce() {
        String bomb = "A bomb exploded at a market on Monday, killing four people. Police accused the Oromo Liberation "
                + "Army of planting the bomb.";
        assertEquals(Set.of("ethiopia>oromo-liberation-army"), pairs(annotate("ADDIS ABABA, Ethiopia — " + bomb)));
        assertEquals(Set.of("ethiopia>oromo-liberation-army"), pairs(annotate("ADDIS ABABA — " + bomb)),
                "a city alone in capitals is a dateline too");
        assertEquals(Set.of(), pairs(annotate(bomb)), "no dateline: nobody's police");
        assertEquals(Set.of("malawi-police-service>oromo-liberation-army"), pairs(annotate("ADDIS ABABA — " + bomb
                + " The Malawi Police Service sent experts.")), "the force the article names wins, even named later");
        assertEquals(Set.of(), pairs(annotate("ADDIS ABABA — " + bomb.replace("Police", "Soldiers"))),
                "only a body of local-bodies.csv");
    }

    @Test
    void theAccuserIsTheSubjectOfItsOwnClauseAndAPronounObjectComesFirst() {
        assertEquals(Set.of("uganda>kizza-besigye", "uganda>erias-lukwago", "uganda>betty-nambooze"),
                pairs(annotate("Opposition leader Kizza Besigye was briefly arrested after Ugandan police accused him, "
                        + "Mayor Erias Lukwago and lawmaker Betty Nambooze of leading an illegal procession.")));
        assertEquals(Set.of("kenya>raila-odinga"), pairs(annotate("Opposition leader Raila Odinga was detained "
                + "after Kenya accused him of plotting a coup.")), "a subordinator opens the accuser's clause");
    }

    @Test
    void aCountrysOfficialsAfterWhatTheySaidSpeakForItAndAParticipleAfterThemBlames() {
        AnnotatedArticle said = annotate("Gunmen attacked a police post in Somalia on Sunday, Kenyan officials said.");
        assertEquals(List.of("kenya"), said.facts().claims().stream().map(Claim::claimant).toList());
        assertTrue(said.facts().events().stream().anyMatch(e -> e.targets().equals(List.of("somalia"))),
                "who tells of the attack is not its target: " + said.facts().events());
        AnnotatedArticle blaming = annotate("Gunmen attacked a police post in Somalia on Sunday, Kenyan officials "
                + "said, blaming al-Shabaab.");
        assertEquals(Set.of("kenya>al-shabaab"), pairs(blaming));
        assertTrue(blaming.facts().events().stream().anyMatch(e -> "al-shabaab".equals(e.attacker())),
                "the blamed party attacked, in the officials' words: " + blaming.facts().events());
        assertEquals(Set.of(), pairs(annotate("Kenyan media said the talks had failed, saying the gap was too wide.")),
                "media are not their country, and a participle of saying blames no one");
    }

    @Test
    void whatStandsBeforeAnInvertedVerbAndATitledNameIsWhatWasSaid() {
        AnnotatedArticle a = annotate("Rebels of the Polisario Front attacked a police post in Kharkiv, said army spokesman Jane Roe.");
        Claim c = a.facts().claims().get(0);
        assertEquals("jane-roe", c.claimant());
        assertEquals("Rebels of the Polisario Front attacked a police post in Kharkiv", c.content());
        assertEquals("polisario-front", c.accused(), "rebels of the Front are its members, not outsiders");
    }

    @Test
    void anAsideOfReportingSaysNothingAndTheClauseAfterItHasItsOwnSubject() {
        AnnotatedArticle a = annotate("As Jane Roe reports from Nairobi, Kenya's president accused Somalia of supporting "
                + "the rebels.");
        assertEquals(Set.of("kenya>somalia"), pairs(a));
        assertTrue(a.facts().claims().stream().noneMatch(c -> c.claimant().equals("jane-roe")), a.facts().claims().toString());
    }

    @Test
    void twoGovernmentsAccusingEachOtherAreTheLastTwoStatesWhenNoneWereJoined() {
        assertEquals(Set.of("kenya>somalia", "somalia>kenya"), pairs(annotate("Kenya severed ties with neighbouring "
                + "Somalia on Sunday. The two governments have long accused each other of backing rebel groups.")));
    }

    @Test
    void theMembersOfAGroupNamedBeforeAreThatGroup() {
        assertEquals(Set.of("somalia>al-shabaab"), pairs(annotate("Al-Shabaab militants attacked a hotel on Monday. "
                + "Somalia accused the militants of killing 12 civilians.")));
        assertEquals(Set.of("somalia>polisario-front"), pairs(annotate("Fighters of the Polisario Front attacked a "
                + "post. Somalia accused the fighters of killing 12 civilians.")));
        assertEquals(Set.of(), pairs(annotate("Somalia accused the militants of killing 12 civilians.")),
                "no group named with them");
    }

    @Test
    void aStateThatSummonsAnothersEnvoyToProtestAccusesIt() {
        AnnotatedArticle a = annotate("Kenya summoned Somalia's ambassador to Nairobi to protest what it called "
                + "unprovoked shelling that killed four Kenyan soldiers.");
        assertEquals(Set.of("kenya>somalia"), pairs(a));
        assertTrue(a.facts().events().stream().anyMatch(e -> "somalia".equals(e.attacker())
                && e.targets().equals(List.of("kenya"))), "the shelling protested is Somalia's: " + a.facts().events());
        assertTrue(a.facts().events().stream().filter(e -> "somalia".equals(e.attacker())).allMatch(e -> e.date() == null),
                "no date of its own");
        AnnotatedArticle dated = annotate("Kenya on Tuesday summoned Somalia's ambassador to protest a raid on the town of "
                + "Mandera on Sunday.");
        assertTrue(dated.facts().events().stream().anyMatch(e -> "somalia".equals(e.attacker())
                && java.time.LocalDate.of(2023, 3, 12).equals(e.date())), "dated Sunday, not the day of the summons: "
                + dated.facts().events());
        assertEquals(Set.of("kenya>somalia"), pairs(annotate("Kenya summoned the Somali envoy over the raid.")));
        assertEquals(Set.of(), pairs(annotate("Kenya summoned Somalia's ambassador for consultations on Tuesday.")),
                "no protest, no accusation");
        assertEquals(Set.of(), pairs(annotate("Kenya summoned its ambassador to Somalia to protest the raid.")),
                "its own envoy");
    }

    @Test
    void aPairOfStatesAccusesEachOtherPastAuxiliariesAndTimeButNotANegation() {
        assertEquals(Set.of("ethiopia>eritrea", "eritrea>ethiopia"), pairs(annotate("Ethiopia and Eritrea clashed again "
                + "on Monday. The neighbouring countries have in the past accused each other's forces of starting it.")));
        assertEquals(Set.of(), pairs(annotate("Ethiopia and Eritrea clashed again on Monday. The two countries have not "
                + "accused each other of starting it.")));
    }

    @Test
    void aDesignationForAWrongAccusesEveryoneOfItsListSerialCommaOrNot() {
        assertEquals(Set.of("us-state-department>marek-dolan", "us-state-department>petra-sulc",
                        "us-state-department>janek-vorel"),
                pairs(annotate("The State Department designated Marek Dolan, Petra Sulc, and Janek Vorel for their "
                        + "involvement in significant corruption.")));
        assertEquals(Set.of("us-state-department>marek-dolan", "us-state-department>petra-sulc",
                        "us-state-department>janek-vorel"),
                pairs(annotate("The State Department designated Marek Dolan, Petra Sulc and Janek Vorel for their "
                        + "involvement in significant corruption.")));
    }

    @Test
    void announcingTheDesignationsOfPeopleAccusesThemAndTheListAfterAColon() {
        assertEquals(Set.of("moldova>tomas-brodsky", "moldova>marek-dolan", "moldova>petra-sulc", "moldova>janek-vorel"),
                pairs(annotate("Moldova is today announcing the designations of former Prime Minister Tomas Brodsky and "
                        + "three former officials: Marek Dolan, Petra Sulc and Janek Vorel, for their involvement in "
                        + "significant corruption.")));
        assertEquals(Set.of("us-state-department>marek-dolan"), pairs(annotate("Today, the Department of State is "
                + "announcing the designation of Marek Dolan for his involvement in significant corruption.")));
        assertEquals(Set.of(), pairs(annotate("Moldova is today announcing the designation of a new envoy to the "
                + "talks.")), "a designation of nobody named accuses nobody");
    }

    @Test
    void aWrongByCoordinatedPartiesBlamesTheNamedOne() {
        assertEquals(Set.of("liberal-party>democratic-union"), pairs(annotate("The Liberal Party said the result was due "
                + "to fraud by the electoral commission and the Democratic Union.")));
    }

    @Test
    void aStatementIssuedBeforeSayingIsTheIssuers() {
        AnnotatedArticle a = annotate("The Liberal Party issued a statement saying the result was due to fraud by the "
                + "Democratic Union.");
        assertEquals(Set.of("liberal-party>democratic-union"), pairs(a));
        assertEquals(Set.of(), pairs(annotate("The Liberal Party issued a statement on Tuesday.")));
    }

    @Test
    void accusingBothSidesAccusesTheLastPairNamedTogether() {
        assertEquals(Set.of("human-rights-watch>niger", "human-rights-watch>burkina-faso"), pairs(annotate("Niger and "
                + "Burkina Faso agreed to a ceasefire on Sunday. Human Rights Watch accused both armies of killing "
                + "civilians.")));
        assertEquals(Set.of(), pairs(annotate("Human Rights Watch accused both armies of killing civilians.")),
                "no pair named before");
    }

    @Test
    void concernAboutAPartysDeedBlamesIt() {
        assertEquals(Set.of("united-states>ethiopia"), pairs(annotate("The United States is deeply concerned about "
                + "Ethiopia's detention of journalists.")));
        assertEquals(Set.of("united-states>malaysia"), pairs(annotate("We have regularly raised our serious concerns "
                + "regarding Malaysia's prosecution of the opposition leader.", org.newsgraph.ExtractionFixture.PUBLISHED,
                "U.S. Department of State")), "the statement's own we");
        assertEquals(Set.of(), pairs(annotate("The United States is deeply concerned about the safety of civilians in "
                + "Ukraine.")), "concern for a party is no blame");
    }

    @Test
    void standingAgainstAPartysDeedBlamesIt() {
        assertEquals(Set.of("united-states>eritrea"), pairs(annotate("We stand against economic coercion, including "
                + "that being exerted by Eritrea.", org.newsgraph.ExtractionFixture.PUBLISHED, "U.S. Department of State")),
                "the statement's own we; the doer after \", including\"");
        assertEquals(Set.of("ethiopia>eritrea"), pairs(annotate("Ethiopia has been standing up to economic coercion "
                + "coming from Eritrea.")), "the party the deed comes from");
        assertEquals(Set.of(), pairs(annotate("The rebels condemned the rocket fire from Port Sudan.")),
                "a city after from says where, not who");
        assertEquals(Set.of(), pairs(annotate("Ethiopia stands against all forms of coercion.")), "no party named");
    }

    @Test
    void aTalkAboutAPartysDeedBlamesItWhenTheDeedIsItsObject() {
        assertEquals(Set.of("france>russia", "sweden>russia"), pairs(annotate("Sweden and France discussed Russia's "
                + "destabilizing activities in Africa.")), "both speakers of a stating verb used of an act");
        assertEquals(Set.of("france>eritrea"), pairs(annotate("France raised the killing of journalists by the Eritrean "
                + "army.")), "the doer after by, once the deed is named");
        assertEquals(Set.of(), pairs(annotate("Sweden and France discussed efforts to support Ukraine against Russia's "
                + "aggression.")), "the deed is named on the way, not discussed");
        assertEquals(Set.of(), pairs(annotate("France discussed the impact of Russia's war on food prices.")),
                "the impact, not the war, is the object");
        assertEquals(Set.of(), pairs(annotate("Sweden and France discussed trade with Russia.")), "no deed at all");
        assertTrue(annotate("Sweden and France discussed trade with Russia.").facts().claims().isEmpty(),
                "a talk that blames no one says nothing");
    }

    @Test
    void titledPeopleJoinedByAndShareTheirCondemnation() {
        assertEquals(Set.of("jon-berg>eritrea", "kaja-lind>eritrea"), pairs(annotate("Foreign Minister Kaja Lind and "
                + "Swedish Interior Minister Jon Berg strongly condemned the Eritrean army's attack on Ethiopia.")));
    }

    @Test
    void aDeedIsBlamedOnThePartyAfterOn() {
        assertEquals(Set.of("kenya>al-shabaab"), pairs(annotate("Kenya blamed the car bomb that killed 20 people in "
                + "Mandera on al-Shabaab.")));
        assertEquals(Set.of(), pairs(annotate("Kenya blamed the bombing in Mandera on a Somali man.")),
                "a man of a nation is not his state");
        assertEquals(Set.of(), pairs(annotate("Kenya Blames Mandera Bombing on Somali With Militant Ties\n\nThe bomb "
                + "went off on Monday.")), "a nation's word alone is a person");
        assertEquals(Set.of("kenya>somalia"), pairs(annotate("Kenya blamed Somalia for the attack on Mandera.")),
                "a party right after the verb is its object, as before");
    }

    @Test
    void aJudgedDeedBlamesItsDoerNotItsTarget() {
        assertEquals(Set.of("kenya>somalia"), pairs(annotate("Kenya said the incursion into Kenyan airspace by Somali "
                + "drones was utterly unacceptable.")), "words of degree; the doer after by, not whose ground");
        assertEquals(Set.of("kenya>somalia"), pairs(annotate("Kenya said the deployment of troops by Somalia remains "
                + "deeply destabilizing.")));
        assertEquals(Set.of(), pairs(annotate("Kenya said the attack on Somalia was unacceptable.")),
                "the target is not the doer");
        assertEquals(Set.of(), pairs(annotate("Kenya said Somalia's deployment of troops was not provocative.")));
    }

    @Test
    void threeTitledPeopleWithACommaBeforeAndShareACondemnation() {
        assertEquals(Set.of("jon-berg>eritrea", "kaja-lind>eritrea", "antony-blinken>eritrea"),
                pairs(annotate("Secretary Antony Blinken, Foreign Minister Kaja Lind, and Interior Minister Jon Berg "
                        + "strongly condemned the Eritrean army's attack on Ethiopia.")));
    }

    @Test
    void aCondemnedDeedNamedBeforeWithItsOwnersPossessiveBlamesTheOwner() {
        assertEquals(Set.of("kenya>eritrea"), pairs(annotate("The talks followed Eritrea's (ER) reckless and dangerous "
                + "launch of a missile over Ethiopia. Kenya strongly condemned the launch and its disregard of the law.")));
        assertEquals(Set.of(), pairs(annotate("Kenya strongly condemned the launch.")), "no owner named before");
        assertEquals(Set.of(), pairs(annotate("Eritrea's launch of a satellite surprised Kenya. Kenya condemned the "
                + "arrests.")), "another deed");
    }

    @Test
    void aSpeakersNameBetweenAppositionsIsNoPartOfWhatWasSaid() {
        AnnotatedArticle a = annotate("The shelling of a market in Mandera on Tuesday was unacceptable, the UN envoy in "
                + "Somalia, Jane Roe, told reporters.");
        Claim said = a.facts().claims().get(0);
        assertEquals("The shelling of a market in Mandera on Tuesday was unacceptable", said.content());
        assertTrue(org.newsgraph.ExtractionFixture.events(a, org.newsgraph.lexicon.Lexicon.EventKind.ATTACK).stream()
                .noneMatch(e -> e.targets().contains("somalia")), "the envoy's post is no target");
    }

    @Test
    void aDeedFromAPartyIsItsDeedButNotFromAPlace() {
        assertEquals(Set.of("france>russia"), pairs(annotate("France condemned the aggression from Russia.")));
        assertEquals(Set.of("france>eritrea"), pairs(annotate("France said Ethiopia faces aggression from Eritrea.")));
        assertEquals(Set.of(), pairs(annotate("France said violence from Port Sudan spread into Chad.")),
                "a city after from says where");
        assertEquals(Set.of("sweden>uganda"), pairs(annotate("Sweden said the crisis was caused by Uganda's failure to "
                + "protect civilians.")), "a party's failure to act blames it");
    }

    @Test
    void aPartysGroundIsNotTheDoerOfItsViolation() {
        assertEquals(Set.of("france>russia"), pairs(annotate("France strongly condemns the repeated violations of NATO "
                + "airspace by Russian military aircraft.")), "NATO's airspace was violated; Russia violated it");
        assertEquals(Set.of("france>russia"), pairs(annotate("France condemned the incursion into Georgia's territory "
                + "by Russian troops.")));
    }

    @Test
    void aHeadlineKeepsWhatBlamesNotWhatItOnlySays() {
        AnnotatedArticle says = annotate("Kenyan President-Elect Says Rival Should Accept Defeat\n\n"
                + "The winner of the vote spoke in Nairobi on Monday.");
        assertTrue(says.facts().claims().stream().noneMatch(c -> c.content().contains("Accept Defeat")),
                "not Kenya's claim: the body tells who says it");
        assertEquals(Set.of("kenya>somalia"), pairs(annotate("Kenya Accuses Somalia of Border Raids\n\n"
                + "The raids went on for a week.")));
    }

    @Test
    void aSpeechVerbThatDoesSomethingSaysNothing() {
        AnnotatedArticle claimed = annotate("Al-Shabaab claimed responsibility for the attack on the hotel.");
        assertEquals(java.util.List.of(), claimed.facts().claims().stream().map(Claim::content).toList());
        assertEquals(1, org.newsgraph.ExtractionFixture.events(claimed,
                org.newsgraph.lexicon.Lexicon.EventKind.ATTACK).size(), "the attack is still read");
        assertEquals(java.util.List.of(), annotate("The president of Sudan declared a state of emergency on Monday.")
                .facts().claims().stream().map(Claim::content).toList());
    }

    private static Set<String> pairs(AnnotatedArticle a) {
        Set<String> found = new TreeSet<>();
        for (Claim c : a.facts().claims()) {
            if (c.accused() != null) {
                found.add(c.claimant() + ">" + c.accused());
            }
        }
        return found;
    }

    @Test
    void anAccusationByAfterAndWithoutItsAuxiliary() {
        assertEquals(Set.of("dina-boluarte>pablo-quispe"), pairs(annotate("Opposition leader Pablo Quispe was arrested "
                + "afterwards, and accused by Prime Minister Dina Boluarte of having staged the attempted putsch.")));
        assertEquals(Set.of(), pairs(annotate("Pablo Quispe resigned and accused the government of lying.")),
                "\"and accused\" with no \"by\" after it is the subject's own accusation of a party not named");
    }

    @Test
    void aRegionWithAGovernmentOfItsOwnAccusesAsAStateDoes() {
        assertEquals(Set.of("puntland>somaliland"), pairs(annotate("Puntland accused Somaliland troops of initiating the "
                + "fight on Monday.")));
        assertEquals(Set.of("somaliland>al-shabaab"), pairs(annotate("Officials in Somaliland are blaming the militant "
                + "group al-Shabab for last month's bombings.")), "\"al-Shabab\" is al-Shabaab");
        assertEquals(Set.of(), pairs(annotate("The Gaza Strip accused Somaliland troops of initiating the fight.")),
                "a region that governs nothing accuses nobody");
    }

    @Test
    void whomAStatementBlamesForAnAttackIsItsAttackerAndAStatementsAsideIsNotWhatIsSaid() {
        AnnotatedArticle a = annotate("Mali blames rebels\n\nMali on Wednesday blamed the Islamic State in the Greater Sahara for an attack on an "
                + "army base near Menaka that killed 14 soldiers.\n\nRebels stormed the base late Monday, army "
                + "spokesman Colonel Jorge Soto said in a statement read on state television.\n");
        assertTrue(a.facts().events().stream().anyMatch(e -> "islamic-state-sahel".equals(e.attacker())),
                "\"blamed X for an attack\": X attacked, as the claimant says: " + a.facts().events());
        assertTrue(a.facts().claims().stream().anyMatch(c -> c.claimant().equals("jorge-soto")
                && c.content().startsWith("Rebels stormed")), "\"said in a statement read on state television\" "
                + "says nothing itself: " + a.facts().claims());
    }

    @Test
    void aDeedAttributedToItsDoerAccusesItAndAParticipleAccusesNoOne() {
        assertEquals(Set.of("somalia>al-shabaab"), pairs(annotate("Officials in Somalia attributed the blast to al-Shabab "
                + "militants.")));
        assertEquals(Set.of("mali>niger"), pairs(annotate("Mali pinned the blame on Niger for the raid.")));
        assertEquals(Set.of(), pairs(annotate("A statement attributed to al-Shabab said the group had killed 12 soldiers "
                + "in Somalia.")), "\"attributed to\" at once is a participle: the statement is the group's, no blame");
        assertEquals(Set.of(), pairs(annotate("The bombing in Mali was blamed on Boko Haram.")),
                "a passive blame whose blamer the sentence leaves open is no one's accusation");
    }

    @Test
    void aDeedsHallmarksOrWorkNameItsDoer() {
        assertEquals(Set.of("nigeria>boko-haram"), pairs(annotate("The army of Nigeria said the attack bore the hallmarks "
                + "of Boko Haram.")));
        assertEquals(Set.of("kenya>al-shabaab"), pairs(annotate("Officials in Kenya said the blast was the work of "
                + "al-Shabab.")));
        assertEquals(Set.of(), pairs(annotate("Officials in Kenya said the report was the work of many hands.")));
    }

    @Test
    void aPartyHeldResponsibleMayStandAfterItsGovernmentAndOf() {
        assertEquals(Set.of("united-states>belarus"), pairs(annotate("The United States holds the government of Belarus "
                + "responsible for the death of the journalist.")));
        assertEquals(Set.of(), pairs(annotate("The United States held talks with the government of Belarus on Monday.")));
    }

    @Test
    void chargingThatIsAClaimAndChargingWithACrimeIsNone() {
        AnnotatedArticle charged = annotate("Opposition leader Jane Roe charged that the ruling party had rigged the vote "
                + "in Niger.");
        assertTrue(charged.facts().claims().stream().anyMatch(c -> c.claimant().equals("jane-roe")
                && c.content().startsWith("the ruling party")), charged.facts().claims().toString());
        assertEquals(0, annotate("Police in Niger charged three men with murder on Monday.").facts().claims().size());
        assertEquals(0, annotate("Jane Roe faces terrorism charges that her party has called a bid to silence the opposition "
                + "in Niger.").facts().claims().size(), "\"charges that\" is a noun and its relative clause");
    }

    @Test
    void twoPartiesAccusingTheOtherAccuseEachOther() {
        AnnotatedArticle other = annotate("Mali and Niger accused the other of shelling their towns overnight.");
        assertEquals(Set.of("mali>niger", "niger>mali"), pairs(other));
        assertEquals(Set.of("niger>mali", "mali>niger"), other.facts().events().stream()
                .map(e -> e.attacker() + ">" + String.join(",", e.targets())).collect(java.util.stream.Collectors.toSet()),
                "each accused party's attack on its accuser's own towns");
        assertTrue(annotate("Mali and Niger accused each other of attacking border villages in Burkina Faso on Monday.")
                .facts().events().stream().noneMatch(e -> e.attacker() != null), "a third country's villages: no attacker");
        assertEquals(Set.of(), pairs(annotate("Mali accused the other side of shelling its towns.")),
                "\"the other side\" names nobody");
    }
}
