package org.newsgraph.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.ExtractionFixture.annotate;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Facts.Relation;

/**
 * Tests the relation rules ({@link RelationRules}): membership ("includes A but not B", "is a
 * member of", "joined"), leadership ("Russian-led", "run by"), alliance ("an ally of"), support
 * ("its ally", "support for", "backs") and containment ("within"); and none where the cue words
 * stand without the parties they need or both sides are the same party.
 */
class RelationRulesTest {

    /** The relations of {@code text} as "subject TYPE object" strings. */
    private static List<String> relations(String text) {
        return annotate(text).facts().relations().stream().map(RelationRulesTest::show).toList();
    }

    private static String show(Relation r) {
        return r.subject() + " " + r.type() + " " + r.object();
    }

    @Test
    void includesButNot() {
        assertEquals(List.of("russia MEMBER_OF csto", "ukraine NOT_MEMBER_OF csto"),
                relations("The CSTO, a security bloc, includes Russia but not Ukraine."));
    }

    @Test
    void membersListedAfterWhoseMembersAreOrMadeUpOf() {
        assertEquals(List.of("russia MEMBER_OF csto", "belarus MEMBER_OF csto", "armenia MEMBER_OF csto"),
                relations("The CSTO, whose members are Russia, Belarus and Armenia, met in Minsk."));
        assertEquals(List.of("russia MEMBER_OF csto", "kazakhstan MEMBER_OF csto"),
                relations("The CSTO is made up of Russia and Kazakhstan."));
    }

    @Test
    void isAMemberOf() {
        assertEquals(List.of("turkey MEMBER_OF nato"), relations("Turkey is a member of NATO."));
    }

    @Test
    void joined() {
        assertEquals(List.of("ukraine MEMBER_OF united-nations"), relations("Ukraine joined the United Nations in 1945."));
    }

    @Test
    void demonymLed() {
        assertEquals(List.of("russia LEADS csto"), relations("The Russian-led CSTO met in Moscow."));
    }

    @Test
    void runBy() {
        assertEquals(List.of("russia LEADS csto"), relations("The CSTO is run by Russia."));
    }

    @Test
    void anAllyOf() {
        assertEquals(List.of("georgia ALLY_OF united-states"), relations("Georgia is an ally of the United States."));
    }

    @Test
    void itsAlly() {
        assertEquals(List.of("russia SUPPORTS georgia"), relations("Russia said it would send troops to its ally Georgia."));
    }

    @Test
    void supportFor() {
        assertEquals(List.of("france SUPPORTS ukraine"), relations("France reaffirmed its support for Ukraine."));
    }

    @Test
    void backs() {
        assertEquals(List.of("united-states SUPPORTS ukraine"), relations("The United States backs Ukraine."));
    }

    @Test
    void within() {
        assertEquals(List.of("tbilisi LOCATED_IN georgia"), relations("Tbilisi lies within Georgia."));
    }

    @Test
    void includingWithoutAnOrganisationBeforeIt() {
        assertEquals(List.of(), relations("Foreign ministers, including several from Europe, gathered in Brussels."));
        assertEquals(List.of(), relations("Several countries including France sent observers."));
    }

    @Test
    void demonymAfterIncludesIsNoMember() {
        assertEquals(List.of(), relations("The CSTO includes Russian troops."));
    }

    @Test
    void withinWithoutPlaces() {
        assertEquals(List.of(), relations("The talks were held within days of the attack."));
    }

    @Test
    void samePartyOnBothSides() {
        assertEquals(List.of(), relations("Russia is an ally of Russia."));
    }

    @Test
    void leadershipAndMembershipInOneSentence() {
        assertEquals(List.of("russia LEADS csto", "russia MEMBER_OF csto"),
                relations("The Russian-led CSTO includes Russia."));
    }

    @Test
    void notAMemberOfIsADeniedMembership() {
        assertEquals(List.of("chile NOT_MEMBER_OF nato"), relations("Chile is not a member of NATO."));
        assertEquals(List.of("sweden NOT_MEMBER_OF nato"), relations("Sweden has never been a member of NATO."));
    }

    @Test
    void yetToJoinIsADeniedMembership() {
        assertEquals(List.of("peru NOT_MEMBER_OF wto"), relations("Peru has yet to join the World Trade Organization."));
    }

    @Test
    void joinWithoutANegationStatesNothing() {
        assertEquals(List.of(), relations("Peru wants to join the World Trade Organization."));
    }

    @Test
    void aNegationInAnEarlierClauseDoesNotDenyTheMembership() {
        assertEquals(List.of("finland MEMBER_OF nato"), relations("Finland is no longer neutral and has joined NATO."));
    }

    @Test
    void everyMemberListedBeforeTheCue() {
        assertEquals(List.of("chile MEMBER_OF wto", "peru MEMBER_OF wto", "bolivia MEMBER_OF wto"),
                relations("Chile, Peru and Bolivia are members of the World Trade Organization."));
        assertEquals(List.of("chile NOT_MEMBER_OF nato", "peru NOT_MEMBER_OF nato"),
                relations("Chile and Peru are not members of NATO."));
    }

    @Test
    void aCountryBeforeTheListIsNoMember() {
        assertEquals(List.of("bolivia MEMBER_OF wto"),
                relations("After talks in Chile, Bolivia is a member of the World Trade Organization."));
    }

    @Test
    void itsMembersBeforeAList() {
        assertEquals(List.of("china MEMBER_OF sco", "india MEMBER_OF sco", "pakistan MEMBER_OF sco"),
                relations("The Shanghai Cooperation Organisation and its members China, India and Pakistan met in Delhi."));
    }

    @Test
    void membersAfterAColon() {
        assertEquals(List.of("kazakhstan MEMBER_OF csto", "kyrgyzstan MEMBER_OF csto", "tajikistan MEMBER_OF csto"),
                relations("The CSTO has three Central Asian members: Kazakhstan, Kyrgyzstan and Tajikistan."));
    }

    @Test
    void whoseMemberStatesInclude() {
        assertEquals(List.of("france MEMBER_OF european-union", "germany MEMBER_OF european-union"),
                relations("The European Union, whose member states include France and Germany, met in Brussels."));
    }

    @Test
    void membersWithoutAnOrganisationAreNoMembership() {
        assertEquals(List.of(), relations("The bloc, whose members include Chile, Peru and Bolivia, met in Lima."));
        assertEquals(List.of(), relations("Chile and its members of parliament voted."));
    }

    @Test
    void membersNamedAsAnotherNounPhraseAreNotTheSubjects() {
        assertEquals(List.of(), relations("Chile announced the arrest of five suspected members of Hezbollah in Santiago."),
                "the five are members, not Chile");
        assertEquals(List.of(), relations("Peru detained several members of the Shining Path on Monday."));
        assertEquals(List.of("bolivia MEMBER_OF oas"),
                relations("Bolivia, a founding member of the Organization of American States, abstained."),
                "describing words between a member and its cue");
    }

    @Test
    void memberOfEveryOrganisationListedAfterTheCue() {
        assertEquals(List.of("france MEMBER_OF nato", "france MEMBER_OF european-union"),
                relations("France, a member of NATO and the European Union, sent troops."));
    }

    @Test
    void organisationFarAfterTheCueIsNotTheOneJoined() {
        assertEquals(List.of(), relations("Finland joined the alliance in April, NATO said."));
        assertEquals(List.of(), relations("NATO, which Chile joined, and the European Union met."));
    }

    @Test
    void alliesListedOnEitherSide() {
        assertEquals(List.of("chile ALLY_OF peru", "chile ALLY_OF bolivia"),
                relations("Chile is an ally of Peru and Bolivia."));
        assertEquals(List.of("chile ALLY_OF bolivia", "peru ALLY_OF bolivia"),
                relations("Chile and Peru are allies of Bolivia."));
    }

    @Test
    void deniedAllianceIsNoRelation() {
        assertEquals(List.of(), relations("Chile is not an ally of Peru."));
    }

    @Test
    void itsAlliesListed() {
        assertEquals(List.of("russia SUPPORTS belarus", "russia SUPPORTS iran"),
                relations("Russia sent arms to its allies Belarus and Iran."));
        assertEquals(List.of("russia SUPPORTS belarus"), relations("Russia sent arms to its ally Belarus and to Iran."));
    }

    @Test
    void foundingAndPermanentMembers() {
        assertEquals(List.of("chile MEMBER_OF wto"), relations("Chile is a founding member of the World Trade Organization."));
        assertEquals(List.of("france MEMBER_OF un-security-council"),
                relations("France is a permanent member of the UN Security Council."));
    }

    @Test
    void memberCountriesInclude() {
        assertEquals(List.of("chile MEMBER_OF wto", "peru MEMBER_OF wto"),
                relations("The World Trade Organization, whose member countries include Chile and Peru, met in Geneva."));
    }

    @Test
    void standingWithAPartySupportsIt() {
        assertEquals(List.of("united-states supports egypt"), supports(org.newsgraph.ExtractionFixture.annotate(
                "The United States will continue to stand with the people of Egypt as they face threats.")));
        assertEquals(List.of("russia supports m23"), supports(org.newsgraph.ExtractionFixture.annotate(
                "Russia's support to the rebel group M23 worries the United States.")));
        assertEquals(List.of("united-states supports algeria"), supports(org.newsgraph.ExtractionFixture.annotate(
                "We stand steadfast with Algeria.", org.newsgraph.ExtractionFixture.PUBLISHED, "The White House")),
                "a government's own we");
        assertEquals(List.of(), supports(org.newsgraph.ExtractionFixture.annotate(
                "The coalition, which led protests, supports the mutineers and rejected the European Union's position.")));
    }

    private static List<String> supports(org.newsgraph.model.AnnotatedArticle a) {
        return a.facts().relations().stream().filter(r -> r.type().label().equals("supports"))
                .map(r -> r.subject() + " supports " + r.object()).toList();
    }

    @Test
    void aMemberOfAPartyNamedAfterItsLeadersPossessive() {
        var relations = annotate("Opposition leader John Doe was killed on Monday. Doe was a leading member of Mr. "
                + "Ramaphosa's African National Congress.").facts().relations();
        assertTrue(relations.stream().anyMatch(r -> r.subject().equals("john-doe") && r.object().equals("african-national-congress")),
                relations.toString());
        assertTrue(relations.stream().noneMatch(r -> r.subject().equals("cyril-ramaphosa")), relations.toString());
    }
}
