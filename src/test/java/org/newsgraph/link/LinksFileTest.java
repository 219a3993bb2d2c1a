package org.newsgraph.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.InputException;
import org.newsgraph.Locations;
import org.newsgraph.gazetteer.Kind;

/** Writing and reading the links file, and the bad rows {@link LinksFile#read} reports with file and line. */
class LinksFileTest {
    private static final String HEADER = "entity,label,kind,candidate,candidate_label,score,accepted,date,endpoint\n";
    private static final String GOOD = "goris,Goris,Settlement,Q1000,Goris,1.000,true,2025-01-31,https://query.wikidata.org/sparql\n";

    @TempDir
    Path tmp;

    @Test
    void writtenRowsReadBackAsAcceptedLinks() {
        Path file = tmp.resolve("links/wikidata-links.csv");
        LocalDate day = LocalDate.of(2025, 1, 31);
        LinksFile.write(file, List.of(
                new LinkRow("goris", "Goris", Kind.SETTLEMENT, "Q1000", "Goris, Armenia", 1.0, true, day, "http://x/sparql"),
                new LinkRow("goris", "Goris", Kind.SETTLEMENT, "Q2000", "Goris \"old\"", 0.5, false, day, "http://x/sparql"),
                new LinkRow("ann-lee", "Ann Lee", Kind.PERSON, "Q3000", "Ann Lee", 0.5, false, day, "http://x/sparql")));
        Map<String, LinkDecision> links = LinksFile.read(file);
        assertEquals(Map.of("goris", new LinkDecision("Q1000", 1.0, day, "http://x/sparql")), links);
    }

    @Test
    void badRowsAreReportedWithFileAndLine() throws Exception {
        Map<String, String> cases = Map.of(
                "goris,Goris,Settlement,Q-12,Goris,1.000,true,2025-01-31,e\n", "expected a Wikidata id like Q123",
                "goris,Goris,Settlement,Q1,Goris,1.5,false,2025-01-31,e\n", "expected a score from 0 to 1",
                "goris,Goris,Settlement,Q1,Goris,0.5,yes,2025-01-31,e\n", "expected true or false",
                "goris,Goris,Settlement,Q1,Goris,0.5,false,31/01/2025,e\n", "expected an ISO date",
                "Goris,Goris,Settlement,Q1,Goris,0.5,false,2025-01-31,e\n", "is not an entity id",
                "goris,Goris,Town,Q1,Goris,0.5,false,2025-01-31,e\n", "unknown kind \"Town\"",
                "goris,Goris,Settlement,Q2,Goris,1.000,true,2025-01-31,e\n", "a second accepted link for \"goris\"");
        for (Map.Entry<String, String> c : cases.entrySet()) {
            Path file = tmp.resolve("bad.csv");
            Files.writeString(file, HEADER + GOOD + c.getKey());
            InputException e = assertThrows(InputException.class, () -> LinksFile.read(file), c.getKey());
            assertTrue(e.getMessage().startsWith(Locations.describe(file) + " line 3: "), e.getMessage());
            assertTrue(e.getMessage().contains(c.getValue()), e.getMessage());
        }
    }

    @Test
    void missingFileAndWrongHeaderAreReported() throws Exception {
        Path missing = tmp.resolve("none.csv");
        InputException e = assertThrows(InputException.class, () -> LinksFile.read(missing));
        assertTrue(e.getMessage().startsWith(Locations.describe(missing) + ": file not found"), e.getMessage());
        Path file = tmp.resolve("short.csv");
        Files.writeString(file, "entity,label,kind,candidate\n");
        e = assertThrows(InputException.class, () -> LinksFile.read(file));
        assertTrue(e.getMessage().startsWith(Locations.describe(file) + " line 1: the header lacks column"),
                e.getMessage());
    }
}
