package org.newsgraph.world;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.InputException;

/** Reading the open-data folder: what it holds, and one clear error for each kind of bad input. */
class WorldDataLoaderTest {
    private static final Path FIXTURE = Path.of("src/test/resources/world/opendata");
    private static final Set<String> COUNTRIES = Set.of("armenia", "azerbaijan", "georgia", "ukraine", "united-states",
            "guatemala");
    private static final IdPolicy POLICY = IdPolicy.load(Path.of("data/rules/id-sources.csv"));

    @TempDir
    Path tmp;

    private Path copy() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("opendata"));
        try (Stream<Path> files = Files.list(FIXTURE)) {
            for (Path f : files.toList()) {
                Files.copy(f, dir.resolve(f.getFileName()));
            }
        }
        return dir;
    }

    @Test
    void theFolderIsReadWithItsPolicy() {
        WorldData world = WorldDataLoader.load(FIXTURE, COUNTRIES, Set.of(), POLICY);
        assertEquals(14, world.size(), "the 15 rows but a village whose id is not linked");
        assertTrue(world.get("hamlet-am").isEmpty(), "800 people and a dr5hn-only id: could never be linked");
        assertEquals("Q9900001", world.get("tavush-town-am").orElseThrow().entity().wikidata());
        WorldEntry berdavan = world.get("berdavan-am").orElseThrow();
        assertEquals("Q9900002", berdavan.qid(), "the id is kept");
        assertNull(berdavan.entity().wikidata(), "but not linked: dr5hn alone is not trusted");
        assertEquals(2, world.named("Berdavan").size());
        assertEquals(2, world.withSurname("Sargsyan").size());
        assertEquals(1, world.offices("hovik-sargsyan").size());
    }

    @Test
    void noFolderIsNoOpenData() {
        assertSame(WorldData.EMPTY, WorldDataLoader.load(tmp.resolve("none"), COUNTRIES, Set.of(), POLICY));
    }

    @Test
    void aMissingFileIsNamed() throws IOException {
        Path dir = copy();
        Files.delete(dir.resolve("offices.csv"));
        InputException e = assertThrows(InputException.class, () -> WorldDataLoader.load(dir, COUNTRIES, Set.of(), POLICY));
        assertTrue(e.getMessage().contains("offices.csv") && e.getMessage().contains("import-opendata"), e.getMessage());
    }

    @Test
    void aMissingColumnIsNamed() throws IOException {
        Path dir = copy();
        Files.writeString(dir.resolve("parties.csv"), "id,kind,label\nx,Organization,X\n");
        InputException e = assertThrows(InputException.class, () -> WorldDataLoader.load(dir, COUNTRIES, Set.of(), POLICY));
        assertTrue(e.getMessage().contains("parties.csv") && e.getMessage().contains("aliases"), e.getMessage());
    }

    @Test
    void anUnknownCountryIsReportedWithItsLine() throws IOException {
        Path dir = copy();
        InputException e = assertThrows(InputException.class,
                () -> WorldDataLoader.load(dir, Set.of("armenia", "azerbaijan", "ukraine", "united-states", "guatemala"), Set.of(),
                        POLICY));
        assertTrue(e.getMessage().contains("places.csv") && e.getMessage().contains("line 4")
                && e.getMessage().contains("georgia"), e.getMessage());
    }

    @Test
    void aDuplicateIdIsReportedWithBothLines() throws IOException {
        Path dir = copy();
        Files.writeString(dir.resolve("parties.csv"), "id,kind,label,aliases,country,wikidata,id_quality,source\n"
                + "civil-accord-am,Organization,Civil Accord,,armenia,Q9900010,single,partyfacts:1\n");
        Files.writeString(dir.resolve("places.csv"), Files.readString(dir.resolve("places.csv"))
                .replace("tavush-town-am,", "civil-accord-am,"));
        InputException e = assertThrows(InputException.class, () -> WorldDataLoader.load(dir, COUNTRIES, Set.of(), POLICY));
        assertTrue(e.getMessage().contains("civil-accord-am") && e.getMessage().contains("places.csv line 2"),
                e.getMessage());
    }

    @Test
    void anUnknownQualityIsReported() throws IOException {
        Path dir = copy();
        Files.writeString(dir.resolve("places.csv"), Files.readString(dir.resolve("places.csv"))
                .replace(",confirmed,town,20000", ",sure,town,20000"));
        InputException e = assertThrows(InputException.class, () -> WorldDataLoader.load(dir, COUNTRIES, Set.of(), POLICY));
        assertTrue(e.getMessage().contains("line 2") && e.getMessage().contains("id_quality"), e.getMessage());
    }
}
