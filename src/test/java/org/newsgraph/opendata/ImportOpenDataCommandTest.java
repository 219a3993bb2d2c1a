package org.newsgraph.opendata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.cli.CommandRun;

/** {@code newsgraph import-opendata} on the fixture, through picocli. */
class ImportOpenDataCommandTest {
    @TempDir
    Path tmp;

    private CommandRun run(Path from, Path to) {
        return CommandRun.of("import-opendata", "--from", from.toString(), "--to", to.toString(), "--gazetteer",
                OpenDataFixture.GAZETTEER.toString(), "--country-codes", OpenDataFixture.COUNTRY_CODES.toString());
    }

    @Test
    void importsAndReportsPerFileAndQuality() throws IOException {
        Path to = tmp.resolve("opendata");
        CommandRun r = run(OpenDataFixture.SOURCE, to);
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().matches("(?s)Imported .* into .* in \\d+\\.\\d s\n.*"), r.out());
        assertTrue(r.out().contains("read cities.csv") && r.out().contains(
                "15 rows, skipped 3 (1 country not in the gazetteer, 1 name not in Latin script, 1 no Wikidata id)"),
                r.out());
        assertTrue(r.out().contains("wrote places.csv") && r.out().contains(
                "19 rows (confirmed 8, single 6, conflict 4, none 1)"), r.out());
        assertTrue(r.out().contains("wrote licences/") && r.out().contains(" 1 file\n"), r.out());
        assertEquals(20, Files.readAllLines(to.resolve("places.csv")).size());
    }

    @Test
    void aMissingFileFailsInOneLine() throws IOException {
        Path source = OpenDataFixture.copySource(tmp.resolve("source"));
        Files.delete(source.resolve("admin-units.csv"));
        run(source, tmp.resolve("opendata")).assertFailedInOneLine("admin-units.csv: file not found",
                "--from must name the open-data folder");
    }

    @Test
    void fromIsRequired() {
        CommandRun r = CommandRun.of("import-opendata");
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("--from"), r.err());
    }
}
