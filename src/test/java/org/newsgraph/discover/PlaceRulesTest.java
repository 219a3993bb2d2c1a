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
 * Places and groups found by their shape ("Sagaing region", "the Bab al-Hawa border crossing",
 * "the FDLR militia", "a French-led coalition"), continents from the gazetteer, and a capital that is
 * the subject of a verb of will standing for its government; with the sentences where none of this
 * must happen.
 */
class PlaceRulesTest {

    @Test
    void aNameBeforeAPlaceHeadIsAPlace() {
        AnnotatedArticle a = annotate("Fighting spread to Sagaing region and Magway district on Sunday.");
        Found sagaing = found(a, "sagaing-region");
        assertEquals(Kind.REGION, sagaing.entity().kind());
        assertEquals("Sagaing region", sagaing.entity().label());
        assertEquals("place-head", sagaing.rule());
        assertEquals(List.of("sagaing-region"), idsOf(a, "Sagaing region"));
        assertEquals(Kind.REGION, found(a, "magway-district").entity().kind());
    }

    @Test
    void aWeekdayAfterAPlaceIsNoPartOfItsName() {
        AnnotatedArticle a = annotate("In neighbouring South Kordofan Wednesday, the army said it had taken a town.");
        assertEquals("South Kordofan", found(a, "south-kordofan").entity().label());
        assertTrue(a.found().stream().noneMatch(f -> f.entity().label().contains("Wednesday")), a.found().toString());
    }

    @Test
    void aTribalAreaATownshipAndAVillageOfATownship() {
        AnnotatedArticle tribal = annotate("A drone strike killed four people in Pakistan's Zorbu tribal region.");
        Found elbe = found(tribal, "zorbu");
        assertEquals(Kind.REGION, elbe.entity().kind());
        AnnotatedArticle village = annotate("Rebels attacked a post in Kyauk Taw village of Minbya Township on Friday.");
        assertEquals(Kind.SETTLEMENT, found(village, "kyauk-taw").entity().kind());
        assertEquals(Kind.REGION, found(village, "minbya-township").entity().kind(),
                "after a village's own name, the name after \"of\" is where the village is, no village");
        AnnotatedArticle armenian = annotate("Shells hit the Armenian village of Sotk on Friday.");
        assertEquals(Kind.SETTLEMENT, found(armenian, "sotk").entity().kind(), "a demonym before the word is no name");
    }

    @Test
    void aBorderCrossingWithParticlesAndDashes() {
        AnnotatedArticle a = annotate("Aid trucks used the Bab al-Hawa border crossing and the Kerem - Shalom crossing point.");
        assertEquals("Bab al-Hawa border crossing", found(a, "bab-al-hawa-border-crossing").entity().label());
        assertEquals("Kerem - Shalom crossing point", found(a, "kerem-shalom-crossing-point").entity().label());
    }

    @Test
    void noPlaceFromAHeadWithoutAName() {
        assertTrue(annotate("The region was calm. Officials in the province said the border crossing was shut.")
                .found().isEmpty());
        assertTrue(annotate("On Sunday district officials met. The Governor region plan failed.").found().isEmpty());
    }

    @Test
    void noPlaceInATitleCaseHeadline() {
        assertTrue(annotate("Rebels Seize Key Border Crossing").found().isEmpty());
    }

    @Test
    void aKnownPlaceBeforeAHeadIsNotFoundAgain() {
        AnnotatedArticle a = annotate("Shells fell on Idlib province.");
        assertTrue(a.found().isEmpty(), a.found().toString());
        assertEquals(List.of("idlib"), idsOf(a, "Idlib province"));
    }

    @Test
    void anAcronymBeforeAGroupNounIsAnOrganisation() {
        AnnotatedArticle a = annotate("The FDLR militia and the M-23B movement denied the reports.");
        Found fdlr = found(a, "fdlr");
        assertEquals(Kind.ORGANIZATION, fdlr.entity().kind());
        assertEquals("FDLR", fdlr.entity().label());
        assertEquals("organisation-acronym", fdlr.rule());
        assertEquals("M-23B", found(a, "m-23b").entity().label());
    }

    @Test
    void noOrganisationFromAKnownAcronymOrALowerCaseWord() {
        AnnotatedArticle a = annotate("The NATO alliance met. A new coalition formed. The 2020 coalition fell. "
                + "The SDF Coalition grew.");
        assertTrue(a.found().stream().noneMatch(f -> f.rule().equals("organisation-acronym")), a.found().toString());
    }

    @Test
    void aCountryLedGroupIsAnOrganisation() {
        AnnotatedArticle a = annotate("A French-led coalition struck rebel positions.");
        Found coalition = found(a, "french-led-coalition");
        assertEquals("French-led coalition", coalition.entity().label());
        assertEquals("organisation-led", coalition.rule());
        assertTrue(annotate("A French-led mission trained troops.").found().isEmpty());
    }

    @Test
    void continentsAreRegions() {
        AnnotatedArticle a = annotate("The summit drew leaders from Africa, Asia and Europe, and the African Union.");
        assertEquals(List.of("africa"), idsOf(a, "Africa"));
        assertEquals(List.of("europe"), idsOf(a, "Europe"));
        assertTrue(idsOf(a, "African Union").stream().noneMatch("africa"::equals));
    }

    @Test
    void aCapitalThatWillActIsItsGovernment() {
        assertEquals(List.of("colombia"), idsOf(annotate("Bogota would honour the ceasefire accord."), "Bogota"));
        assertEquals(List.of("bogota"), idsOf(annotate("Talks in Bogota would resume in May."), "Bogota"));
        assertEquals(List.of("bogota"), idsOf(annotate("Bogota hosted the talks."), "Bogota"));
    }

    @Test
    void aRegionIsAlsoCalledByItsNameAlone() {
        AnnotatedArticle a = annotate("Floods hit the Upper Nile region.");
        Found nile = found(a, "upper-nile-region");
        assertEquals("Upper Nile region", nile.entity().label());
        assertEquals(List.of("Upper Nile"), nile.entity().aliases());
    }

    @Test
    void aVillageIsNamedWithoutItsHead() {
        AnnotatedArticle a = annotate("Troops left the Tal Tamr border village and the Hajin town.");
        Found village = found(a, "tal-tamr");
        assertEquals(Kind.SETTLEMENT, village.entity().kind());
        assertEquals("Tal Tamr", village.entity().label());
        assertEquals(List.of("tal-tamr"), idsOf(a, "Tal Tamr"));
        assertEquals(Kind.SETTLEMENT, found(a, "hajin").entity().kind());
    }

    @Test
    void noVillageFromACapitalisedHead() {
        assertTrue(annotate("They met in Old Town and Cape Town.").found().isEmpty());
    }

    @Test
    void aDashedNameBeforeMemberNounsIsAnArmedGroup() {
        AnnotatedArticle a = annotate("Anti-Balaka militias attacked the camp. Later the Anti-Balaka leaders met.");
        Found group = found(a, "anti-balaka");
        assertEquals(Kind.ORGANIZATION, group.entity().kind());
        assertEquals("organisation-members", group.rule());
        assertEquals(List.of("anti-balaka", "anti-balaka"), idsOf(a, "Anti-Balaka"), "the later mention too");
    }

    @Test
    void aParticleJoinedByADashStartsTheGroupsName() {
        AnnotatedArticle a = annotate("Residents said al-Nusra fighters had left. The al-Nusra commanders denied it.");
        assertEquals("al-Nusra", found(a, "al-nusra").entity().label());
        assertEquals(List.of("al-nusra", "al-nusra"), idsOf(a, "al-Nusra"));
    }

    @Test
    void twoCapitalisedWordsBeforeMemberNouns() {
        assertEquals(Kind.ORGANIZATION, found(annotate("Mai Mai militants raided the town."), "mai-mai")
                .entity().kind());
    }

    @Test
    void noGroupFromOneWordOrAnAdjective() {
        assertTrue(annotate("Islamist militants raided the town. Somali fighters fled.").found().isEmpty());
        assertTrue(annotate("The rebels fled. Government militants? No: Unknown gunmen fled.").found().stream()
                .noneMatch(f -> f.rule().equals("organisation-members")));
    }

    @Test
    void aCountrysAdjectiveBeginsTheNameOfItsBody() {
        AnnotatedArticle a = annotate("The Ugandan Police said the road was open. "
                + "The Nigerian Navy agreed to escort the ships.");
        Found navy = found(a, "nigerian-navy");
        assertEquals("Nigerian Navy", navy.entity().label());
        assertEquals("nigeria", navy.entity().country());
        assertEquals("uganda", found(a, "ugandan-police").entity().country());
    }

    @Test
    void soldiersNamedByTheirCountrysAdjectiveAreThatCountry() {
        AnnotatedArticle a = annotate("Ugandan troops and Rwandan forces crossed the border.");
        assertEquals(List.of("uganda"), idsOf(a, "Ugandan"));
        assertEquals(List.of("rwanda"), idsOf(a, "Rwandan"));
        assertTrue(a.found().isEmpty(), a.found().toString());
    }

    @Test
    void aDashWithoutSpacesJoinsTheWordsOfAName() {
        AnnotatedArticle a = annotate("Guards exchanged fire near the village of Kok-Tash on Tuesday.");
        assertEquals(List.of("kok-tash"), idsOf(a, "Kok-Tash"));
        assertEquals("Kok-Tash", found(a, "kok-tash").entity().label());
        assertTrue(annotate("Guards fired near the village of Tash - a quiet place.").found().stream()
                .noneMatch(f -> f.entity().label().contains("-")), "a dash with spaces is punctuation");
    }

    @Test
    void aQuarterOfTheCompassBeforeACountryNamesAnotherPlace() {
        AnnotatedArticle a = annotate("A ship landed on South Georgia. South Korea and North Korea met; troops reached West "
                + "Falkland.");
        assertEquals(List.of("south-georgia"), idsOf(a, "South Georgia"), "not the country Georgia");
        assertEquals(List.of("south-korea"), idsOf(a, "South Korea"), "the gazetteer's name is kept whole");
        assertEquals(List.of("west-falkland"), idsOf(a, "West Falkland"));
    }

    @Test
    void aCountrysNameAndAWordOfLandOrWaterAreARegionNotTheCountry() {
        AnnotatedArticle a = annotate("Rebels in the Niger Delta attacked a pipeline in Nigeria. Officials in the Senegal River "
                + "valley said they were calm.");
        assertEquals(Kind.REGION, found(a, "niger-delta").entity().kind());
        assertEquals("place-land", found(a, "niger-delta").rule());
        assertEquals(List.of("niger-delta"), idsOf(a, "Niger Delta"));
        assertEquals(List.of("senegal-river"), idsOf(a, "Senegal River"));
        assertTrue(a.facts().events().stream().noneMatch(e -> "niger".equals(e.attacker())), a.facts().events().toString());
        assertEquals(List.of("niger"), idsOf(annotate("Mali and Niger signed a deal."), "Niger"), "the country alone");
        assertEquals(List.of("lake-chad-basin"), idsOf(annotate("Leaders of the Lake Chad Basin met."), "Lake Chad Basin"),
                "a lead's place stays whole");
    }
}
