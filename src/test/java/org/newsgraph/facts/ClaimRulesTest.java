package org.newsgraph.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.ExtractionFixture.annotate;
import static org.newsgraph.ExtractionFixture.events;
import static org.newsgraph.ExtractionFixture.map;
import static org.newsgraph.ExtractionFixture.only;
import static org.newsgraph.ExtractionFixture.onlyClaim;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsgraph.ExtractionFixture;
import org.newsgraph.gazetteer.Kind;
import org.newsgraph.lexicon.Lexicon.EventKind;
import org.newsgraph.lexicon.Lexicon;
import org.newsgraph.model.AnnotatedArticle;
import org.newsgraph.model.Facts.Claim;
import org.newsgraph.model.Facts.Event;
import org.newsgraph.recognize.SentenceView;

/**
 * Tests the claim rules ({@link ClaimRules}): "X said (that) …", "according to X" before or
 * after the content, "X accused Y of …", a claim relayed by another source, a pronoun claimant, a
 * postposed speaker, blame words, and attacks told by one side becoming that side's claim; and no
 * claim from words that only look like speech verbs or from a call without blame.
 */
class ClaimRulesTest {

    @Test
    void aCondemnationBlamesThePartyItNames() {
        Claim possessive = onlyClaim(annotate("The United States condemns in the strongest terms Serbia's rocket attack "
                + "on the Kosovo town of Mitrovica."));
        assertEquals("united-states", possessive.claimant());
        assertEquals("serbia", possessive.accused());
        assertEquals("claim-condemn", possessive.evidence().rule());
        assertEquals("russia", onlyClaim(annotate("France condemned Russia for the shelling of Kharkiv.")).accused());
        assertEquals("hamas", onlyClaim(annotate("The European Union denounced the attack by Hamas on Israeli towns."))
                .accused());
    }

    @Test
    void aCondemnationReadsPastWordsOfMannerAndARulingGovernment() {
        assertEquals("belarus", onlyClaim(annotate("The United States condemns in the strongest terms the Government of "
                + "Belarus's continuing campaign of violence against its own people.")).accused());
        assertEquals("hamas", onlyClaim(annotate("The United States strongly condemns the attack carried out by Hamas "
                + "on the airport in Ashkelon, Israel.")).accused());
        assertEquals("ukraine", onlyClaim(annotate("Russia's foreign ministry condemned the strikes launched by Ukraine "
                + "on Belgorod.")).accused());
    }

    @Test
    void anObjectPronounAfterAnAccusingVerbIsThePartyNamedBefore() {
        Claim c = onlyClaim(annotate("Russia expelled the Organization for Security and Co-operation in Europe, "
                + "accusing it of spying on its troops."));
        assertEquals("russia", c.claimant());
        assertEquals("osce", c.accused());
        Claim inside = onlyClaim(annotate("Vladimir Putin says he is expelling the Organization for Security and "
                + "Co-operation in Europe, accusing it of spying."));
        assertEquals("vladimir-putin", inside.claimant());
        assertEquals("osce", inside.accused(), "an accusation inside what is said blames its party");
        assertEquals(List.of(), annotate("Armenia accused it of spying.").facts().claims().stream()
                .filter(x -> x.accused() != null).toList(), "nobody but the accuser is named before: nobody blamed");
    }

    @Test
    void peopleOfACountryWhoDoNotActForItAreNotTheCountry() {
        assertEquals(List.of(), annotate("The Zambian opposition blamed the ruling party for the violence.")
                .facts().claims());
        assertEquals("russia", onlyClaim(annotate("Russian officials said the drills were defensive.")).claimant(),
                "officials act for their country");
        assertEquals(List.of(), annotate("A Laotian journalist says he feels lucky to be alive.").facts().claims(),
                "one journalist does not speak for his country either");
        assertEquals(List.of(), annotate("A Mozambican teacher who saw the blast said the army had left the road "
                + "unguarded.").facts().claims(), "nor does a teacher");
        assertEquals("chad", onlyClaim(annotate("A Chadian official says the army repelled the attack.")).claimant(),
                "one official does");
    }

    @Test
    void theBaseFormOfAnAccusingVerb() {
        Claim c = onlyClaim(annotate("On Monday, U.N. experts accuse Rwanda of supporting the rebels."));
        assertEquals("united-nations", c.claimant());
        assertEquals("rwanda", c.accused());
        assertEquals(List.of(), annotate("Chile and Peru trade blame after border clash").facts().claims(),
                "blame as a noun is no accusing verb");
        assertEquals("india", onlyClaim(annotate("Pakistani officials blame India for the provocations.")).accused(),
                "blame with its party after it is the verb");
    }

    @Test
    void aPassiveAccusationWithoutItsAccuserIsNoClaimOfTheAccused() {
        assertEquals(List.of(), annotate("The Armenian Revolutionary Federation had been accused of training "
                + "militias ahead of the polls.").facts().claims());
        assertEquals(List.of(), annotate("Armenia was blamed for the shelling of Jermuk.").facts().claims());
    }

    @Test
    void aCondemnationThatNamesNoPartyIsNoClaim() {
        AnnotatedArticle violence = annotate("Chile condemned the political violence in Santiago.");
        assertEquals(List.of(), violence.facts().claims());
        AnnotatedArticle target = annotate("Peru condemned the attack on Bolivia.");
        assertEquals(List.of(), target.facts().claims(), "the target of the attack is not blamed");
        Event attack = only(events(target, EventKind.ATTACK));
        assertNull(attack.claim(), "the attack is the article's own report");
        assertNull(attack.attacker());
    }

    @Test
    void saidThat() {
        Claim c = onlyClaim(annotate("Ukraine said that Russian forces had left the area."));
        assertEquals("ukraine", c.claimant());
        assertEquals("Russian forces had left the area", c.content());
        assertNull(c.accused());
        assertNull(c.reportedBy());
        assertEquals("claim-say", c.evidence().rule());
    }

    @Test
    void accordingToBeforeTheContent() {
        Claim c = onlyClaim(annotate("According to Georgia, the border was quiet overnight."));
        assertEquals("georgia", c.claimant());
        assertEquals("the border was quiet overnight", c.content());
        assertEquals("claim-according-to", c.evidence().rule());
    }

    @Test
    void evidenceSpansTheContent() {
        AnnotatedArticle a = annotate("The talks ended. Ukraine said that Russian forces had left the area.");
        Claim c = onlyClaim(a);
        assertEquals(2, c.evidence().sentence());
        assertEquals(c.content(), a.normalized().text().substring(c.evidence().start(), c.evidence().end()));
    }

    @Test
    void accordingToAfterTheContent() {
        Claim c = onlyClaim(annotate("The border was quiet overnight, according to Georgia."));
        assertEquals("georgia", c.claimant());
        assertEquals("The border was quiet overnight", c.content());
    }

    @Test
    void accusedOf() {
        Claim c = onlyClaim(annotate("Ukraine accused Russia of blocking the grain corridor."));
        assertEquals("ukraine", c.claimant());
        assertEquals("russia", c.accused());
        assertEquals("claim-accuse", c.evidence().rule());
    }

    @Test
    void claimRelayedByAnotherSource() {
        Claim c = onlyClaim(annotate("According to Reuters, Georgia said that the border was quiet."));
        assertEquals("georgia", c.claimant());
        assertEquals("reuters", c.reportedBy());
        assertEquals("the border was quiet", c.content());
    }

    @Test
    void pronounAfterANamedSpeaker() {
        List<Claim> cs = annotate("Vladimir Putin said the talks had failed. He said Moscow would wait.").facts().claims();
        assertEquals(List.of("vladimir-putin", "vladimir-putin"), map(cs, Claim::claimant));
        assertEquals("Moscow would wait", cs.get(1).content());
    }

    @Test
    void postposedSpeakerWithTitle() {
        Claim c = onlyClaim(annotate("The border will stay closed, President Emmanuel Macron said."));
        assertEquals("emmanuel-macron", c.claimant());
        assertEquals("The border will stay closed", c.content());
    }

    @Test
    void blameWord() {
        Claim c = onlyClaim(annotate("Turkey said Russia's provocations must stop."));
        assertEquals("turkey", c.claimant());
        assertEquals("russia", c.accused());
    }

    @Test
    void attackToldByOneSideIsItsClaim() {
        AnnotatedArticle a = annotate("Georgia said Russian forces attacked Tbilisi.");
        Claim c = onlyClaim(a);
        assertEquals("georgia", c.claimant());
        assertEquals("russia", c.accused(), "a side named by its adjective is the country");
        Event e = only(events(a, EventKind.ATTACK));
        assertNotNull(e.claim());
        assertEquals("georgia", e.claim().claimant());
        assertEquals("russia", e.attacker());
        assertEquals(List.of("tbilisi"), e.targets());
    }

    @Test
    void theClaimRulesReturnTheAttackTheClaimTellsForTheExtractorToAdd() {
        AnnotatedArticle a = annotate("Georgia said Russian forces attacked Tbilisi.");
        Map<String, Kind> kinds = Map.of("georgia", Kind.COUNTRY, "russia", Kind.COUNTRY, "tbilisi", Kind.SETTLEMENT);
        Lexicon lexicon = Lexicon.load(Path.of("data/rules"));
        Discourse discourse = new Discourse(lexicon, new FactExtractor.Input(a.sentences(), a.mentions(), kinds::get,
                null, ExtractionFixture.PUBLISHED, "reuters", id -> null, Map.of()));
        SentenceView view = new SentenceView(a.sentences().get(0), a.mentions(), kinds::get);
        ClaimRules.Said said = new ClaimRules(lexicon, new SpeechVerbs(lexicon), new Attacks(lexicon))
                .find(view, 0, discourse);
        Claim c = only(said.claims());
        Event e = only(said.attacks());
        assertSame(c, e.claim(), "the attack points at the claim that tells it");
        assertEquals("russia", e.attacker());
        assertEquals(a.facts().events(), said.attacks(), "the extractor adds the attack to the article's events");
    }

    @Test
    void attackToldByTheArticleIsNoClaim() {
        AnnotatedArticle a = annotate("Russian forces shelled Tbilisi on Tuesday.");
        assertEquals(List.of(), a.facts().claims());
        Event e = only(events(a, EventKind.ATTACK));
        assertNull(e.claim());
        assertEquals("russia", e.attacker());
        assertEquals(List.of("tbilisi"), e.targets());
    }

    @Test
    void nounsThatLookLikeVerbsAreNoClaims() {
        assertEquals(List.of(), annotate("The United States sent observers to the border.").facts().claims());
        assertEquals(List.of(), annotate("Former Soviet states met in Moscow.").facts().claims());
        assertEquals(List.of(), annotate("Russia wants to make more claims on the region.").facts().claims());
    }

    @Test
    void urgeWithoutBlameIsNoClaim() {
        assertEquals(List.of(), annotate("France urged Russia to return to talks.").facts().claims());
    }

    @Test
    void unnamedSpeakerMakesNoClaim() {
        assertEquals(List.of(), annotate("Diplomats said the talks had stalled.").facts().claims());
    }

    @Test
    void heRefersToThePersonTheLastSentenceNamed() {
        AnnotatedArticle a = annotate("Vladimir Putin arrived in Moscow. He said the talks had failed.");
        assertEquals("vladimir-putin", onlyClaim(a).claimant());
    }

    @Test
    void aTrailingAccordingToIsTheRelayNotTheContent() {
        Claim c = onlyClaim(annotate("Georgia said that Russian forces attacked Tbilisi, according to Reuters."));
        assertEquals("georgia", c.claimant());
        assertEquals("reuters", c.reportedBy());
        assertEquals("Russian forces attacked Tbilisi", c.content());
    }

    @Test
    void aPlatformAfterSaidOnIsWhereItWasSaidNotWhat() {
        AnnotatedArticle a = annotate("Foreign Minister Marek Novak said on X.");
        assertEquals(List.of(), a.facts().claims());
        assertEquals(List.of(), a.facts().quotations());
        assertEquals(List.of(), annotate("Marek Novak wrote in a post on Telegram.").facts().claims());
    }

    @Test
    void aPlatformBeforeThatLeavesTheClaim() {
        Claim c = onlyClaim(annotate("Foreign Minister Marek Novak said in a post on Telegram that the talks had failed."));
        assertEquals("marek-novak", c.claimant());
        assertEquals("the talks had failed", c.content());
    }

    @Test
    void saidOnADayIsStillAStatement() {
        Claim c = onlyClaim(annotate("Prime Minister Albin Kurti said on Tuesday that the border would stay open."));
        assertEquals("albin-kurti", c.claimant());
        assertEquals("the border would stay open", c.content());
    }

    @Test
    void addingInAnotherSenseIsNoClaim() {
        assertEquals(List.of(), annotate("Armenia is adding fuel to the fire.").facts().claims());
        assertEquals(List.of(), annotate("Georgia is also adding a reward of $5 million for information.")
                .facts().claims());
        assertEquals(List.of(), annotate("Ukraine added two brigades to the front.").facts().claims());
    }

    @Test
    void addingBeforeAClauseOrAQuotationIsSpeech() {
        assertEquals("the talks had failed",
                onlyClaim(annotate("Ukraine added that the talks had failed.")).content());
        assertEquals("the talks had failed",
                onlyClaim(annotate("Ukraine added in a statement that the talks had failed.")).content());
        Claim c = onlyClaim(annotate("“The border is closed,” Georgia said, adding that talks would go on."));
        assertEquals("georgia", c.claimant());
        assertEquals("talks would go on", c.content());
    }

    @Test
    void aPersonAfterAnInvertedVerbBeatsTheCountryOfHisTitle() {
        AnnotatedArticle a = annotate("“We will respond firmly,” said U.S. Ambassador to the OSCE, Toivo Klaar.");
        assertEquals("toivo-klaar", only(a.facts().quotations()).speaker());
        assertEquals(List.of(), a.facts().claims(), "the apposition is no claim's content");
    }

    @Test
    void aBareSurnameIsThePersonLastNamedWithIt() {
        Claim c = onlyClaim(annotate("Foreign Minister Marek Novak met the envoy on Monday. "
                + "Novak said the talks had failed."));
        assertEquals("marek-novak", c.claimant());
        assertEquals("the talks had failed", c.content());
    }

    @Test
    void anUnknownSurnameIsNobodyNamedBefore() {
        AnnotatedArticle a = annotate("Foreign Minister Marek Novak met the envoy on Monday. "
                + "Kowalski said the talks had failed.");
        assertEquals(List.of(), map(a.facts().claims(), Claim::claimant).stream()
                .filter("marek-novak"::equals).toList());
    }

    @Test
    void aCondemnationBlamesThePersonAfterATitle() {
        assertEquals("robert-mugabe", onlyClaim(annotate("France condemns President Mugabe's decision to annul the "
                + "vote.")).accused());
        assertEquals("robert-mugabe", onlyClaim(annotate("As we have said before, the United States strongly condemns "
                + "outgoing President Mugabe's March 3 decision rejecting the election results.")).accused());
        assertEquals("zanu-pf", onlyClaim(annotate("The United States also condemns the announcement by the ZANU-PF "
                + "party that it will challenge the results.")).accused());
    }

    @Test
    void aTitleThatLeadsToNoPersonBlamesNobody() {
        assertEquals(List.of(), annotate("France condemns the President's decision to annul the vote.").facts()
                .claims(), "no party named: no claim");
    }

    @Test
    void weInAGovernmentsStatementIsItsCountry() {
        Claim c = onlyClaim(ExtractionFixture.annotate("We condemn the Houthi attacks launched against Saudi "
                + "Arabia's oil facilities earlier today.", ExtractionFixture.PUBLISHED,
                "The White House (as republished by a news site)"));
        assertEquals("united-states", c.claimant());
        assertEquals("houthis", c.accused());
    }

    @Test
    void weInsideQuotationMarksIsNotThePublisher() {
        AnnotatedArticle a = ExtractionFixture.annotate("\"We condemn the Houthi attacks,\" a Saudi spokesman told "
                + "reporters.", ExtractionFixture.PUBLISHED, "The White House");
        assertEquals(List.of(), map(a.facts().claims(), Claim::claimant).stream()
                .filter("united-states"::equals).toList());
    }

    @Test
    void weWithoutAKnownPublisherIsNobody() {
        AnnotatedArticle a = ExtractionFixture.annotate("We condemn the Houthi attacks on Saudi Arabia.",
                ExtractionFixture.PUBLISHED, null);
        assertEquals(List.of(), a.facts().claims());
    }

    @Test
    void aCondemnationBlamesEveryDoerAfterBy() {
        AnnotatedArticle a = annotate("France condemns the announcement by Serbian leader Aleksandar Vucic and Hungarian "
                + "Prime Minister Viktor Orban today regarding the border.");
        assertEquals(List.of("aleksandar-vucic", "viktor-orban"), map(a.facts().claims(), Claim::accused));
        assertEquals(List.of("russia"), map(annotate("France condemned the attack by Russia on Ukraine and Georgia.")
                .facts().claims(), Claim::accused), "the targets after 'on' are not blamed");
        assertEquals("milorad-dodik", onlyClaim(annotate("France condemns the statement by Bosnian Serb leader Milorad "
                + "Dodik on the courts.")).accused(), "two demonyms and a title before the doer's name");
    }

    @Test
    void partiesThatAccuseEachOtherBlameEachOther() {
        AnnotatedArticle a = annotate("Ghana's army and the rebel Popular Front accused each other on Monday of "
                + "breaking the truce.");
        assertEquals(Map.of("ghana", "popular-front", "popular-front", "ghana"), accusations(a));
        assertEquals(Map.of("peru", "chile", "chile", "peru"),
                accusations(annotate("Peru and Chile traded accusations after the sinking of a fishing boat.")));
        assertEquals(Map.of("peru", "chile", "chile", "peru"),
                accusations(annotate("Peru exchanged accusations with Chile over the sinking of a fishing boat.")));
    }

    @Test
    void tradingIsNoAccusingUnlessAccusationsAreTraded() {
        assertEquals(Map.of(), accusations(annotate("Peru and Chile signed a trade deal on Tuesday.")));
        assertEquals(Map.of(), accusations(annotate("Peru traded fish with Chile for decades.")));
        assertEquals(Map.of("ghana", "popular-front"),
                accusations(annotate("Ghana's army accused the Popular Front of breaking the truce.")));
    }

    @Test
    void holdingAPartyResponsibleAccusesIt() {
        Claim held = onlyClaim(annotate("Sudan held Chad responsible for the attack on El Geneina."));
        assertEquals("sudan", held.claimant());
        assertEquals("chad", held.accused());
        assertEquals("claim-held-responsible", held.evidence().rule());
        assertEquals("chad", only(events(annotate("Sudan held Chad responsible for the attack on El Geneina."),
                EventKind.ATTACK)).attacker(), "the party held responsible made the attack");
        assertEquals(Map.of("sudan", "rapid-support-forces"), accusations(annotate("Sudan said it holds the Rapid "
                + "Support Forces fully responsible for the killings.")));
    }

    @Test
    void holdingThatIsNoAccusation() {
        assertEquals(Map.of(), accusations(annotate("Sudan held talks with Chad on Monday.")));
        assertEquals(Map.of(), accusations(annotate("We will support the Government of Iraq in holding Iran "
                + "accountable.")), "whose holding it is the words leave open");
    }

    @Test
    void aPassiveAccusationIsTheAccusersAfterBy() {
        Claim passive = onlyClaim(annotate("Chad was accused by Sudan of arming the rebels."));
        assertEquals("sudan", passive.claimant());
        assertEquals("chad", passive.accused());
        assertEquals("claim-passive-by", passive.evidence().rule());
        assertEquals(Map.of("african-union", "ghana"),
                accusations(annotate("Ghana was condemned by the African Union for the expulsions.")));
        assertEquals(Map.of(), accusations(annotate("The European Union was criticized for its slow response.")),
                "no accuser named");
    }

    @Test
    void idiomsOfBlameAccuseThePartyTheyName() {
        assertEquals(Map.of("albania", "serbia"),
                accusations(annotate("Albania lashed out at Serbia over the arrest of its citizens.")));
        assertEquals(Map.of("sudan", "chad"), accusations(annotate("Sudan pointed the finger at Chad for the raid.")));
        assertEquals(Map.of("haiti", "dominican-republic"), accusations(annotate("Haiti's government said Dominican "
                + "soldiers were behind the killing of two farmers.")));
    }

    @Test
    void theGovernmentIsTheCountryWhoseGovernmentWasNamedLast() {
        assertEquals(Map.of("guinea", "chad"), accusations(annotate("Guinea's government has promised an inquiry. The "
                + "government said Chad was responsible for the attack.")));
        assertEquals(Map.of("nepal", "chad"), accusations(annotate("The government of Nepal imposed a curfew. The "
                + "government accused Chad of arming the rebels.")));
        assertEquals(Map.of(), accusations(annotate("Guinea held talks. The government said Chad was responsible for the "
                + "attack.")), "no government named before");
    }

    @Test
    void theTwoSidesAreTheLastTwoPartiesJoinedByAnd() {
        assertEquals(Map.of("vietnam", "china", "china", "vietnam"), accusations(annotate("Vietnam and China have clashed "
                + "over an oil rig. The two sides traded accusations after the sinking of a fishing boat.")));
        assertEquals(Map.of(), accusations(annotate("Peru signed a deal. Both sides accused each other of breaking the "
                + "truce.")), "no two parties named together");
        assertEquals(Map.of(), accusations(annotate("Peru and Chile met in Lima. The two sides agreed to talk again.")));
    }

    @Test
    void whoSpeaksFromAPlaceOrBeforeARelativeClause() {
        assertEquals(List.of(), annotate("Human rights groups in Guinea say at least 157 people were killed.").facts()
                .claims(), "the groups are no state");
        assertEquals("guinea", onlyClaim(annotate("Officials in Guinea say the toll has risen.")).claimant());
        assertEquals("antony-blinken", onlyClaim(annotate("Antony Blinken, who was sworn in by the United States "
                + "Senate, says the talks were useful.")).claimant());
        assertEquals(List.of(), annotate("The opposition dismissed Vladimir Putin's promise as empty, saying he has "
                + "often broken his word.").facts().claims(), "whose promise it is does not say it");
    }

    @Test
    void designatingOrSanctioningAPartyAccusesIt() {
        assertEquals(Map.of("european-union", "belarus"),
                accusations(annotate("The European Union sanctioned Belarus for the crackdown.")));
        assertEquals(Map.of("united-states", "hugo-velazquez"), accusations(annotate("The United States is designating "
                + "Paraguayan Vice President Hugo Velazquez for involvement in significant corruption.")));
        assertEquals(List.of(), annotate("The United Nations designated the area a safe zone.").facts().claims());
    }

    @Test
    void concernOverAPartysActBlamesIt() {
        assertEquals(Map.of("france", "russia"),
                accusations(annotate("France raised concerns over Russia's troop build-up near the border.")));
        assertEquals(Map.of(), accusations(annotate("The United States expressed concern about the health of Alexei "
                + "Navalny.")), "concern for a person is no blame");
        assertEquals(Map.of(), accusations(annotate("There are concerns about the economy in Ghana.")));
        assertEquals(Map.of("united-states", "rwanda"), accusations(annotate("We have deep concerns about Rwanda's "
                + "support to the rebel group M23.", ExtractionFixture.PUBLISHED, "The White House")),
                "a government's own we");
    }

    private static Map<String, String> accusations(AnnotatedArticle a) {
        Map<String, String> found = new java.util.HashMap<>();
        for (Claim c : a.facts().claims()) {
            if (c.accused() != null) {
                found.put(c.claimant(), c.accused());
            }
        }
        return found;
    }

    @Test
    void anObjectPronounIsThePersonNamedLastAndTheOthersJoinedToItAreAccusedToo() {
        List<Claim> claims = annotate("The Uganda Police Force said it was investigating. Bobi Wine said the protest "
                + "was peaceful. Later, police accused him and Kampala Mayor Erias Lukwago of leading an illegal rally.")
                .facts().claims().stream().filter(c -> c.accused() != null).toList();
        assertEquals(List.of("uganda-police-force>bobi-wine", "uganda-police-force>erias-lukwago"),
                map(claims, c -> c.claimant() + ">" + c.accused()));
    }

    @Test
    void criticsOfAPersonAndACountrysOppositionDoNotSpeakForIt() {
        assertEquals(List.of(), annotate("Critics of Julius Maada Bio, 60, accused him of doing little.").facts().claims()
                .stream().filter(c -> c.claimant().equals("julius-maada-bio")).toList());
        assertEquals(List.of(), annotate("Zambia's opposition said the vote was rigged.").facts().claims().stream()
                .filter(c -> c.claimant().equals("zambia")).toList());
        assertEquals(List.of("chile"), map(annotate("A spokesman for Chile's national legislature announced that "
                + "Santiago is filing a lawsuit.").facts().claims(), Claim::claimant), "national is no group");
    }

    @Test
    void theyAreNeverOnePerson() {
        assertEquals(List.of(), annotate("Police say the main suspect is Juan Pablo Soto, 41. They say Soto had posted "
                + "threats online.").facts().claims().stream().filter(c -> c.claimant().equals("juan-pablo-soto")).toList());
    }

    @Test
    void concludedThatStates() {
        Claim c = onlyClaim(annotate("Britain concluded that Russia was responsible for the attack on the base."));
        assertEquals("united-kingdom", c.claimant());
        assertEquals("russia", c.accused());
    }

    @Test
    void wordsThatOnlySayWhereSomethingWasSaidAreNoClaim() {
        assertEquals(List.of(), annotate("Nikol Pashinyan told reporters in Yerevan.").facts().claims());
        assertEquals(List.of("at least seven people were injured"), map(annotate("Nikol Pashinyan said at least seven "
                + "people were injured.").facts().claims(), Claim::content));
        assertEquals(List.of("in Yerevan the talks had failed"), map(annotate("Nikol Pashinyan said in Yerevan the talks had "
                + "failed.").facts().claims(), Claim::content), "a place, then what was said");
    }

    @Test
    void aDayRightAfterTheVerbIsNoPartOfWhatWasSaid() {
        assertEquals(List.of("a perpetrator of the attack in Yerevan was a sympathizer of the Islamic State group"),
                map(annotate("Armenian officials said Tuesday a perpetrator of the attack in Yerevan was a sympathizer "
                        + "of the Islamic State group.").facts().claims(), Claim::content));
        assertEquals(List.of("Monday's attack in Yerevan was carried out by the Islamic State group"),
                map(annotate("Armenia said Monday's attack in Yerevan was carried out by the Islamic State group.")
                        .facts().claims(), Claim::content), "a day's possessive is what was said");
    }

    @Test
    void aPronounAfterWhatIsSaidIsNoPersonNamedInIt() {
        AnnotatedArticle a = annotate("Opposition leader Pablo Quispe was arrested on Friday.\n\n"
                + "Prime Minister Carlos Rivas on Friday said that four people had been arrested.\n\n"
                + "The detainees had identified Quispe and a mercenary named Jorge Soto as the sponsors, he said.\n");
        assertEquals(List.of("carlos-rivas", "carlos-rivas"), a.facts().claims().stream().map(c -> c.claimant()).toList(),
                "\"…, he said\": the one who spoke before, not Quispe, whom the words name");
    }

    @Test
    void itInASubordinateClauseIsTheSentencesPartyAndRebelsInACountryAreNotIt() {
        AnnotatedArticle a = annotate("The Ogaden National Liberation Front, or ONLF, called for an inquiry into what it "
                + "says was a \"shoot to kill\" operation by Ethiopian forces.");
        assertEquals(List.of("ogaden-national-liberation-front"), a.facts().quotations().stream()
                .map(q -> q.speaker()).toList(), "\"what it says\": the Front, not Ethiopia");
        AnnotatedArticle rebels = annotate("Rebels fighting for independence in Peru's Puno region said Monday that "
                + "government troops have killed more than 100 civilians.");
        assertEquals(List.of(), rebels.facts().claims().stream().filter(c -> "peru".equals(c.claimant())).toList(),
                "the country the rebels fight in does not speak for them");
    }

    @Test
    void wordsInQuotationMarksAreAQuotationNotAlsoAClaim() {
        for (String text : List.of(
                "Mali's President Jane Roe spoke on Monday. Roe told VOA: \"We will not negotiate with terrorists.\"",
                "Mali's President Jane Roe was quoted as saying \"the army will prevail.\"",
                "Mali's President Jane Roe said \"we will win,\" while Niger's Prime Minister John Doe said \"we will help.\"",
                "Mali's President Jane Roe met Niger's Prime Minister John Doe. \"We agreed to work together,\" Doe said after "
                        + "the meeting.")) {
            AnnotatedArticle a = annotate(text);
            assertEquals(List.of(), a.facts().claims(), text);
            assertEquals(false, a.facts().quotations().isEmpty(), text);
        }
        AnnotatedArticle later = annotate("“We stand with Niger,” Mali's foreign minister Jane Roe said November 23.");
        assertEquals(List.of(), later.facts().claims(), "what follows the verb after a quotation and its speaker is when");
        AnnotatedArticle and = annotate("Mali's President Jane Roe praised the election as “transparent” and said Niger's "
                + "army was loyal.");
        assertEquals("Niger's army was loyal", onlyClaim(and).content(), "\"and said\" has a subject before the quotation");
        AnnotatedArticle named = annotate("Jane Roe, editor of the “Samay” weekly newspaper says Mali is caught in a cycle of "
                + "violence.");
        assertEquals("Mali is caught in a cycle of violence", onlyClaim(named).content(), "a name in marks is no quotation");
    }

    @Test
    void accordingToNamesItsSourceInItsOwnPhrase() {
        assertEquals(List.of(), annotate("According to officials, Malian soldiers have seized the town of Gao.").facts().claims(),
                "unnamed officials: the party after the comma is what they say, not who says it");
        assertEquals("niger", onlyClaim(annotate("According to officials in Niger, Malian soldiers have seized the town of "
                + "Gao.")).claimant());
    }

    @Test
    void theListenerAVerbOfTellingNamesIsNoPartOfWhatWasSaid() {
        assertEquals("the army would win in Mali", onlyClaim(annotate("Mali's President Jane Roe later told VOA the army would "
                + "win in Mali.")).content());
        assertEquals("the army would win", onlyClaim(annotate("Mali's President Jane Roe told Niger's president the army would "
                + "win.")).content());
        Claim demonym = onlyClaim(annotate("Army spokesman Jane Roe told VOA that Nigerien troops had shelled a border post in "
                + "Mali on Monday."));
        assertEquals("Nigerien troops had shelled a border post in Mali on Monday", demonym.content(),
                "a demonym opens what was said");
        assertEquals("niger", demonym.accused());
    }

    @Test
    void aNameOpeningTheSentenceSpeaksAfterALongApposition() {
        assertEquals("jane-roe", onlyClaim(annotate("Jane Roe, a senior fellow at the Institute for Peace Studies in "
                + "Washington and a former envoy to the region, says Moldova has been slow to act.")).claimant());
        assertEquals("moldova", onlyClaim(annotate("The talks have failed, says Moldova.")).claimant(),
                "an inverted speaker after no name");
    }

    @Test
    void theRebelsAreTheGroupTheArticleCalledARebelGroup() {
        var c = annotate("Jan Novak, a spokesman for the rebel group the Dniester Liberation Army, said the talks failed. "
                + "Moldova has accused the rebels of using foreign mercenaries.").facts().claims();
        assertEquals("dniester-liberation-army", c.get(c.size() - 1).accused());
        var militant = annotate("The militant group Dniester Liberation Army said the talks failed. "
                + "Moldova accused the rebels of using foreign mercenaries.").facts().claims();
        assertNull(militant.get(militant.size() - 1).accused(), "a militant group's members are not \"the rebels\"");
    }

    @Test
    void repeatingAStanceThatStatesIt() {
        var c = onlyClaim(annotate("Ukraine on Monday repeated its stance that Moldova's army was clearly responsible "
                + "for the shelling."));
        assertEquals("ukraine", c.claimant());
        assertEquals("moldova", c.accused());
        assertEquals(List.of(), annotate("The army repeated the drill on Monday.").facts().claims(), "no \"that\": no claim");
    }

    @Test
    void theNameBetweenCommasSpeaksPastItsWordOfAddress() {
        assertEquals("hassan-yaqub", onlyClaim(annotate("An Islamic Front spokesman, Sheikh Hassan Yaqub, told reporters "
                + "on Wednesday that the group would fight on.")).claimant());
    }

    @Test
    void aCapitalAccusedStandsForItsGovernment() {
        Claim c = onlyClaim(annotate("Kyiv accuses Moscow of arming the rebels."));
        assertEquals("ukraine", c.claimant());
        assertEquals("russia", c.accused());
    }

    @Test
    void twoPartiesAHeadlineJoinsByACommaTradeAccusations() {
        var claims = annotate("Moldova, Ukraine Trade Accusations Over Rebels\n\nThe talks are off.").facts().claims();
        assertEquals(java.util.Set.of("moldova>ukraine", "ukraine>moldova"), claims.stream()
                .map(c -> c.claimant() + ">" + c.accused()).collect(java.util.stream.Collectors.toSet()));
        var body = annotate("Talks stalled.\n\nMoldova, Ukraine trade accusations over the rebels, the envoy said.")
                .facts().claims();
        assertTrue(body.stream().noneMatch(c -> "moldova".equals(c.claimant()) && "ukraine".equals(c.accused())),
                body::toString);
    }

    @Test
    void aParticipleAccusedOfIsNoAccusation() {
        assertEquals(List.of(), annotate("Al-Shabaab executed a man accused of spying for foreign governments.")
                .facts().claims());
        assertEquals(List.of(), annotate("Police arrested a man blamed for the bombing in Mogadishu.").facts().claims());
    }
}
