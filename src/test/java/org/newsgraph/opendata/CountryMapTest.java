package org.newsgraph.opendata;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CountryMapTest {
    private static final List<GazetteerCountry> GAZETTEER = List.of(
            new GazetteerCountry("united-states", List.of("United States", "United States of America", "USA"), "Q30"),
            new GazetteerCountry("democratic-republic-of-the-congo", List.of("Democratic Republic of the Congo", "DR Congo"),
                    "Q974"),
            new GazetteerCountry("kosovo", List.of("Kosovo"), "Q1246"),
            new GazetteerCountry("belgium", List.of("Belgium"), ""));

    private static NaturalEarthRow place(String iso2, String countryName) {
        return new NaturalEarthRow(2, "X", List.of(), "X", "X", iso2, countryName, "", "Populated place", "", "0", "0",
                -1, "");
    }

    private final CountryMap map = CountryMap.build(GAZETTEER,
            List.of(new CountryCodeRow(2, "US", "USA", "US", "United States of America", "Q30"),
                    new CountryCodeRow(3, "CD", "COD", "Congo - Kinshasa", "Democratic Republic of the Congo", ""),
                    new CountryCodeRow(4, "BE", "BEL", "Belgium", "Kingdom of Belgium", "Q31"),
                    new CountryCodeRow(5, "AQ", "ATA", "Antarctica", "", "Q51")),
            Map.of("Congo-Kinshasa", "Q974"),
            List.of(place("CD", "Congo (Kinshasa)"), place("-99", "Kosovo"), place("XK", "Kosovo")));

    @Test
    void codesMapThroughTheWikidataIdOrTheNames() {
        assertEquals(Optional.of("united-states"), map.ofIso2("US"), "by the code table's id");
        assertEquals(Optional.of("belgium"), map.ofIso2("BE"), "the gazetteer row has no id: by name");
        assertEquals(Optional.of("democratic-republic-of-the-congo"), map.ofIso2("CD"), "by the code table's name");
        assertEquals(Optional.of("kosovo"), map.ofIso2("XK"), "by Natural Earth's country name");
        assertEquals(Optional.empty(), map.ofIso2("AQ"));
        assertEquals(Optional.empty(), map.ofIso2("-99"));
    }

    @Test
    void alpha3CodesGoThroughTheCodeTable() {
        assertEquals(Optional.of("united-states"), map.ofIso3("USA"));
        assertEquals("CD", map.iso2OfIso3("COD"));
        assertEquals(Optional.empty(), map.ofIso3("EUN"));
    }

    @Test
    void namesMapThroughAliasesTheirWikidataIdOrTheCodeTable() {
        assertEquals(Optional.of("united-states"), map.ofName("United States of America"));
        assertEquals(Optional.of("democratic-republic-of-the-congo"), map.ofName("Congo-Kinshasa"));
        assertEquals(Optional.of("democratic-republic-of-the-congo"), map.ofName("Congo - Kinshasa"));
        assertEquals(Optional.empty(), map.ofName("Abkhazia"));
    }

    @Test
    void everyMappedCountryHasItsAlpha2Code() {
        assertEquals("US", map.iso2("united-states"));
        assertEquals("XK", map.iso2("kosovo"));
        assertEquals("", map.iso2("nowhere"));
    }
}
