package org.newsgraph.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsgraph.InputException;

/** Tests {@link CsvRow}: cell access, list cells, required cells and located errors. */
class CsvRowTest {
    private static final Path FILE = Path.of("rows.csv");

    private static CsvRow row(String... values) {
        return new CsvRow(FILE, 7, Map.of("id", 0, "aliases", 1, "note", CsvRow.ABSENT), List.of(values));
    }

    @Test
    void getReturnsTheCellOrEmptyForAnAbsentColumn() {
        CsvRow row = row("a", "x");
        assertEquals("a", row.get("id"));
        assertEquals("", row.get("note"));
    }

    @Test
    void getOfAColumnNotInTheHeaderIsAProgrammingError() {
        assertThrows(IllegalArgumentException.class, () -> row("a", "x").get("colour"));
    }

    @Test
    void listSplitsOnBarsAndDropsEmptyParts() {
        assertEquals(List.of("UN", "U.N.", "United Nations"), row("a", " UN | U.N. || United Nations | ").list("aliases"));
        assertEquals(List.of("single"), row("a", "single").list("aliases"));
        assertEquals(List.of(), row("a", "").list("aliases"));
        assertEquals(List.of(), row("a", "x").list("note"));
    }

    @Test
    void requiredCellMustNotBeEmpty() {
        assertEquals("a", row("a", "").required("id"));
        InputException e = assertThrows(InputException.class, () -> row("a", "").required("aliases"));
        assertTrue(e.getMessage().contains("rows.csv line 7:"), e.getMessage());
        assertTrue(e.getMessage().contains("column \"aliases\" is empty; fill it in"), e.getMessage());
    }

    @Test
    void errorIsLocatedAtTheRow() {
        assertEquals("rows.csv line 7: bad", row("a", "b").error("bad").getMessage());
    }

    @Test
    void headerPointingPastTheCellsIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> row("only-one"));
    }
}
