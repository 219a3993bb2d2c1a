package org.newsgraph.opendata;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RegionNamesTest {
    private static AdminUnitRow row(String name, String type, String agreement, String gcpName) {
        return new AdminUnitRow(2, name, "XX", "XX-1", type, "", "Q1", "Q1", agreement, gcpName, "1", "2",
                "dr5hn:states.csv@9070bca^");
    }

    @Test
    void theRegionsOfOblastCountriesAreAlsoCalledOblasts() {
        AdminUnitRow ukrainian = new AdminUnitRow(2, "Sumska", "UA", "UA-59", "region", "", "Q1", "Q1", "both", "Sumy",
                "1", "2", "dr5hn:states.csv@9070bca^");
        RegionNames n = RegionNames.of(ukrainian, Set.of("sumy"));
        assertEquals("Sumy Region", n.label());
        assertEquals(java.util.List.of("Sumy Oblast", "Sumy oblast", "Sumy region"), n.aliases());
        RegionNames elsewhere = RegionNames.of(row("Sumy", "region", "both", "Sumy"), Set.of("sumy"));
        assertEquals(java.util.List.of("Sumy region"), elsewhere.aliases(), "not outside the oblast countries");
    }

    @Test
    void googlesNameIsTheLabelAndTheTypeWordMakesTheAliases() {
        RegionNames n = RegionNames.of(row("Sumska", "oblast", "both", "Sumy Oblast"), Set.of("sumy"));
        assertEquals("Sumy Oblast", n.label());
        assertEquals(List.of("Sumy Region", "Sumy oblast", "Sumy region"), n.aliases(),
                "never the bare Sumy (the city), nor dr5hn's adjectival Sumska");
    }

    @Test
    void theTypeWordOfTheLabelWinsOverTheTypeColumn() {
        RegionNames n = RegionNames.of(row("Belgorod", "administrative region", "both", "Belgorod Oblast"),
                Set.of("belgorod"));
        assertEquals("Belgorod Oblast", n.label());
        assertEquals(List.of("Belgorod Region", "Belgorod oblast", "Belgorod region"), n.aliases());
    }

    @Test
    void aBareNameStaysTheLabelWhenNoSettlementHasIt() {
        RegionNames n = RegionNames.of(row("Badakhshan", "province", "both", "Badakhshan"), Set.of());
        assertEquals("Badakhshan", n.label());
        assertEquals(List.of("Badakhshan Province", "Badakhshan Region", "Badakhshan province", "Badakhshan region"),
                n.aliases());
    }

    @Test
    void aBareNameOfASettlementOrOfADirectionGetsTheTypeWord() {
        assertEquals("Donetsk Region", RegionNames.of(row("Donetska", "region", "both", "Donetsk"), Set.of("donetsk"))
                .label());
        assertEquals("Eastern Province", RegionNames.of(row("Eastern", "province", "both", ""), Set.of()).label());
    }

    @Test
    void dr5hnsNameIsAnAliasUnlessItIsTheBareBase() {
        assertEquals(List.of("Catalonia", "Cataluña Region", "Cataluña region"),
                RegionNames.of(row("Catalonia", "autonomous community", "both", "Cataluña"), Set.of()).aliases());
    }

    @Test
    void aLabelWithItsTypeWordInFrontGetsNoForms() {
        assertEquals(List.of("Karelia"),
                RegionNames.of(row("Karelia", "republic", "both", "Republic of Karelia"), Set.of()).aliases());
    }

    @Test
    void inAConflictGooglesNameIsUsedOnlyWhenItIsDr5hnsWithATypeWord() {
        assertEquals("Buenos Aires Province",
                RegionNames.label(row("Buenos Aires", "province", "conflict", "Buenos Aires Province")));
        assertEquals("Viseu", RegionNames.label(row("Viseu", "district", "conflict", "Alentejo")));
    }

    @Test
    void aTypeWordGoogleCutShortIsWrittenOut() {
        assertEquals("Manabí Province", RegionNames.label(row("Manabí", "province", "both", "Manabí Provin")));
    }
}
