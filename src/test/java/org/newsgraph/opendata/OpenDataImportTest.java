package org.newsgraph.opendata;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The import of the fixture, once for the class: the exact rows of every file, the report's counts,
 * and the same bytes on a second run.
 */
class OpenDataImportTest {
    @TempDir
    static Path tmp;

    private static Path out;
    private static ImportReport report;

    @BeforeAll
    static void importOnce() {
        out = tmp.resolve("first");
        report = OpenDataFixture.importer(out).build().run();
    }

    private static String read(String file) throws IOException {
        return Files.readString(out.resolve(file), StandardCharsets.UTF_8);
    }

    @Test
    void placesAreMergedNamedAndRated() throws IOException {
        assertEquals("""
                id,kind,label,aliases,country,wikidata,id_quality,level,population,admin1,lat,lon,source
                aknashen-am,Settlement,Aknashen,,armenia,,conflict,town,2747,AR,40.09551,44.28604,dr5hn:cities/AM.json@7fda0af
                akner-am,Settlement,Akner,,armenia,,conflict,town,442,SU,39.53491,46.30732,dr5hn:cities/AM.json@7fda0af
                donetsk-region-ua,Region,Donetsk Region,Donetsk Oblast|Donetsk oblast|Donetsk region,ukraine,Q2012050,confirmed,admin1,,,48.01588,37.80285,\
                dr5hn:states.csv@9070bca^ ; gcp:knowledge_graph.csv@1123ce0
                donetsk-ua,Settlement,Donetsk,,ukraine,Q43070,single,admin1-capital,988000,14,48.023,37.80224,\
                dr5hn:cities/UA.json@7fda0af
                eastern-region-am,Region,Eastern Region,Eastern region,armenia,Q7001,single,admin2,,,40,45,\
                gcp:knowledge_graph.csv@1123ce0
                goris-am,Settlement,Goris,,armenia,Q2658136,single,town,17113,SU,39.51111,46.34168,dr5hn:cities/AM.json@7fda0af
                gyumri-am,Settlement,Gyumri,Leninakan,armenia,,conflict,admin1-capital,150917,Shirak,40.7894,43.8475,\
                naturalearth:616635 ; dr5hn:cities/AM.json@7fda0af
                itu-au-am,Settlement,Ituʻau,Itu'au,armenia,Q7002,single,town,100,TV,40.1,45.1,dr5hn:cities/AM.json@7fda0af
                kapan-am,Settlement,Kapan,,armenia,Q31583,confirmed,admin1-capital,42288,SU,39.20152,46.41499,\
                naturalearth:174875 ; dr5hn:cities/AM.json@7fda0af
                kiev-ua,Settlement,Kiev,Kyiv,ukraine,Q1899,confirmed,capital,2709000,Kiev,50.43337,30.51663,\
                naturalearth:703448 ; dr5hn:states.csv@9070bca^ ; gcp:knowledge_graph.csv@1123ce0
                shirak-am,Region,Shirak,Shirak Province|Shirak Region|Shirak province|Shirak region,armenia,,conflict,admin1,,,\
                40.87,43.88,dr5hn:states.csv@9070bca^ ; gcp:knowledge_graph.csv@1123ce0
                sisian-am,Settlement,Sisian,,armenia,,none,town,14894,Syunik,39.5208,46.0322,naturalearth:Sisian
                sumy-oblast-ua,Region,Sumy Oblast,Sumy Region|Sumy oblast|Sumy region,ukraine,Q170446,confirmed,admin1,,,\
                50.76965,34.32893,dr5hn:states.csv@9070bca^ ; gcp:knowledge_graph.csv@1123ce0
                sumy-ua,Settlement,Sumy,,ukraine,Q156752,confirmed,admin1-capital,294456,Sumy,50.92429,34.78086,\
                naturalearth:692194 ; dr5hn:cities/UA.json@7fda0af
                syunik-am,Region,Syunik,Syunik Province|Syunik Region|Syunik province|Syunik region,armenia,Q2523428,single,\
                admin1,,,39.51,46.34,dr5hn:states.csv@9070bca^
                tavush-province-am,Region,Tavush Province,Tavush Region|Tavush province|Tavush region,armenia,Q220599,\
                confirmed,admin1,,,40.9,45.15,dr5hn:states.csv@9070bca^ ; gcp:knowledge_graph.csv@1123ce0
                victoria-ca-q2132,Settlement,Victoria,,canada,Q2132,confirmed,admin1-capital,289625,British Columbia,\
                48.43328,-123.35,naturalearth:6174041 ; dr5hn:cities/CA.json@7fda0af
                victoria-ca-q3553952,Settlement,Victoria,,canada,Q3553952,single,town,1800,NL,47.76667,-53.23333,\
                dr5hn:cities/CA.json@7fda0af
                yerevan-am,Settlement,Yerevan,,armenia,Q1953,confirmed,capital,1102000,Erevan,40.18115,44.51355,\
                naturalearth:616052 ; dr5hn:cities/AM.json@7fda0af ; dr5hn:states.csv@9070bca^ ; gcp:knowledge_graph.csv@1123ce0
                """, read("places.csv"));
    }

    @Test
    void conflictsNameWhoClaimsWhichId() throws IOException {
        assertEquals("""
                kind,label,country,ids,sources
                Region,Shirak,armenia,Q199956|Q1004562,dr5hn:states.csv@9070bca^ Q199956 ; gcp:knowledge_graph.csv@1123ce0 Q1004562
                Settlement,Aknashen,armenia,Q2398844,dr5hn:cities/AM.json@7fda0af Q2398844 ; \
                Q2398844 is also given to 1 other place: Akner
                Settlement,Akner,armenia,Q2398844,dr5hn:cities/AM.json@7fda0af Q2398844 ; \
                Q2398844 is also given to 1 other place: Aknashen
                Settlement,Gyumri,armenia,Q180891|Q1004562,naturalearth:616635 Q180891 ; dr5hn:cities/AM.json@7fda0af Q1004562
                """, read("conflicts.csv"));
    }

    @Test
    void partiesTakeTheirCountryFromTheAlpha3Code() throws IOException {
        assertEquals("""
                id,kind,label,aliases,country,wikidata,id_quality,source
                civil-contract,Organization,Civil Contract,,armenia,Q2016389,single,partyfacts:1530@764de89
                european-people-s-party,Organization,European People's Party,EPP,,Q208242,single,partyfacts:6398@764de89
                green-party-ca,Organization,Green Party,,canada,Q900001,single,partyfacts:100@764de89
                green-party-ua,Organization,Green Party,,ukraine,Q900002,single,partyfacts:101@764de89
                justice-and-development-party,Organization,Justice and Development Party,AKP|Adalet ve Kalkınma Partisi,turkey,\
                Q31856,single,partyfacts:1234@764de89
                republican-party-of-armenia,Organization,Republican Party of Armenia,HHK|Hayastani Hanrapetakan Kusaktsutyun,\
                armenia,Q1195920,single,partyfacts:1529@764de89
                """, read("parties.csv"));
    }

    @Test
    void namesakesGetTheirWikidataIdInTheirIds() throws IOException {
        assertEquals("""
                id,kind,label,aliases,countries,wikidata,id_quality,gender,born,died,source
                aleksandar-dimitrov-q108454838,Person,Aleksandar Dimitrov,,armenia,Q108454838,single,,,,\
                "every-politician-scrapers (Wikidata query output, CC0)"
                aleksandar-dimitrov-q3624669,Person,Aleksandar Dimitrov,,armenia,Q3624669,single,male,1949-11-29,,\
                "every-politician-scrapers (Wikidata query output, CC0)"
                mevlut-cavusoglu,Person,Mevlüt Çavuşoğlu,Mevlut Cavusoglu,turkey,Q249206,single,male,1968-02-05,,\
                "every-politician-scrapers (Wikidata query output, CC0)"
                nikol-pashinyan,Person,Nikol Pashinyan,,armenia,Q7035479,single,male,1975-06-01,,\
                "every-politician-scrapers (Wikidata query output, CC0)"
                """, read("people.csv"));
    }

    @Test
    void officesNameThePersonByIdAndAreWrittenOnce() throws IOException {
        assertEquals("""
                person,position,position_wikidata,country,start,end,source
                aleksandar-dimitrov-q3624669,Minister of Foreign Affairs,Q1,,1991,1993,\
                every-politician-scrapers/world:sources/foreign/wikidata.csv@4a3b394
                mevlut-cavusoglu,President of the Parliamentary Assembly of the Council of Europe,Q19546,,2010,2012,\
                every-politician-scrapers/world:data/wikidata.csv@4a3b394
                mevlut-cavusoglu,Minister of Foreign Affairs,Q1056839,turkey,2015-11-24,2023-06-04,\
                every-politician-scrapers/turkey-ministers:html/holders21.csv@1234567
                nikol-pashinyan,Prime Minister of Armenia,Q1369009,armenia,2018-05-08,,\
                every-politician-scrapers/armenia-ministers:html/holders21.csv@0f97f89
                """, read("offices.csv"));
    }

    @Test
    void theLicenceTextsAreCopied() throws IOException {
        assertArrayEquals(Files.readAllBytes(OpenDataFixture.SOURCE.resolve("licences/partyfacts-MIT.md")),
                Files.readAllBytes(out.resolve("licences/partyfacts-MIT.md")));
    }

    @Test
    void theReportCountsWhatWasReadSkippedAndWritten() {
        assertEquals(Map.of("country not in the gazetteer", 1L), report.source("populated-places-naturalearth.csv").skipped());
        assertEquals(Map.of("country not in the gazetteer", 1L, "name not in Latin script", 1L, "no Wikidata id", 1L),
                report.source("cities.csv").skipped());
        assertEquals(15, report.source("cities.csv").read());
        assertEquals(Map.of("label is a bare Wikidata id", 1L, "label not in Latin script", 1L),
                report.source("people.csv").skipped());
        assertEquals(Map.of("person not in people.csv", 1L), report.source("office-holders.csv").skipped());
        ImportReport.OutputCount places = report.output("places.csv");
        assertEquals(19, places.written());
        assertEquals(Map.of(IdQuality.CONFIRMED, 8L, IdQuality.SINGLE, 6L, IdQuality.CONFLICT, 4L, IdQuality.NONE, 1L),
                places.byQuality());
        assertEquals(List.of(IdQuality.CONFIRMED, IdQuality.SINGLE, IdQuality.CONFLICT, IdQuality.NONE),
                List.copyOf(places.byQuality().keySet()), "in the order of IdQuality");
        assertEquals(4, report.output("conflicts.csv").written());
    }

    @Test
    void aSecondRunWritesTheSameBytes() throws IOException {
        Path second = tmp.resolve("second");
        OpenDataFixture.importer(second).build().run();
        OpenDataFixture.importer(out).build().run();
        for (String file : List.of("places.csv", "parties.csv", "people.csv", "offices.csv", "conflicts.csv",
                "licences/partyfacts-MIT.md")) {
            assertArrayEquals(Files.readAllBytes(out.resolve(file)), Files.readAllBytes(second.resolve(file)), file);
        }
        try (var files = Files.list(out)) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().endsWith(".tmp")), "no temporary file left");
        }
    }
}
