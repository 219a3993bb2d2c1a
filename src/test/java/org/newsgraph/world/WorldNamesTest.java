package org.newsgraph.world;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.MatchType;
import org.newsgraph.model.Mention;
import org.newsgraph.text.Sentence;

/** Open-data names found in sentences where no other rule found them, and the words that must not be. */
class WorldNamesTest {
    private final WorldData world = WorldFixture.standard();
    private final WorldNames names = new WorldNames(world, new Disambiguator(world, WorldFixture.TITLES),
            Set.of("in", "near", "from"), WorldFixture.LEXICON.titles(), WorldFixture.LEXICON.notNames());

    private List<WorldNames.Hit> find(String text, String... countries) {
        return names.find(new Sentence(1, 0, text.length(), text), List.of(),
                new Disambiguator.Context(Set.of(countries), LocalDate.of(2022, 9, 13)));
    }

    private static List<String> ids(List<WorldNames.Hit> hits) {
        return hits.stream().map(h -> h.mention().entityId()).toList();
    }

    @Test
    void oneWordIsAPlaceAfterAPrepositionInACountryTheArticleNames() {
        assertEquals(List.of("ohrid-mk"), ids(find("Talks were held in Ohrid on Monday.", "north-macedonia")));
        assertEquals(List.of(), ids(find("Talks were held in Ohrid on Monday.")), "no country named: no evidence");
        assertEquals(List.of(), ids(find("Ohrid hosted the talks.", "north-macedonia")), "no preposition");
    }

    @Test
    void aRegionAfterATownAndACommaIsTheRegion() {
        assertEquals(List.of("victoria-au"), ids(find("Troops left Camp Smith, Victoria, on Friday.", "australia")));
        assertEquals(List.of(), ids(find("Troops left the camp, Victoria said.", "australia")), "no name before the comma");
        assertEquals(List.of(), ids(find("Troops left Camp Smith, Police said.", "poland")), "a town is no region");
    }

    @Test
    void capitalisedCommonWordsAreNotTowns() {
        assertEquals(List.of(), ids(find("Police said the talks in Warsaw failed.", "poland")), "sentence start");
        assertEquals(List.of(), ids(find("The Police said nothing.", "poland")), "no preposition before it");
        assertEquals(List.of(), ids(find("Split decisions came from the court.", "croatia")));
        assertEquals(List.of(), ids(find("The vote was a Split, not a win.", "croatia")));
    }

    @Test
    void aRegionIsFoundByTheFormsNewsUses() {
        List<WorldNames.Hit> hits = find("Shelling hit the Sumy region overnight.", "ukraine");
        assertEquals(List.of("sumy-oblast-ua"), ids(hits));
        assertEquals("Sumy region", hits.get(0).mention().surface());
        assertEquals(List.of("sumy-ua"), ids(find("Shelling hit homes in Sumy overnight.", "ukraine")));
    }

    @Test
    void aPersonsFullNameIsFoundAndLinkedWithEvidence() {
        List<WorldNames.Hit> hits = find("President Daniel Ortiz spoke in Managua.", "nicaragua");
        assertEquals(List.of("daniel-ortiz"), ids(hits));
        assertEquals("title-and-office-at-date", hits.get(0).decision().rule());
        assertEquals(MatchType.LABEL, hits.get(0).mention().matchType());
    }

    @Test
    void aFullNameOfNamesakesIsAPersonButNotLinked() {
        List<WorldNames.Hit> hits = find("Then Ali Hassan spoke.", "france");
        assertEquals(1, hits.size());
        assertFalse(hits.get(0).decision().decided());
        assertEquals("ali-hassan", hits.get(0).mention().entityId());
        assertNull(hits.get(0).decision().chosen());
    }

    @Test
    void aPersonsFullNameTakesInAPlaceNamedByItsFirstWord() {
        String text = "Later Santa Ana met Maria Lopez in Lima.";
        Mention maria = Mention.known(1, 21, 26, "Maria", "maria-town", MatchType.LABEL);
        List<WorldNames.Hit> hits = names.find(new Sentence(1, 0, text.length(), text), List.of(maria),
                new Disambiguator.Context(Set.of("peru"), null));
        assertEquals(List.of("maria-lopez"), hits.stream().map(h -> h.mention().entityId()).toList(),
                "Maria Lopez, two namesakes: a person, not linked; not the town Maria");
        assertEquals(List.of(maria), hits.get(0).replaced());
    }

    @Test
    void aLongerPlacesNameTakesInAPlaceNamedInsideIt() {
        String text = "Fighting spread to Sumy Oblast overnight.";
        Mention sumy = Mention.known(1, 19, 23, "Sumy", "sumy-curated", MatchType.LABEL);
        List<WorldNames.Hit> hits = names.find(new Sentence(1, 0, text.length(), text), List.of(sumy),
                new Disambiguator.Context(Set.of("ukraine"), null),
                id -> id.equals("sumy-curated") ? org.newsgraph.gazetteer.Kind.SETTLEMENT : null);
        assertEquals(List.of("sumy-oblast-ua"), hits.stream().map(h -> h.mention().entityId()).toList());
        assertEquals(List.of(sumy), hits.get(0).replaced());
        List<WorldNames.Hit> country = names.find(new Sentence(1, 0, text.length(), text), List.of(sumy),
                new Disambiguator.Context(Set.of("ukraine"), null),
                id -> org.newsgraph.gazetteer.Kind.COUNTRY);
        assertTrue(country.isEmpty(), "a country's name inside is not taken in");
        String bare = "Fighting spread to Sumy overnight.";
        Mention town = Mention.known(1, 19, 23, "Sumy", "sumy-curated", MatchType.LABEL);
        assertTrue(names.find(new Sentence(1, 0, bare.length(), bare), List.of(town),
                new Disambiguator.Context(Set.of("ukraine"), null), id -> org.newsgraph.gazetteer.Kind.SETTLEMENT).isEmpty(),
                "the open data's Sumy does not replace the gazetteer's: a name takes in only shorter mentions");
    }

    @Test
    void aMentionReachingOutsideTheNameIsNotTakenIn() {
        String text = "Then Maria Lopez said so.";
        Mention longer = Mention.known(1, 11, 21, "Lopez said", "x", MatchType.LABEL);
        List<WorldNames.Hit> hits = names.find(new Sentence(1, 0, text.length(), text), List.of(longer),
                new Disambiguator.Context(Set.of("peru"), null));
        assertTrue(hits.isEmpty());
    }

    @Test
    void aHeadlineInCapitalsNamesNobody() {
        assertEquals(List.of(), ids(find("PRESIDENT DANIEL ORTIZ SPOKE IN MANAGUA", "nicaragua")));
    }

    @Test
    void namesAlreadyMentionedAreLeftAlone() {
        String text = "Talks were held in Ohrid on Monday.";
        Mention ohrid = Mention.known(1, 19, 24, "Ohrid", "ohrid", MatchType.LABEL);
        List<WorldNames.Hit> hits = names.find(new Sentence(1, 0, text.length(), text), List.of(ohrid),
                new Disambiguator.Context(Set.of("north-macedonia"), null));
        assertTrue(hits.isEmpty());
    }
}
