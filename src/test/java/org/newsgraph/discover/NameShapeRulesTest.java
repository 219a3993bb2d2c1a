package org.newsgraph.discover;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.ExtractionFixture.annotate;
import static org.newsgraph.ExtractionFixture.found;
import static org.newsgraph.ExtractionFixture.idsOf;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.gazetteer.Kind;
import org.newsgraph.model.AnnotatedArticle;
import org.newsgraph.model.Found;

/**
 * Names found by their shape that no gazetteer row holds: acronyms ("AMISOM confirmed …", "the Rapid
 * Support Forces (RSF)"), named events ("the Korean War", "the Battle of Mosul") and settlements placed
 * by a distance ("Awdhegle, 75 kilometers west of Mogadishu"); with the sentences where none of this must
 * happen.
 */
class NameShapeRulesTest {

    private static List<String> rules(AnnotatedArticle a) {
        return a.found().stream().map(Found::rule).toList();
    }

    @Test
    void anAcronymStandingAloneIsAnOrganisation() {
        AnnotatedArticle a = annotate("The African Union force in the region, KORMIS, confirmed the towns were retaken.");
        Found amisom = found(a, "kormis");
        assertEquals(Kind.ORGANIZATION, amisom.entity().kind());
        assertEquals("organisation-acronym-alone", amisom.rule());
        assertTrue(amisom.confidence() < 0.6, "an acronym alone is a guess");
    }

    @Test
    void anAcronymInBracketsNamesTheOrganisationBeforeIt() {
        AnnotatedArticle a = annotate("The National Liberation Council (NLC) met on Monday. Later the NLC said it would join.");
        assertTrue(a.found().stream().noneMatch(f -> f.entity().id().equals("nlc")), a.found().toString());
        assertEquals(List.of("national-liberation-council"), idsOf(a, "NLC").stream().distinct().toList());
    }

    @Test
    void aKnownAcronymInBracketsMakesTheLongFormTheKnownOrganisation() {
        // a machine-reworded long form, as in the sample articles
        AnnotatedArticle a = annotate("Armenia asked the Collective Treaty Security Organization (CSTO) for help.");
        assertEquals(List.of("csto"), idsOf(a, "Collective Treaty Security Organization"));
        assertTrue(a.found().isEmpty(), a.found().toString());
    }

    @Test
    void noOrganisationFromCapitalsThatAreNoAcronym() {
        AnnotatedArticle a = annotate("The attack came at 0900 GMT. COVID cases rose. An IED exploded near the HIMARS. "
                + "Pope Benedict XVI and King Charles III spoke. The F-16 and COVID-19 were discussed.");
        assertTrue(a.found().stream().noneMatch(f -> f.rule().startsWith("organisation-acronym")), a.found().toString());
    }

    @Test
    void noOrganisationFromAHeadingInCapitals() {
        AnnotatedArticle a = annotate("BORDER COMBAT\n\nTroops fired on the border.");
        assertTrue(a.found().isEmpty(), a.found().toString());
    }

    @Test
    void namedEventsWithTheNamesInside() {
        AnnotatedArticle a = annotate("Families were split by the Korean War. Both sides signed the Jeddah Declaration "
                + "of Commitment to Protect the Civilians of Sudan. They met at the Luanda Mini-Summit on Peace and "
                + "Security.");
        assertEquals(Kind.NAMED_EVENT, found(a, "korean-war").entity().kind());
        assertEquals("Jeddah Declaration of Commitment to Protect the Civilians of Sudan",
                found(a, "jeddah-declaration-of-commitment-to-protect-the-civilians-of-sudan").entity().label());
        assertEquals("Luanda Mini-Summit on Peace and Security",
                found(a, "luanda-mini-summit-on-peace-and-security").entity().label());
        // the cities and the country inside the names are not mentions of their own
        assertTrue(idsOf(a, "Jeddah").isEmpty());
        assertTrue(idsOf(a, "Luanda").isEmpty());
        assertTrue(idsOf(a, "Korean").isEmpty());
    }

    @Test
    void eventWordsThatLeadAndListsInsideNames() {
        AnnotatedArticle a = annotate("He fought in the Battle of Mosul and in World War II. Israel launched Operation Iron Swords on October 7. "
                + "They invoked the Treaty of Friendship, Cooperation, and Mutual Assistance.");
        assertEquals("Battle of Mosul", found(a, "battle-of-mosul").entity().label());
        assertEquals("World War II", found(a, "world-war-ii").entity().label());
        assertEquals("Operation Iron Swords", found(a, "operation-iron-swords").entity().label());
        assertEquals("Treaty of Friendship, Cooperation, and Mutual Assistance",
                found(a, "treaty-of-friendship-cooperation-and-mutual-assistance").entity().label());
    }

    @Test
    void noEventFromLowerCaseWordsHeadlinesOrLongerNames() {
        AnnotatedArticle a = annotate("ECOWAS to Hold Talks with Military Junta in Mali\n\n"
                + "The war went on. The summit in Paris ended. War broke out. The International Crisis Group warned "
                + "of war. After the Korean War, Kim said the talks would go on.");
        assertTrue(a.found().stream().filter(f -> f.entity().kind() == Kind.NAMED_EVENT).map(f -> f.entity().label())
                .toList().equals(List.of("Korean War")), a.found().toString());
    }

    @Test
    void settlementsBeforeADistanceFromAPlace() {
        AnnotatedArticle a = annotate("Troops retook Awdhegle and Mubarak, about 75 kilometers west of Mogadishu.");
        assertEquals(Kind.SETTLEMENT, found(a, "awdhegle").entity().kind());
        assertEquals("place-distance", found(a, "mubarak").rule());
        assertEquals(List.of("mogadishu"), idsOf(a, "Mogadishu"));
    }

    @Test
    void noSettlementWithoutTheDistanceShape() {
        AnnotatedArticle a = annotate("Troops walked 75 kilometers west of Mogadishu. Officials said, 75 kilometers "
                + "is far. Awdhegle has 75 kilometers of road.");
        assertTrue(rules(a).stream().noneMatch(r -> r.equals("place-distance")), a.found().toString());
    }

    @Test
    void anAcronymAfterCommaOrIsAnotherNameOfTheOrganisation() {
        AnnotatedArticle a = annotate("Santos said the Revolutionary Liberation Forces of Colombia, or FRLC, agreed to talks. "
                + "FRLC commanders were in Havana.");
        Found farc = found(a, "revolutionary-liberation-forces-of-colombia");
        assertEquals(List.of("FRLC"), farc.entity().aliases());
        assertEquals(List.of("revolutionary-liberation-forces-of-colombia"), idsOf(a, "FRLC").stream().distinct().toList());
        assertTrue(a.found().stream().noneMatch(f -> f.entity().id().equals("frlc")), a.found().toString());
    }

    @Test
    void anOrganisationNameGoesOnWithAPlaceOrAnOwningBody() {
        AnnotatedArticle a = annotate("The head of the U.N. Monitoring Mission in Libya spoke. The Syrian Centre for "
                + "Civil Liberties said 12 people died.");
        assertEquals(Kind.ORGANIZATION, found(a, "u-n-monitoring-mission-in-libya").entity().kind());
        assertEquals("Syrian Centre for Civil Liberties",
                found(a, "syrian-centre-for-civil-liberties").entity().label());
        assertTrue(a.found().stream().noneMatch(f -> f.entity().kind() == Kind.PERSON), a.found().toString());
    }

    @Test
    void noPlaceTailAfterAPossessivePlace() {
        AnnotatedArticle a = annotate("The National Security Council of Libya's east met.");
        assertTrue(a.found().stream().noneMatch(f -> f.entity().label().contains("Libya")), a.found().toString());
    }

    @Test
    void aStateBeforeItsHeadButNotAnAdjective() {
        AnnotatedArticle a = annotate("Gunmen killed 12 villagers in Zamfara state. Critics of the Jewish state and "
                + "a Gulf state spoke.");
        assertEquals(Kind.REGION, found(a, "zamfara-state").entity().kind());
        assertEquals(1, a.found().size(), a.found().toString());
    }

    @Test
    void anAcronymAloneAndTheNameItStandsForAreOneOrganisation() {
        AnnotatedArticle a = annotate("ATMICH confirmed the attack. The African Union Transition Mission in Chad said troops "
                + "held the base.");
        Found mission = found(a, "african-union-transition-mission-in-chad");
        assertTrue(mission.entity().aliases().contains("ATMICH"), mission.toString());
        assertEquals(List.of("african-union-transition-mission-in-chad"), idsOf(a, "ATMICH"));
        assertTrue(a.found().stream().noneMatch(f -> f.entity().id().equals("atmich")), a.found().toString());
    }

    @Test
    void acronymsExpandOnlyToNamesWhoseWordsTheyStart() {
        assertTrue(Acronyms.expands("ECOWAS", "Economic Community of West African States"));
        assertTrue(Acronyms.expands("ATMIS", "African Transition Mission in Somalia"));
        assertTrue(!Acronyms.expands("UNHCR", "U.N. refugee agency"));
        assertTrue(!Acronyms.expands("FBI", "Federal Reserve Bank"));
        assertTrue(!Acronyms.expands("RSF", "Sudanese Armed Forces"));
    }

    @Test
    void placesLedByACapitalisedWordOrNamedAfterANeighbourhood() {
        AnnotatedArticle a = annotate("Fighters left Camp Deroux for Mount Sinjar. Seven people died in the neighborhood of "
                + "Miskine. Aid reached the Kakuma refugee camp.");
        assertEquals(Kind.REGION, found(a, "camp-deroux").entity().kind());
        assertEquals("place-lead", found(a, "mount-sinjar").rule());
        assertEquals(Kind.SETTLEMENT, found(a, "miskine").entity().kind());
        assertEquals(Kind.SETTLEMENT, found(a, "kakuma-refugee-camp").entity().kind());
    }

    @Test
    void noPlaceFromALeadWordAlone() {
        AnnotatedArticle a = annotate("The Camp was quiet. Mount the guns, he said. Lake levels fell.");
        assertTrue(a.found().stream().noneMatch(f -> f.rule().equals("place-lead")), a.found().toString());
    }

    @Test
    void anOrganisationNamedForARegionKeepsItsWholeNameAndItsAcronym() {
        AnnotatedArticle a = annotate("The Movement for the Emancipation of the Niger Delta, or MEND, says it blew up a pipeline "
                + "on Wednesday. MEND has claimed three other attacks.");
        String id = "movement-for-the-emancipation-of-the-niger-delta";
        assertEquals(Kind.ORGANIZATION, found(a, id).entity().kind());
        assertEquals(List.of(id), idsOf(a, "MEND").stream().distinct().toList(), "the acronym is the movement's, not the delta's");
    }
}
