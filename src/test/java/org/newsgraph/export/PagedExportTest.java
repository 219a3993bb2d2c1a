package org.newsgraph.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.SampleDataset;
import org.newsgraph.store.Store;

/**
 * A CSV table of a query that answers one page of articles ({@code entities.rq}, {@code events.rq},
 * {@code disagreements.rq}) holds every page: the same table, row for row and in the same order, whether a
 * page holds one article or all.
 */
class PagedExportTest {
    @Test
    void aPagedTableHoldsEveryPageInOrder(@TempDir Path tmp) throws IOException {
        Path small = Files.createDirectories(tmp.resolve("one-article-pages"));
        for (String name : List.of("entities", "events")) {
            String text = Files.readString(Path.of("queries", name + ".rq"));
            assertTrue(text.contains("LIMIT 1000 OFFSET 0\n"), name);
            Files.writeString(small.resolve(name + ".rq"), text.replace("LIMIT 1000 OFFSET 0\n", "LIMIT 1 OFFSET 0\n"));
        }
        try (Store store = Store.open(SampleDataset.shared())) {
            CsvExporter.export(store.dataset(), Path.of("queries"), List.of("entities", "events"), tmp.resolve("whole"));
            CsvExporter.export(store.dataset(), small, List.of("entities", "events"), tmp.resolve("paged"));
        }
        for (String name : List.of("entities.csv", "events.csv")) {
            List<String> whole = Files.readAllLines(tmp.resolve("whole").resolve(name));
            assertTrue(whole.size() > 20, name + " has rows of both articles");
            assertEquals(whole, Files.readAllLines(tmp.resolve("paged").resolve(name)), name);
        }
    }

    /**
     * The pairs of {@code disagreements.rq} whose claims are in two articles are on the page of the first
     * article only: the pages of one article each hold every pair of the whole answer once, in its order.
     */
    @Test
    void everyDisagreementIsOnOnePage(@TempDir Path tmp) throws IOException {
        String text = Files.readString(Path.of("queries", "disagreements.rq"));
        assertTrue(text.contains("LIMIT 1000 OFFSET 0\n"));
        Path small = Files.createDirectories(tmp.resolve("one-article-pages"));
        Files.writeString(small.resolve("disagreements.rq"), text.replace("LIMIT 1000 OFFSET 0\n", "LIMIT 1 OFFSET 0\n"));
        try (Store store = Store.open(SampleDataset.shared())) {
            CsvExporter.export(store.dataset(), Path.of("queries"), List.of("disagreements"), tmp.resolve("whole"));
            CsvExporter.export(store.dataset(), small, List.of("disagreements"), tmp.resolve("paged"));
        }
        List<CSVRecord> whole = records(tmp.resolve("whole").resolve("disagreements.csv"));
        List<CSVRecord> paged = records(tmp.resolve("paged").resolve("disagreements.csv"));
        Set<String> firstArticles = new TreeSet<>();
        boolean crossing = false;
        for (CSVRecord row : whole) {
            firstArticles.add(row.get("article1"));
            crossing |= !row.get("article1").equals(row.get("article2"));
        }
        assertTrue(firstArticles.size() > 1 && crossing, "pairs on more than one page, some across articles: " + whole);
        assertEquals(sorted(whole), sorted(paged), "each pair once over the pages");
        assertEquals(whole.stream().map(r -> r.get("article1")).toList(), paged.stream().map(r -> r.get("article1")).toList(),
                "the pages in the order of the whole");
    }

    private static List<CSVRecord> records(Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
        }
    }

    private static List<String> sorted(List<CSVRecord> rows) {
        return rows.stream().map(r -> String.join("\t", r.toList())).sorted().toList();
    }
}
