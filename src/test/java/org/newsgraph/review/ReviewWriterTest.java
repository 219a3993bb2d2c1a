package org.newsgraph.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newsgraph.review.ReviewFixture.article;
import static org.newsgraph.review.ReviewFixture.review;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.newsgraph.csv.CsvTable;
import org.newsgraph.gazetteer.Gazetteer;
import org.newsgraph.gazetteer.GazetteerLoader;

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
