package org.newsgraph.opendata;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.ConfigurationException;
import org.newsgraph.InputException;

/** A missing or spoilt input file stops the import with one message that names it and says what to do. */
class OpenDataBadInputTest {
    @TempDir
    Path tmp;

    private InputException failure(Path source) {
        return assertThrows(InputException.class,
                () -> OpenDataFixture.importer(tmp.resolve("out")).from(source).build().run());
    }

    @Test
    void aMissingSourceFileIsNamedWithTheFolderToGive() throws IOException {
        Path source = OpenDataFixture.copySource(tmp.resolve("source"));
        Files.delete(source.resolve("cities.csv"));
        InputException e = failure(source);
        assertTrue(e.getMessage().contains("cities.csv: file not found; --from must name the open-data folder"),
                e.getMessage());
        assertFalse(Files.exists(tmp.resolve("out/places.csv")), "nothing written");
    }

    @Test
    void aMissingColumnIsNamedWithItsFileAndLine() throws IOException {
        Path source = OpenDataFixture.copySource(tmp.resolve("source"));
        Path people = source.resolve("people.csv");
        Files.writeString(people, Files.readString(people).replaceFirst("person_qid,", "qid,"), StandardCharsets.UTF_8);
        InputException e = failure(source);
        assertTrue(e.getMessage().contains("people.csv line 1: the header lacks the column \"person_qid\""),
                e.getMessage());
    }

    @Test
    void aRowWithTooFewCellsIsNamedWithItsLine() throws IOException {
        Path source = OpenDataFixture.copySource(tmp.resolve("source"));
        Path parties = source.resolve("parties.csv");
        Files.writeString(parties, Files.readString(parties) + "ARM,1,Q1,Broken\n", StandardCharsets.UTF_8);
        InputException e = failure(source);
        assertTrue(e.getMessage().contains("parties.csv line 9: expected 6 cells as in the header, found 4"),
                e.getMessage());
    }

    @Test
    void aFileThatIsNotUtf8IsRefused() throws IOException {
        Path source = OpenDataFixture.copySource(tmp.resolve("source"));
        Path countries = source.resolve("countries.csv");
        Files.write(countries, new byte[] {'c', 'o', 'u', 'n', 't', 'r', 'y', ',', 'c', 'o', 'u', 'n', 't', 'r', 'y',
            '_', 'q', 'i', 'd', '\n', (byte) 0xC9, 'l', 'a', 'n', 'd', ',', 'Q', '1', '\n'});
        InputException e = failure(source);
        assertTrue(e.getMessage().contains("countries.csv: not UTF-8 text"), e.getMessage());
    }

    @Test
    void aMissingCodeTableSaysWhichOptionNamesIt() {
        InputException e = assertThrows(InputException.class, () -> OpenDataFixture.importer(tmp.resolve("out"))
                .countryCodes(tmp.resolve("nowhere.csv")).build().run());
        assertTrue(e.getMessage().contains("nowhere.csv: file not found; --country-codes must name the ISO 3166 code"),
                e.getMessage());
    }

    @Test
    void aGazetteerWithoutCountriesIsRefused() throws IOException {
        Path gazetteer = Files.createDirectories(tmp.resolve("gazetteer"));
        Files.copy(OpenDataFixture.GAZETTEER.resolve("places.csv"), gazetteer.resolve("places.csv"));
        InputException e = assertThrows(InputException.class, () -> OpenDataFixture.importer(tmp.resolve("out"))
                .gazetteer(gazetteer).build().run());
        assertTrue(e.getMessage().contains("the gazetteer has no Country rows"), e.getMessage());
    }

    @Test
    void theSourceFolderIsNeverTheOutput() throws IOException {
        Path source = OpenDataFixture.copySource(tmp.resolve("source"));
        byte[] people = Files.readAllBytes(source.resolve("people.csv"));
        ConfigurationException e = assertThrows(ConfigurationException.class,
                () -> OpenDataFixture.importer(source).from(source).build().run());
        assertTrue(e.getMessage().contains("is the --from folder, whose people.csv the import would overwrite"),
                e.getMessage());
        assertArrayEquals(people, Files.readAllBytes(source.resolve("people.csv")));
    }

    @Test
    void anOutputFolderThatIsAFileIsRefused() throws IOException {
        Path file = Files.writeString(tmp.resolve("out"), "x");
        ConfigurationException e = assertThrows(ConfigurationException.class,
                () -> OpenDataFixture.importer(file).build().run());
        assertTrue(e.getMessage().contains(": is a file; give the folder"), e.getMessage());
        assertEquals("x", Files.readString(file));
    }
}
