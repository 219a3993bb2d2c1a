package org.newsgraph.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.review.ReviewFixture.article;
import static org.newsgraph.review.ReviewFixture.review;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.newsgraph.gazetteer.Entity;
import org.newsgraph.gazetteer.Gazetteer;
import org.newsgraph.gazetteer.GazetteerLoader;
import org.newsgraph.io.CsvTable;
import org.newsgraph.io.SpreadsheetCells;

/**
 * Tests {@link ReviewWriter}: the full CSV parses back with Commons CSV cell for cell (commas and
 * quotes in examples included), and the gazetteer format has exactly the gazetteer's columns and
 * loads as a gazetteer.
 */
class ReviewWriterTest {
    private static final Review REVIEW = review(3, 1,
            article("a1", "Prime Minister Albin Kurti said the border, \"for now\", would stay open.\n\n"
                    + "Kurti spoke to reporters in Pristina on Monday.\n"),
            article("a2", "Mark Taylor said the talks would go on.\n"));

    /** The CSV read back: header and records. */
    private record Parsed(List<String> header, List<CSVRecord> records) {
    }

    private static Parsed parse(String csv) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(csv)).setFormat(format).get()) {
            return new Parsed(parser.getHeaderNames(), parser.getRecords());
        }
    }

    @Test
    void fullCsvParsesBack() throws IOException {
        String csv = ReviewWriter.toCsv(REVIEW, false);
        Parsed parsed = parse(csv);
        assertEquals(List.of("id", "kind", "label", "aliases", "demonyms", "metonyms", "country", "wikidata", "source",
                "count", "articles", "confidence", "surfaces", "examples", "rule"), parsed.header());
        List<CSVRecord> records = parsed.records();
        assertEquals(2, records.size(), csv);
        CSVRecord kurti = records.get(0);
        assertEquals("albin-kurti", kurti.get("id"));
        assertEquals("Person", kurti.get("kind"));
        assertEquals("Albin Kurti", kurti.get("label"));
        assertEquals("Kurti", kurti.get("aliases"));
        assertEquals("", kurti.get("wikidata"));
        assertEquals("2", kurti.get("count"));
        assertEquals("1", kurti.get("articles"));
        assertEquals("0.70", kurti.get("confidence"));
        assertEquals("Albin Kurti | Kurti", kurti.get("surfaces"));
        assertEquals("Prime Minister Albin Kurti said the border, \"for now\", would stay open. || "
                + "Kurti spoke to reporters in Pristina on Monday.", kurti.get("examples"));
        assertEquals("person-surname | person-title", kurti.get("rule"));
        assertEquals("mark-taylor", records.get(1).get("id"));
        assertEquals("person-speaker", records.get(1).get("rule"));
    }

    /** Sentences and names from untrusted text that a spreadsheet would run as formulas. */
    private static final Review HOSTILE = review(3, 1,
            article("h1", "=HYPERLINK(\"https://evil.example\") Prime Minister Albin Kurti said the border would stay "
                    + "open.\n\n-Mark Taylor said the talks would go on.\n\n@Jane Foster said so too.\n",
                    List.of("=cmd|' /C calc'!A0", "@Jane Roe")));

    @Test
    void noCellRunsAsASpreadsheetFormula() throws IOException {
        for (boolean gazetteerFormat : List.of(false, true)) {
            for (CSVRecord r : parse(ReviewWriter.toCsv(HOSTILE, gazetteerFormat)).records()) {
                for (String cell : r) {
                    assertFalse(SpreadsheetCells.isFormula(cell), cell);
                }
            }
        }
        List<CSVRecord> rows = parse(ReviewWriter.toCsv(HOSTILE, false)).records();
        assertEquals("'=HYPERLINK(\"https://evil.example\") Prime Minister Albin Kurti said the border would stay open.",
                rows.stream().filter(r -> r.get("id").equals("albin-kurti")).findFirst().orElseThrow().get("examples"));
        assertEquals("'-Mark Taylor said the talks would go on.",
                rows.stream().filter(r -> r.get("id").equals("mark-taylor")).findFirst().orElseThrow().get("examples"));
    }

    @Test
    void namesThatWouldBeFormulasAreLeftOutWithANoteSoTheGazetteerColumnsLoadAsWritten() throws IOException {
        List<String> labels = HOSTILE.rows().stream().map(r -> r.entity().label()).toList();
        assertTrue(labels.contains("Albin Kurti") && labels.contains("Mark Taylor"), labels.toString());
        for (ReviewRow row : HOSTILE.rows()) {
            Entity e = row.entity();
            for (String name : concat(List.of(e.label()), e.aliases())) {
                assertFalse(SpreadsheetCells.isFormula(name), name);
            }
        }
        assertTrue(HOSTILE.notes().stream().anyMatch(n -> n.contains("\"=cmd|' /C calc'!A0\"")
                && n.contains("spreadsheet formula")), HOSTILE.notes().toString());
        assertTrue(HOSTILE.notes().stream().anyMatch(n -> n.contains("\"@Jane Roe\"")), HOSTILE.notes().toString());
        // what the gazetteer format holds is what the gazetteer loads: no ' added to a name
        String csv = ReviewWriter.toCsv(HOSTILE, true);
        Gazetteer g = GazetteerLoader.fromRows(CsvTable.parse(Path.of("reviewed.csv"), csv, GazetteerLoader.COLUMNS,
                List.of()));
        for (ReviewRow row : HOSTILE.rows()) {
            assertEquals(row.entity().label(), g.get(row.entity().id()).orElseThrow().label());
            assertEquals(row.entity().aliases(), g.get(row.entity().id()).orElseThrow().aliases());
        }
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    @Test
    void gazetteerFormatHasTheGazetteerColumnsAndLoads() throws IOException {
        String csv = ReviewWriter.toCsv(REVIEW, true);
        Parsed parsed = parse(csv);
        assertEquals(GazetteerLoader.COLUMNS, parsed.header());
        assertEquals(2, parsed.records().size(), csv);
        for (CSVRecord r : parsed.records()) {
            assertEquals(9, r.size(), r::toString);
        }
        Gazetteer g = GazetteerLoader.fromRows(CsvTable.parse(Path.of("reviewed.csv"), csv, GazetteerLoader.COLUMNS,
                List.of()));
        assertEquals(List.of("Kurti"), g.get("albin-kurti").orElseThrow().aliases());
        assertEquals(2, g.size());
    }
}
