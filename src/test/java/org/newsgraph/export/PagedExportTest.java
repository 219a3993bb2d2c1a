package org.newsgraph.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.SampleDataset;
import org.newsgraph.store.Store;

/**
 * A CSV table of a query that answers one page of articles ({@code entities.rq}, {@code events.rq}) holds
 * every page: the same table, row for row and in the same order, whether a page holds one article or all.
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
}
