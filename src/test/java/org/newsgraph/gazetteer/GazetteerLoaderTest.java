package org.newsgraph.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.InputException;
import org.newsgraph.io.CsvTable;

/**
 * Tests {@link GazetteerLoader} on the real {@code data/gazetteer} folder, on small fixtures, and on
 * every kind of bad row, checking that each error names the file and line and says how to fix it.
 */
class GazetteerLoaderTest {
    private static final String HEADER = String.join(",", GazetteerLoader.COLUMNS) + "\n";
    private static final String ARMENIA = "armenia,Country,Armenia,Republic of Armenia,Armenian | Armenians,Yerevan,,"
            + "Q399,countries.json\n";
    private static final String AZERBAIJAN = "azerbaijan,Country,Azerbaijan,,Azerbaijani | Azeris,Baku,,Q227,src\n";

    @TempDir
    Path dir;

    private void write(String name, String text) throws IOException {
        Files.writeString(dir.resolve(name), text);
    }

    /** Loads one file {@code test.csv} holding the header and these rows; returns the error message. */
    private String failure(String rows) throws IOException {
        write("test.csv", HEADER + rows);
        return assertThrows(InputException.class, () -> GazetteerLoader.load(dir)).getMessage();
    }

    private static void assertHas(String message, String... parts) {
        for (String part : parts) {
            assertTrue(message.contains(part), () -> "expected \"" + part + "\" in: " + message);
        }
    }

    @Test
    void realGazetteerLoads() {
        Gazetteer g = GazetteerLoader.load(Path.of("data/gazetteer"));
        Entity armenia = g.get("armenia").orElseThrow();
        assertEquals(Kind.COUNTRY, armenia.kind());
        assertEquals(Optional.of("Q399"), armenia.wikidataIfKnown());
        assertTrue(armenia.demonyms().contains("Armenian"));
        Entity baku = g.get("baku").orElseThrow();
        assertEquals(Kind.SETTLEMENT, baku.kind());
        assertEquals(Optional.of("azerbaijan"), baku.countryIfKnown());
        assertTrue(g.get("azerbaijan").orElseThrow().metonyms().contains("Baku"));
        assertEquals(Kind.PERSON, g.get("vladimir-putin").orElseThrow().kind());
        assertEquals(Kind.ORGANIZATION, g.get("united-nations").orElseThrow().kind());
        assertEquals(Kind.REGION, g.get("nagorno-karabakh").orElseThrow().kind());
        assertEquals("armenia", g.entities().iterator().next().id(), "countries.csv comes first");
        for (Entity e : g.entities()) {
            e.countryIfKnown().ifPresent(c -> assertEquals(Kind.COUNTRY, g.get(c).orElseThrow().kind()));
            e.wikidataIfKnown().ifPresent(q -> assertTrue(e.source() != null && !e.source().isBlank(), e.id()));
        }
    }

    @Test
    void goodRowsFromAFixture() throws IOException {
        write("b-places.csv", HEADER + "# places\n\nyerevan,Settlement,Yerevan,Erevan,,,armenia,Q1953,\"natural earth, 50m\"\n"
                + "karabakh,Region,Nagorno-Karabakh,Karabakh | Nagorno Karabakh,,,azerbaijan,,\n");
        write("a-countries.csv", HEADER + ARMENIA + AZERBAIJAN);
        write("readme.txt", "not a gazetteer file");
        Gazetteer g = GazetteerLoader.load(dir);
        assertEquals(List.of("armenia", "azerbaijan", "yerevan", "karabakh"),
                g.entities().stream().map(Entity::id).toList());
        Entity armenia = g.get("armenia").orElseThrow();
        assertEquals(new Entity("armenia", Kind.COUNTRY, "Armenia", List.of("Republic of Armenia"),
                List.of("Armenian", "Armenians"), List.of("Yerevan"), null, "Q399", "countries.json"), armenia);
        Entity yerevan = g.get("yerevan").orElseThrow();
        assertEquals("natural earth, 50m", yerevan.source());
        assertEquals(Optional.of("armenia"), yerevan.countryIfKnown());
        Entity karabakh = g.get("karabakh").orElseThrow();
        assertEquals(List.of("Karabakh", "Nagorno Karabakh"), karabakh.aliases());
        assertEquals(Optional.empty(), karabakh.wikidataIfKnown());
        assertEquals(null, karabakh.source());
    }

    @Test
    void fromRowsBuildsFromParsedText() {
        Gazetteer g = GazetteerLoader.fromRows(CsvTable.parse(Path.of("inline.csv"), HEADER + ARMENIA,
                GazetteerLoader.COLUMNS, List.of()));
        assertEquals(1, g.size());
        assertEquals("Armenia", g.get("armenia").orElseThrow().label());
    }

    @Test
    void rowWithTooFewCells() throws IOException {
        assertHas(failure(ARMENIA + "azerbaijan,Country,Azerbaijan,,,,,Q227\n"), "test.csv line 3:",
                "expected 9 columns", "found 8", "quote cells that contain commas");
    }

    @Test
    void rowWithAnExtraCell() throws IOException {
        assertHas(failure(ARMENIA + "azerbaijan,Country,Azerbaijan,Azerbaijan Republic, officially,,,,,\n"),
                "test.csv line 3:", "expected 9 columns", "found 10", "quote cells that contain commas");
    }

    @Test
    void headerLackingAColumn() throws IOException {
        write("test.csv", "id,kind,label,aliases,demonyms,metonyms,country,wikidata\n"
                + "armenia,Country,Armenia,,,,,\n");
        String message = assertThrows(InputException.class, () -> GazetteerLoader.load(dir)).getMessage();
        assertHas(message, "test.csv line 1:", "lacks column \"source\"", String.join(",", GazetteerLoader.COLUMNS));
    }

    @Test
    void unknownColumn() throws IOException {
        write("test.csv", "# a comment\nid,kind,label,aliases,demonyms,metonyms,country,wikidata,source,population\n");
        String message = assertThrows(InputException.class, () -> GazetteerLoader.load(dir)).getMessage();
        assertHas(message, "test.csv line 2:", "unknown column \"population\"", "the columns are id,kind,label");
    }

    @Test
    void malformedId() throws IOException {
        assertHas(failure(ARMENIA + "Nikol_Pashinyan,Person,Nikol Pashinyan,,,,armenia,,\n"), "test.csv line 3:",
                "\"Nikol_Pashinyan\"", "lowercase letters, digits and single hyphens");
        assertHas(failure("bad--id,Person,X,,,,,,\n"), "test.csv line 2:", "\"bad--id\"");
    }

    @Test
    void emptyIdOrLabel() throws IOException {
        assertHas(failure(",Person,Nobody,,,,,,\n"), "test.csv line 2:", "\"id\" is empty");
        assertHas(failure("nobody,Person,,,,,,,\n"), "test.csv line 2:", "\"label\" is empty");
    }

    @Test
    void unknownKind() throws IOException {
        assertHas(failure(ARMENIA + "nikol-pashinyan,Human,Nikol Pashinyan,,,,armenia,,\n"), "test.csv line 3:",
                "unknown kind \"Human\"", "use one of Country, Person, Organization, Settlement, Region");
        assertHas(failure("armenia,country,Armenia,,,,,,\n"), "test.csv line 2:", "unknown kind \"country\"");
    }

    @Test
    void wikidataIdThatIsNotQAndDigits() throws IOException {
        assertHas(failure(ARMENIA + "azerbaijan,Country,Azerbaijan,,,,,Q-12,src\n"), "test.csv line 3:",
                "expected a Wikidata id like Q123, found \"Q-12\"");
        assertHas(failure("azerbaijan,Country,Azerbaijan,,,,,227,src\n"), "line 2:", "found \"227\"");
        assertHas(failure("azerbaijan,Country,Azerbaijan,,,,,Q0227,src\n"), "line 2:", "found \"Q0227\"");
        assertHas(failure("azerbaijan,Country,Azerbaijan,,,,,q227,src\n"), "line 2:", "found \"q227\"");
    }

    @Test
    void wikidataIdWithoutSource() throws IOException {
        assertHas(failure(ARMENIA + "\n# no source below\nazerbaijan,Country,Azerbaijan,,,,,Q227,\n"),
                "test.csv line 5:", "Q227 has no source", "name the public source", "or leave the id out");
    }

    @Test
    void sourceWithoutWikidataIdIsAllowed() {
        Gazetteer g = GazetteerLoader.fromRows(CsvTable.parse(Path.of("inline.csv"),
                HEADER + "goris,Settlement,Goris,,,,,,a source\n", GazetteerLoader.COLUMNS, List.of()));
        assertEquals(Optional.empty(), g.get("goris").orElseThrow().wikidataIfKnown());
    }

    @Test
    void duplicateIdAcrossTwoFiles() throws IOException {
        write("a.csv", HEADER + ARMENIA);
        write("b.csv", HEADER + "# again\narmenia,Country,Armenia again,,,,,,\n");
        String message = assertThrows(InputException.class, () -> GazetteerLoader.load(dir)).getMessage();
        assertHas(message, "b.csv line 3:", "the id \"armenia\" is already used at", "a.csv line 2",
                "ids must be unique");
    }

    @Test
    void countryThatIsNotAnId() throws IOException {
        assertHas(failure(ARMENIA + "goris,Settlement,Goris,,,,armenya,,\n"), "test.csv line 3:",
                "the country \"armenya\" is not the id of a Country", "add that country or fix the id");
    }

    @Test
    void countryThatIsNotACountry() throws IOException {
        assertHas(failure(ARMENIA + "yerevan,Settlement,Yerevan,,,,armenia,,\nkentron,Region,Kentron,,,,yerevan,,\n"),
                "test.csv line 4:", "the country \"yerevan\" is not the id of a Country");
    }

    @Test
    void countryMayBeDefinedInALaterFile() throws IOException {
        write("a.csv", HEADER + "goris,Settlement,Goris,,,,armenia,,\n");
        write("b.csv", HEADER + ARMENIA);
        assertEquals(Optional.of("armenia"), GazetteerLoader.load(dir).get("goris").orElseThrow().countryIfKnown());
    }

    @Test
    void labelGivenToTwoEntities() throws IOException {
        assertHas(failure(ARMENIA + "georgia,Country,Georgia,,,,,,\ngeorgia-us,Region,Georgia,,,,,,\n"),
                "test.csv line 4:", "the name \"Georgia\" is also a name of \"georgia\"", "test.csv line 3",
                "must belong to one entity");
    }

    @Test
    void aliasEqualToAnotherEntitysLabelUpToCaseAndAccents() throws IOException {
        assertHas(failure("turkey,Country,Türkiye,,,,,,\nturkey-bird,Region,Turkey Hill,TURKIYE,,,,,\n"),
                "test.csv line 3:", "the name \"TURKIYE\" is also a name of \"turkey\"");
    }

    @Test
    void aliasGivenToTwoEntities() throws IOException {
        assertHas(failure(ARMENIA + AZERBAIJAN + "karabakh,Region,Nagorno-Karabakh,Karabakh,,,,,\n"
                + "karabakh-2,Region,Karabakh Region,Artsakh | Karabakh,,,,,\n"),
                "test.csv line 5:", "the name \"Karabakh\"", "\"karabakh\" (", "test.csv line 4");
    }

    @Test
    void demonymGivenToTwoEntities() throws IOException {
        assertHas(failure(ARMENIA + "armenian-diaspora,Organization,Armenian Diaspora,,Armenians,,,,\n"),
                "test.csv line 3:", "the demonym \"Armenians\" is also a demonym of \"armenia\"", "remove it from one");
    }

    @Test
    void nameWithoutLettersOrDigits() throws IOException {
        assertHas(failure("dash,Region,Dash,-- | --,,,,,\n"), "test.csv line 2:", "has no letters or digits");
    }

    @Test
    void metonymEqualToAnotherEntitysLabelIsAllowed() throws IOException {
        write("test.csv", HEADER + AZERBAIJAN + "baku,Settlement,Baku,,,,azerbaijan,,\n"
                + "russia,Country,Russia,,,Kremlin | Moscow,,,\nmoscow,Settlement,Moscow,,,,russia,,\n");
        Gazetteer g = GazetteerLoader.load(dir);
        assertEquals(4, g.size());
        assertEquals(List.of("Baku"), g.get("azerbaijan").orElseThrow().metonyms());
    }

    @Test
    void sameNameTwiceForOneEntityIsAllowed() throws IOException {
        write("test.csv", HEADER + "turkey,Country,Turkey,TURKEY | Turkiye,,,,,\n");
        assertEquals(List.of("TURKEY", "Turkiye"), GazetteerLoader.load(dir).get("turkey").orElseThrow().aliases());
    }

    @Test
    void emptyFolder() {
        String message = assertThrows(InputException.class, () -> GazetteerLoader.load(dir)).getMessage();
        assertHas(message, dir.getFileName().toString(), "holds no .csv gazetteer file");
    }

    @Test
    void missingFolder() {
        Path missing = dir.resolve("missing");
        String message = assertThrows(InputException.class, () -> GazetteerLoader.load(missing)).getMessage();
        assertHas(message, "missing", "no such folder");
    }

    @Test
    void emptyFile() throws IOException {
        write("a.csv", HEADER + ARMENIA);
        write("b.csv", "");
        String message = assertThrows(InputException.class, () -> GazetteerLoader.load(dir)).getMessage();
        assertHas(message, "b.csv", "the file is empty", "at least the header row id,kind,label");
    }

    @Test
    void malformedQuotesNameFileAndLine() throws IOException {
        assertHas(failure(ARMENIA + "azerbaijan,Country,Azerbaijan,,,,,Q227,\"src\" extra\n"), "test.csv line 3:",
                "malformed CSV", "check the quotes");
    }

    @Test
    void coordinatesAreReadAndChecked() {
        String header = HEADER.strip() + ",lat,lon\n";
        Gazetteer ok = GazetteerLoader.fromRows(CsvTable.parse(Path.of("places.csv"),
                header + "yerevan,Settlement,Yerevan,,,,,,,40.18,44.51\n", GazetteerLoader.COLUMNS,
                GazetteerLoader.OPTIONAL_COLUMNS));
        assertEquals(new Coordinates(40.18, 44.51), ok.get("yerevan").orElseThrow().coordinates());
        for (String bad : new String[] {"40.18,", "95,44.51", "north,44.51"}) {
            InputException e = assertThrows(InputException.class, () -> GazetteerLoader.fromRows(CsvTable.parse(
                    Path.of("places.csv"), header + "yerevan,Settlement,Yerevan,,,,,,," + bad + "\n",
                    GazetteerLoader.COLUMNS, GazetteerLoader.OPTIONAL_COLUMNS)));
            assertTrue(e.getMessage().contains("places.csv line 2"), e.getMessage());
        }
    }
}
