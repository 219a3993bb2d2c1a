package org.newsgraph.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.InputException;

/**
 * Tests {@link ArticleLoader} on each format it reads: HTML pages (metadata, text extraction,
 * manifest override), JSON Lines and CSV batches, and all of them together in one folder.
 */
class ArticleFormatsTest {
    private static final String MANIFEST_HEADER = "id,file,title,publisher,url,published,author\n";
    private static final String PAGE = """
            <!DOCTYPE html>
            <html><head>
              <title>Clashes | Example News</title>
              <meta property="og:title" content="Armenia and Azerbaijan clash">
              <meta name="author" content="Jane Doe and John Roe">
              <meta property="article:published_time" content="2022-09-13T08:30:00+04:00">
              <link rel="canonical" href="https://example.org/news/clash">
              <meta property="og:site_name" content="Example News">
              <style>p { color: red }</style>
              <script>var tracking = "Armenia";</script>
            </head><body>
              <nav><a href="/">Home</a> <a href="/world">World</a></nav>
              <header><p>Site header</p></header>
              <article>
                <header><h1>Armenia and Azerbaijan clash</h1><p class="byline">By Jane Doe</p></header>
                <h2>Fighting on the border</h2>
                <p>Armenia said   Azerbaijan
                   attacked on Tuesday.</p>
                <figure><img src="x.jpg"><figcaption>A photo caption</figcaption></figure>
                <p>Baku denied it.<br>It blamed Yerevan.</p>
                <aside>Read more: unrelated story</aside>
                <ul><li>First point</li><li>Second &amp; last point</li></ul>
                <form><input name="q"> Subscribe</form>
                <noscript>Enable JavaScript</noscript>
              </article>
              <footer>Copyright</footer>
            </body></html>
            """;

    @TempDir
    Path dir;

    private void write(String name, String text) throws IOException {
        Files.writeString(dir.resolve(name), text);
    }

    private String failure() {
        return assertThrows(InputException.class, () -> ArticleLoader.load(dir)).getMessage();
    }

    private static void assertHas(String message, String... parts) {
        for (String part : parts) {
            assertTrue(message.contains(part), () -> "expected \"" + part + "\" in: " + message);
        }
    }

    @Test
    void htmlPageGivesItsMetadataAndTheArticleTextBlockByBlock() throws IOException {
        write("clash.html", PAGE);
        Article a = ArticleLoader.load(dir).get(0);
        assertEquals("clash", a.id());
        assertEquals("clash.html", a.fileName());
        assertEquals("""
                Fighting on the border

                Armenia said Azerbaijan attacked on Tuesday.

                Baku denied it.
                It blamed Yerevan.

                First point

                Second & last point
                """, a.text());
        ArticleMetadata m = a.metadata();
        assertEquals("Armenia and Azerbaijan clash", m.title());
        assertEquals(List.of("Jane Doe", "John Roe"), m.authors());
        assertEquals(LocalDate.of(2022, 9, 13), m.published());
        assertEquals("https://example.org/news/clash", m.url());
        assertEquals("Example News", m.publisher());
    }

    @Test
    void htmlWithoutMetaTagsFallsBackToH1BylineAndTime() throws IOException {
        write("b.htm", """
                <html><head><title>Page title</title></head><body>
                <main><h1>Headline from h1</h1>
                <div class="byline">By Anna Smith and Ben Jones</div>
                <time datetime="2022-09-14">14 September</time>
                <p>Text of the story.</p></main>
                <p>Outside main.</p>
                </body></html>
                """);
        Article a = ArticleLoader.load(dir).get(0);
        assertEquals("b", a.id());
        assertEquals("Headline from h1", a.metadata().title());
        assertEquals(List.of("Anna Smith", "Ben Jones"), a.metadata().authors());
        assertEquals(LocalDate.of(2022, 9, 14), a.metadata().published());
        assertNull(a.metadata().url());
        assertTrue(a.text().contains("Text of the story."), a.text());
        assertFalse(a.text().contains("Outside main"), "main, not body, when there is no article: " + a.text());
    }

    @Test
    void htmlWithoutArticleOrMainUsesTheBodyAndTheTitleElement() throws IOException {
        write("c.html", "<html><head><title>Only a title</title>"
                + "<meta property=\"og:url\" content=\"https://example.org/c\"><meta name=\"date\" content=\"2022-09-15\">"
                + "</head><body><span itemprop=\"author\">Carla Díaz</span><p>Body text.</p></body></html>");
        Article a = ArticleLoader.load(dir).get(0);
        assertEquals("Only a title", a.metadata().title());
        assertEquals("https://example.org/c", a.metadata().url());
        assertEquals(LocalDate.of(2022, 9, 15), a.metadata().published());
        assertEquals(List.of("Carla Díaz"), a.metadata().authors());
        assertEquals("Carla Díaz\n\nBody text.\n", a.text());
    }

    @Test
    void manifestValuesOverrideWhatThePageSays() throws IOException {
        write("clash.html", PAGE);
        write(ArticleLoader.MANIFEST, MANIFEST_HEADER
                + "c-1,clash.html,Manifest title,Manifest Press,https://example.org/m,2022-09-20,Mona Lisa\n");
        Article a = ArticleLoader.load(dir).get(0);
        assertEquals("c-1", a.id());
        ArticleMetadata m = a.metadata();
        assertEquals("Manifest title", m.title());
        assertEquals("Manifest Press", m.publisher());
        assertEquals("https://example.org/m", m.url());
        assertEquals(LocalDate.of(2022, 9, 20), m.published());
        assertEquals(List.of("Mona Lisa"), m.authors());
    }

    @Test
    void emptyManifestCellsKeepThePagesValues() throws IOException {
        write("clash.html", PAGE);
        write(ArticleLoader.MANIFEST, MANIFEST_HEADER + "c-1,clash.html,,,,,\n");
        ArticleMetadata m = ArticleLoader.load(dir).get(0).metadata();
        assertEquals("Armenia and Azerbaijan clash", m.title());
        assertEquals(LocalDate.of(2022, 9, 13), m.published());
    }

    @Test
    void pageWithAnUnusableDateKeepsItUnknownUnlessStrict() throws IOException {
        write("p.html", "<html><head><meta name=\"date\" content=\"13 Sept 2022\"></head>"
                + "<body><p>Armenia said so.</p></body></html>");
        assertNull(ArticleLoader.load(dir).get(0).metadata().published());
        InputException e = assertThrows(InputException.class,
                () -> ArticleLoader.load(dir, new ArticleLoader.Options(StandardCharsets.UTF_8, true)));
        assertHas(e.getMessage(), "p.html", "\"13 Sept 2022\"", "--strict");
    }

    @Test
    void pageWithoutTextIsRejected() throws IOException {
        write("nav.html", "<html><body><nav>Home</nav><script>x()</script><footer>(c)</footer></body></html>");
        assertHas(failure(), "nav.html", "the page has no article text");
    }

    @Test
    void jsonLinesGiveOneArticlePerLine() throws IOException {
        write("batch.jsonl", """
                {"id": "j1", "title": "First", "date": "2022-09-13", "url": "https://example.org/1", "text": "Armenia said so.", "author": "A. Writer | B. Writer"}

                {"id": "j2", "text": "Azerbaijan said\\nno.", "authors": ["C. Writer"], "date": "2022-09-14T10:00:00Z"}
                """);
        List<Article> articles = ArticleLoader.load(dir);
        assertEquals(List.of("j1", "j2"), articles.stream().map(Article::id).toList());
        Article first = articles.get(0);
        assertEquals("batch.jsonl#1", first.fileName());
        assertEquals("Armenia said so.", first.text());
        assertEquals(new ArticleMetadata("First", null, "https://example.org/1", LocalDate.of(2022, 9, 13),
                List.of("A. Writer", "B. Writer")), first.metadata());
        Article second = articles.get(1);
        assertEquals("batch.jsonl#3", second.fileName());
        assertEquals("Azerbaijan said\nno.", second.text());
        assertEquals(List.of("C. Writer"), second.metadata().authors());
        assertEquals(LocalDate.of(2022, 9, 14), second.metadata().published());
    }

    @Test
    void csvBatchGivesOneArticlePerRow() throws IOException {
        write("more.csv", "id,title,date,url,text,author\n"
                + "k1,Title one,2022-09-13,https://example.org/k1,\"Armenia said, again, so.\",D. Writer\n"
                + "k2,,,,\"Two lines\nof text.\",\n");
        List<Article> articles = ArticleLoader.load(dir);
        assertEquals(List.of("k1", "k2"), articles.stream().map(Article::id).toList());
        assertEquals("more.csv#2", articles.get(0).fileName());
        assertEquals("Armenia said, again, so.", articles.get(0).text());
        assertEquals(new ArticleMetadata("Title one", null, "https://example.org/k1", LocalDate.of(2022, 9, 13),
                List.of("D. Writer")), articles.get(0).metadata());
        assertEquals("more.csv#3", articles.get(1).fileName());
        assertEquals("Two lines\nof text.", articles.get(1).text());
        assertEquals(ArticleMetadata.unknown(), articles.get(1).metadata());
    }

    @Test
    void allFormatsTogetherInFileNameOrder() throws IOException {
        write("a.txt", "Plain text.");
        write("b.html", "<p>A page.</p>");
        write("c.jsonl", "{\"id\": \"c1\", \"text\": \"A record.\"}\n");
        write("d.csv", "id,title,date,url,text\nd1,,,,A row.\n");
        write("notes.md", "not an article");
        write(ArticleLoader.MANIFEST, MANIFEST_HEADER + "plain,a.txt,,,,,\n");
        assertEquals(List.of("plain", "b", "c1", "d1"), ArticleLoader.load(dir).stream().map(Article::id).toList());
    }
}
