package org.newsgraph.world;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.gazetteer.Gazetteer;
import org.newsgraph.gazetteer.GazetteerLoader;
import org.newsgraph.model.MatchType;
import org.newsgraph.model.Mention;

/**
 * A state named in an article older than the state is its predecessor: "Russian divisions" in a report of 1956 are
 * the Soviet Union's, in one of 2023 Russia's; an article without a date keeps its mentions; a bad date in the file
 * is an error naming its row.
 */
class PredecessorsTest {
    private static final Mention RUSSIAN = new Mention(0, 10, 17, "Russian", "russia", MatchType.DEMONYM, "gazetteer");
    private static final Mention PARIS = new Mention(0, 30, 35, "Paris", "paris", MatchType.LABEL, "gazetteer");

    @Test
    void aSuccessorNamedBeforeItsDateIsItsPredecessor(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("predecessor-states.csv");
        Files.writeString(file, "state,since,predecessor\nrussia,1991-12-26,soviet-union\n");
        Predecessors states = Predecessors.load(file);
        assertEquals(List.of("soviet-union", "paris"),
                states.apply(List.of(RUSSIAN, PARIS), LocalDate.of(1956, 11, 5)).stream().map(Mention::entityId).toList());
        assertEquals(List.of("russia", "paris"),
                states.apply(List.of(RUSSIAN, PARIS), LocalDate.of(1991, 12, 26)).stream().map(Mention::entityId).toList());
        assertEquals(List.of("russia"), states.apply(List.of(RUSSIAN), null).stream().map(Mention::entityId).toList(),
                "no date, no change");
    }

    @Test
    void aDateThatIsNoDateIsAnErrorNamingItsRow(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("predecessor-states.csv");
        Files.writeString(file, "state,since,predecessor\nrussia,December 1991,soviet-union\n");
        RuntimeException e = assertThrows(RuntimeException.class, () -> Predecessors.load(file));
        assertTrue(e.getMessage().contains("predecessor-states.csv") && e.getMessage().contains("YYYY-MM-DD"),
                e.getMessage());
    }

    @Test
    void theShippedStatesAreTheGazetteers() {
        Gazetteer gazetteer = GazetteerLoader.load(Path.of("data/gazetteer"));
        for (String line : readLines(Path.of("data/rules/predecessor-states.csv"))) {
            if (line.startsWith("#") || line.startsWith("state,") || line.isBlank()) {
                continue;
            }
            String[] cells = line.split(",");
            assertTrue(gazetteer.get(cells[0]).isPresent(), cells[0]);
            assertTrue(gazetteer.get(cells[2]).isPresent(), cells[2]);
        }
    }

    private static List<String> readLines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
