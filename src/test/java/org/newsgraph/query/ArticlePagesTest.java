package org.newsgraph.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.newsgraph.SampleDataset;
import org.newsgraph.io.TextFiles;
import org.newsgraph.store.Store;

/**
 * The pages of the competency queries that answer one page of articles: their size read from the query,
 * the text of another page, the number of articles; and which queries are paged.
 */
class ArticlePagesTest {
    private static String query(String name) {
        return TextFiles.readUtf8(Path.of("queries", name));
    }

    @Test
    void theQueriesThatGrowWithTheCorpusArePagedAndTheOthersAreNot() {
        assertEquals(1000, ArticlePages.size(query("entities.rq")));
        assertEquals(1000, ArticlePages.size(query("events.rq")));
        assertEquals(100, ArticlePages.size(query("mentions.rq")));
        assertEquals(0, ArticlePages.size(query("quotes.rq")));
        assertEquals(1000, ArticlePages.size(query("claims.rq")));
        assertEquals(1000, ArticlePages.size(query("disagreements.rq")));
    }

    @Test
    void anotherPageChangesOnlyItsOffset() {
        String text = query("entities.rq");
        String third = ArticlePages.page(text, 2000);
        assertTrue(third.contains("LIMIT 1000 OFFSET 2000\n"), third);
        assertEquals(text, third.replace("OFFSET 2000", "OFFSET 0"));
        QueryRunner.parse(Path.of("entities.rq"), third);
        assertThrows(IllegalArgumentException.class, () -> ArticlePages.page(query("quotes.rq"), 100));
    }

    @Test
    void countsTheArticles() {
        try (Store store = Store.open(SampleDataset.shared())) {
            assertEquals(2, ArticlePages.articles(store.dataset()));
        }
    }
}
