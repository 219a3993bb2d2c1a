package org.newsgraph.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.InputException;

/** Tests {@link CsvTable}: header checks, cell counts, comments, quoting and the line numbers in errors. */
class CsvTableTest {
    private static final Path FILE = Path.of("fixture.csv");
    private static final List<String> REQUIRED = List.of("id", "name");
    private static final List<String> OPTIONAL = List.of("note");

    @TempDir
    Path dir;

    private static List<CsvRow> parse(String text) {
        return CsvTable.parse(FILE, text, REQUIRED, OPTIONAL);
    }

    private static String failure(String text) {
        return assertThrows(InputException.class, () -> parse(text)).getMessage();
    }

    private static void assertHas(String message, String... parts) {
        for (String part : parts) {
            assertTrue(message.contains(part), () -> "expected \"" + part + "\" in: " + message);
        }
    }

    @Test
    void readsRowsWithTheirLinesAndTrimmedCells() {
        List<CsvRow> rows = parse("id,name,note\na, Alpha ,first\nb,\"Beta, Ltd\",\n");
        assertEquals(2, rows.size());
        assertEquals(2, rows.get(0).line());
        assertEquals("Alpha", rows.get(0).get("name"));
        assertEquals("first", rows.get(0).get("note"));
        assertEquals(3, rows.get(1).line());
        assertEquals("Beta, Ltd", rows.get(1).get("name"));
        assertEquals("", rows.get(1).get("note"));
        assertEquals(FILE, rows.get(1).file());
    }

    @Test
    void acceptsColumnsInAnyOrderAndWithoutOptionalOnes() {
        List<CsvRow> rows = parse("name,id\nAlpha,a\n");
        assertEquals("a", rows.get(0).get("id"));
        assertEquals("Alpha", rows.get(0).get("name"));
        assertEquals("", rows.get(0).get("note"));
    }

    @Test
    void headerOnlyGivesNoRows() {
        assertEquals(List.of(), parse("id,name\n"));
    }

    @Test
    void skipsCommentsBlankAndWhitespaceOnlyLines() {
        List<CsvRow> rows = parse("# about\n\nid,name\n# one\n\na,Alpha\n   \n\n# two\nb,Beta\n");
        assertEquals(List.of("a", "b"), rows.stream().map(r -> r.get("id")).toList());
        assertEquals(6, rows.get(0).line());
        assertEquals(10, rows.get(1).line());
    }

    @Test
    void hashInsideACellIsNotAComment() {
        List<CsvRow> rows = parse("id,name\na,C# and F#\n");
        assertEquals("C# and F#", rows.get(0).get("name"));
    }

    @Test
    void tooFewCellsNamesFileLineAndColumns() {
        assertHas(failure("id,name\na,Alpha\nb\n"), "fixture.csv line 3:", "expected 2 columns (id,name)", "found 1",
                "quote cells that contain commas");
    }

    @Test
    void extraCellNamesFileAndLine() {
        assertHas(failure("id,name\na,Alpha,extra\n"), "fixture.csv line 2:", "found 3");
    }

    @Test
    void lineNumberCountsCommentAndBlankLinesBeforeTheBadRow() {
        assertHas(failure("# header comment\nid,name\n# c1\n\n# c2\na,Alpha\n\n\n# c3\n\nb,Beta,extra\n"),
                "fixture.csv line 11:");
        assertHas(failure("id,name\n\n\na,Alpha\n\nb\n"), "line 6:");
        assertHas(failure("id,name\na,Alpha\n# c\n   \nb\n"), "line 5:");
    }

    @Test
    void aFileOfTensOfThousandsOfRowsIsReadInLinearTime() {
        // data/opendata/places.csv has some 68,000 rows; finding each row's line from the top of the
        // file made reading it quadratic (about a minute for 60,000 rows)
        StringBuilder text = new StringBuilder("id,name,note\n# a comment\n");
        int rows = 60_000;
        for (int i = 0; i < rows; i++) {
            text.append("row-").append(i).append(",Name ").append(i).append(",\"a note, quoted\"\n");
        }
        List<CsvRow> read = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> parse(text.toString()));
        assertEquals(rows, read.size());
        assertEquals(3, read.get(0).line());
        assertEquals(rows + 2, read.get(rows - 1).line());
    }

    @Test
    void lineNumberIsRightWithWindowsLineEnds() {
        assertHas(failure("id,name\r\na,Alpha\r\n# c\r\n\r\nb\r\n"), "fixture.csv line 5:");
    }

    @Test
    void lineNumberCountsQuotedLineBreaks() {
        List<CsvRow> rows = parse("id,name\na,\"two\nlines\"\nb,Beta\n");
        assertEquals("two\nlines", rows.get(0).get("name"));
        assertEquals(2, rows.get(0).line());
        assertEquals(4, rows.get(1).line());
        assertHas(failure("id,name\na,\"two\nlines\"\nb\n"), "line 4:");
    }

    @Test
    void textAfterAClosingQuoteIsMalformedWithFileAndLine() {
        assertHas(failure("id,name\na,Alpha\nb,\"Beta\"x\n"), "fixture.csv line 3:", "malformed CSV",
                "check the quotes");
    }

    @Test
    void unclosedQuoteIsMalformedWithFileAndLine() {
        assertHas(failure("id,name\n# note\na,Alpha\nb,\"Beta\nc,Gamma\n"), "fixture.csv line 4:", "malformed CSV",
                "check the quotes");
    }

    @Test
    void unknownColumnIsNamedWithTheKnownOnes() {
        assertHas(failure("id,name,colour\na,b,c\n"), "fixture.csv line 1:", "unknown column \"colour\"",
                "id,name,note");
    }

    @Test
    void headerLackingARequiredColumn() {
        assertHas(failure("# comment\nid,note\na,b\n"), "fixture.csv line 2:", "lacks column \"name\"");
    }

    @Test
    void columnTwiceInTheHeader() {
        assertHas(failure("id,name,id\na,b,c\n"), "line 1:", "column \"id\" appears twice");
    }

    @Test
    void emptyOrBlankTextIsAnError() {
        assertHas(failure(""), "fixture.csv:", "empty", "id,name");
        assertHas(failure(" \n\n"), "fixture.csv:", "empty");
    }

    @Test
    void onlyCommentsMeansNoHeader() {
        assertHas(failure("# just a comment\n"), "fixture.csv:", "no header row", "id,name");
    }

    @Test
    void readsAFileAndDropsTheByteOrderMarkBeforeTheHeader() throws IOException {
        Path file = dir.resolve("bom.csv");
        Files.write(file, ("\uFEFFid,name\na,Alpha\n").getBytes(StandardCharsets.UTF_8));
        List<CsvRow> rows = CsvTable.read(file, REQUIRED, OPTIONAL);
        assertEquals("a", rows.get(0).get("id"));
        assertEquals(file, rows.get(0).file());
    }

    @Test
    void readingAMissingFileNamesIt() {
        Path file = dir.resolve("absent.csv");
        InputException e = assertThrows(InputException.class, () -> CsvTable.read(file, REQUIRED, OPTIONAL));
        assertHas(e.getMessage(), "absent.csv", "not found");
    }
}
