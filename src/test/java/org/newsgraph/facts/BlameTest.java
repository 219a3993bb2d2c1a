package org.newsgraph.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.newsgraph.ExtractionFixture.annotate;
import static org.newsgraph.ExtractionFixture.map;
import static org.newsgraph.ExtractionFixture.only;
import static org.newsgraph.ExtractionFixture.onlyClaim;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.AnnotatedArticle;
import org.newsgraph.model.Facts.Claim;

/**
 * Tests the blame words read in what a claimant says ({@link Blame}): a wrong named with its doer's
 * possessive or "by" and the doer; a deed whose subject does it, "to blame", a passive deed's "by";
 * and no blame for a denied deed, a deed in another clause or a claim with no such words. Also the
 * coordinated accusers of {@link CoSubjects}.
 */
class BlameTest {

    @Test
    void aWrongNamedWithItsDoerAfterBy() {
        Claim c = onlyClaim(annotate("The Malawi Congress Party said the arrests were a provocation by the ruling "
                + "Democratic Progressive Party."));
        assertEquals("malawi-congress-party", c.claimant());
        assertEquals("democratic-progressive-party", c.accused());
        assertEquals("malawi-police-service", onlyClaim(annotate("The Malawi Congress Party denounced what it called "
                + "the repression of peaceful protests by the Malawi Police Service.")).accused());
    }

    @Test
    void forceOrViolenceByADoer() {
        assertEquals("uganda", onlyClaim(annotate("Kenya said the excessive use of force by Ugandan police was "
                + "unnecessary.")).accused());
        assertEquals(null, onlyClaim(annotate("Uganda said the violence in Kampala was regrettable.")).accused(),
                "violence with no doer blames nobody");
        List<Claim> named = annotate("Officers of the Malawi Police Service arrested ten people. The Malawi Congress "
                + "Party said the use of force by Malawian police was excessive.").facts().claims();
        assertEquals(List.of("malawi-police-service"), named.stream().map(Claim::accused).toList(),
                "the police the article named before");
        List<Claim> after = annotate("The Malawi Congress Party said the use of force by Malawian police was excessive. "
                + "The Malawi Police Service denied it.").facts().claims();
        assertEquals("malawi-police-service", after.get(0).accused(), "or the only police the article names");
    }

    @Test
    void aWrongNamedWithItsDoersPossessive() {
        assertEquals("russia", onlyClaim(annotate("Ukraine said Russia's interference in the vote must end."))
                .accused());
    }

    @Test
    void theSubjectOfADeedOrOfToBlame() {
        assertEquals("democratic-progressive-party", onlyClaim(annotate("Joyce Banda said the Democratic Progressive "
                + "Party was using the courts to harass and intimidate her supporters.")).accused());
        assertEquals("malawi-police-service", onlyClaim(annotate("The Malawi Congress Party said the Malawi Police "
                + "Service was to blame for the death of two protesters in Lilongwe.")).accused());
    }

    @Test
    void aPassiveDeedBlamesThePartyAfterBy() {
        assertEquals("malawi-police-service", onlyClaim(annotate("Joyce Banda said her supporters were harassed by "
                + "the Malawi Police Service.")).accused());
    }

    @Test
    void noBlameForADeniedDeedOrADeedOfAnotherClause() {
        assertNull(onlyClaim(annotate("Joyce Banda said Malawi violated no law.")).accused(), "a denied deed");
        assertNull(onlyClaim(annotate("Joyce Banda said Malawi did not harass anyone.")).accused(), "a denied deed");
        assertNull(onlyClaim(annotate("Joyce Banda said the Democratic Progressive Party would investigate who tried "
                + "to intimidate voters.")).accused(), "the deed belongs to a relative clause");
        assertNull(onlyClaim(annotate("Joyce Banda said the talks with Zambia were useful.")).accused(),
                "no blame word");
    }

    @Test
    void coordinatedAccusersEachAccuse() {
        List<Claim> claims = annotate("The Kazakh government and OSCE monitors accuse Russia of arming the "
                + "separatists.").facts().claims();
        assertEquals(List.of("kazakhstan", "osce"), map(claims, Claim::claimant));
        assertEquals(List.of("russia", "russia"), map(claims, Claim::accused));
        List<Claim> condemned = annotate("Chile and Peru condemned Bolivia for the shelling of Arica.").facts().claims();
        assertEquals(List.of("chile", "peru"), map(condemned, Claim::claimant));
    }

    @Test
    void partiesAccusingEachOtherBlameOneAnother() {
        List<Claim> claims = annotate("Chile and Peru accused each other of moving troops to the border.").facts()
                .claims();
        assertEquals(List.of("chile", "peru"), map(claims, Claim::claimant));
        assertEquals(List.of("peru", "chile"), map(claims, Claim::accused));
    }

    @Test
    void noCoordinationAcrossAVerbOrWithoutAnAccusingVerb() {
        Claim c = onlyClaim(annotate("The envoys of Chile met Peru and accused Bolivia of arming rebels."));
        assertEquals("chile", c.claimant());
        assertEquals(1, annotate("Chile and Peru said the talks were useful.").facts().claims().size(),
                "a joint statement that blames nobody stays one claim");
    }

    @Test
    void aCoordinatedObjectIsAccusedPartyByParty() {
        List<Claim> claims = annotate("Armenian police accused Nikol Pashinyan and Ilham Aliyev of leading an illegal "
                + "march.").facts().claims();
        assertEquals(List.of("nikol-pashinyan", "ilham-aliyev"), map(claims, Claim::accused));
        assertEquals(1, annotate("Zambia accused Malawi of arming rebels and moving troops.").facts().claims().size(),
                "coordinated deeds are no coordinated parties");
    }

    @Test
    void aBareHeadWordIsTheOrganisationLastNamedWithIt() {
        AnnotatedArticle a = annotate("Nepal's opposition has clashed with the Nepal Police for weeks. Police accused "
                + "the Nepali Congress of organising an illegal march.");
        Claim c = a.facts().claims().get(a.facts().claims().size() - 1);
        assertEquals("nepal-police", c.claimant());
        assertEquals("nepali-congress", c.accused());
        assertEquals("nepal-police", onlyClaim(annotate("The Nepal Police arrested dozens. The Nepali Congress said the "
                + "police were to blame for the violence.")).accused());
        assertEquals(List.of(), annotate("The police accused the Nepali Congress of organising an illegal march.")
                .facts().claims(), "no police was named before: nobody speaks");
    }

    @Test
    void aCondemnationBlamesTheDoerAfterByInItsObject() {
        Claim c = onlyClaim(annotate("India condemned the coup announced by Nepal's military chief, Rookmangud Katawal."));
        assertEquals("claim-condemn", c.evidence().rule(), "announced by is a participle, no speech verb");
        assertEquals("rookmangud-katawal", c.accused());
        assertEquals(List.of(), annotate("India condemned the attack on Kathmandu.").facts().claims(),
                "the place after on is no doer");
    }

    @Test
    void atFaultAndAPartysThreats() {
        assertEquals("india", onlyClaim(annotate("Nepal says it has proof that India is at fault.")).accused());
        assertEquals("north-korea", onlyClaim(annotate("Japan said North Korea's recent threats must stop."))
                .accused());
    }

    @Test
    void whoClaimsAnAttackInTheWordsIsItsAttackerAndNobodyIsBlamed() {
        AnnotatedArticle a = annotate("The SITE Intelligence Group also announced that Hezbollah had claimed Monday's "
                + "attack on the hotel.");
        assertEquals("hezbollah", only(a.facts().events()).attacker());
        assertNull(onlyClaim(a).accused(), "reporting a claim of responsibility accuses nobody");
        assertEquals("hezbollah", only(annotate("Hezbollah claimed Monday's attack on the Israeli town of Metula.")
                .facts().events()).attacker());
    }

    @Test
    void aCondemnedAttackBlamesWhoClaimsItInTheNextSentences() {
        AnnotatedArticle a = annotate("The United States strongly condemns today's terrorist attack against Tel Aviv, "
                + "which injured a dozen civilians. Hamas has claimed responsibility for this attack.");
        List<Claim> condemnations = a.facts().claims().stream().filter(Claim::condemnation).toList();
        assertEquals("hamas", only(condemnations).accused());
        assertEquals(List.of(), annotate("France condemned the violence in Beirut. Lebanon said the talks would go on. "
                + "Hezbollah claimed responsibility for the attack.").facts().claims().stream()
                .filter(Claim::condemnation).toList(), "a condemnation of no attack waits for nobody");
        AnnotatedArticle far = annotate("France condemned the attack on Beirut. Lebanon said the talks would go on. "
                + "Lebanon met Israel. Syria met Jordan. Hezbollah claimed responsibility for the attack.");
        assertEquals(List.of(), far.facts().claims().stream().filter(Claim::condemnation).toList(),
                "too far after the condemnation");
    }

    @Test
    void aWrongNamedWithItsDoersDemonym() {
        assertEquals("russia", onlyClaim(annotate("Ukraine said it would defend itself against Russian aggression."))
                .accused());
        assertEquals("russia", onlyClaim(annotate("Ukraine said Russian military aggression must end.")).accused());
        assertNull(onlyClaim(annotate("Ukraine said the Russian people oppose the aggression.")).accused(),
                "the demonym belongs to another noun");
    }

    @Test
    void theFirstPartyOfAClauseAJudgingPredicateEnds() {
        assertEquals("china", onlyClaim(annotate("John Kerry said China's introduction of an oil rig in waters disputed "
                + "with Vietnam was provocative.")).accused());
        assertEquals("robert-mugabe", onlyClaim(annotate("Morgan Tsvangirai says efforts by President Robert Mugabe to "
                + "annul the results are illegal.")).accused());
        assertNull(onlyClaim(annotate("Kenya said the vote in Uganda was not illegal.")).accused(), "a denied judgement");
        assertNull(onlyClaim(annotate("France said the talks with Russia, which began in May, were unacceptable.")).accused(),
                "the party belongs to a clause the comma closed");
    }

    @Test
    void responsibleForAnAttackOrDeathsBlamesTheSubjectOfIsOrWas() {
        assertEquals("hezbollah", onlyClaim(annotate("France said Hezbollah was responsible for the deadly bombing "
                + "in Abha.")).accused());
        assertEquals("iran", onlyClaim(annotate("France said Iran is responsible for the deaths of hundreds of "
                + "civilians.")).accused());
        assertNull(onlyClaim(annotate("France said the ministry is responsible for trade with Iran.")).accused(),
                "a duty, no deed");
        assertNull(onlyClaim(annotate("France said Iran was responsible for trade with Armenia.")).accused(),
                "a duty, no deed, after \"was\" as after \"is\"");
        assertNull(onlyClaim(annotate("France said Iran was not responsible for the attack.")).accused(), "denied");
    }

    @Test
    void newWrongsWithTheirDoersPossessiveAndAViolationsDoer() {
        assertEquals("russia", onlyClaim(annotate("Ukraine said Russia's illegal annexation of Crimea would never be "
                + "recognised.")).accused());
        assertEquals("iran", onlyClaim(annotate("France said Iran's malign activities in the region must stop."))
                .accused());
        assertEquals("russia", onlyClaim(annotate("Ukraine said the Russian regime's coercion must end.")).accused(),
                "a demonym before the ruler's noun");
        assertEquals("iran", onlyClaim(annotate("France said Iran was arming the Houthis in violation of Security "
                + "Council resolutions.")).accused(), "the clause's first party, not the armed");
    }

    @Test
    void anAsideBetweenBeAndResponsibleFor() {
        Claim c = onlyClaim(annotate("Chile said Bolivia is without a doubt responsible for shooting down the airliner."));
        assertEquals("bolivia", c.accused());
        assertNull(onlyClaim(annotate("Chile said Bolivia is, as before, responsible for trade with Peru.")).accused(),
                "no deed follows");
    }

    @Test
    void aHostileDeedByAnOrganisationOfACountry() {
        Claim c = onlyClaim(annotate("Chile said its ministries were hit by malicious cyber activity by China's Ministry "
                + "of State Security."));
        assertEquals("ministry-of-state-security", c.accused());
    }

    @Test
    void callingAPartyToAccountAccusesIt() {
        Claim c = onlyClaim(annotate("Chile called Bolivia to account for its role in the downing of the airliner."));
        assertEquals("chile", c.claimant());
        assertEquals("bolivia", c.accused());
        assertEquals(List.of(), annotate("Chile called the meeting to account for the budget.").facts().claims(),
                "no party called to account");
    }
}
