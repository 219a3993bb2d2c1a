package org.newsgraph.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.InputException;

/** Tests {@link ArticleLoader}: texts, manifest metadata, and every error a folder of articles can hold. */
class ArticleLoaderTest {
    private static final String HEADER = "id,file,title,publisher,url,published,author\n";

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
    void appliesManifestMetadata() throws IOException {
        write("003.txt", "Armenia and Azerbaijan clash.\n");
        write(ArticleLoader.MANIFEST, HEADER
                + "clash-2022,003.txt,\"Clashes on the border, again\",Reuters,https://example.org/news/1,2022-09-13,"
                + "Gabrielle Tétrault-Farber | Felix Light\n");
        List<Article> articles = ArticleLoader.load(dir);
        assertEquals(1, articles.size());
        Article a = articles.get(0);
        assertEquals("clash-2022", a.id());
        assertEquals("003.txt", a.fileName());
        assertEquals("Armenia and Azerbaijan clash.\n", a.text());
        ArticleMetadata m = a.metadata();
        assertEquals(Optional.of("Clashes on the border, again"), m.titleIfKnown());
        assertEquals(Optional.of("Reuters"), m.publisherIfKnown());
        assertEquals(Optional.of("https://example.org/news/1"), m.urlIfKnown());
        assertEquals(Optional.of(LocalDate.of(2022, 9, 13)), m.publishedIfKnown());
        assertEquals(List.of("Gabrielle Tétrault-Farber", "Felix Light"), m.authors());
    }

    @Test
    void manifestWithOnlyRequiredColumnsAndEmptyCellsGivesUnknownMetadata() throws IOException {
        write("a.txt", "Text.");
        write(ArticleLoader.MANIFEST, "file,id\na.txt,alpha\n");
        Article a = ArticleLoader.load(dir).get(0);
        assertEquals("alpha", a.id());
        assertEquals(ArticleMetadata.unknown(), a.metadata());
    }

    @Test
    void textWithoutManifestRowLoadsWithItsFileNameAsId() throws IOException {
        write("b.txt", "Second.");
        write("a.txt", "First.");
        write(ArticleLoader.MANIFEST, HEADER + "first,a.txt,Title,,,,\n");
        List<Article> articles = ArticleLoader.load(dir);
        assertEquals(List.of("first", "b"), articles.stream().map(Article::id).toList());
        Article b = articles.get(1);
        assertEquals("b.txt", b.fileName());
        assertEquals(ArticleMetadata.unknown(), b.metadata());
        assertEquals(Optional.empty(), b.metadata().titleIfKnown());
        assertEquals(Optional.empty(), b.metadata().publishedIfKnown());
    }

    @Test
    void folderWithoutManifestLoadsEveryTextSortedByName() throws IOException {
        write("2.txt", "Two.");
        write("1.txt", "One.");
        assertEquals(List.of("1", "2"), ArticleLoader.load(dir).stream().map(Article::id).toList());
    }

    @Test
    void otherFilesAreSkipped() throws IOException {
        write("a.txt", "Text.");
        write("notes.md", "# not an article");
        write("b.txt.bak", "old");
        write(".hidden", "x");
        Files.createDirectory(dir.resolve("sub.txt"));
        assertEquals(List.of("a"), ArticleLoader.load(dir).stream().map(Article::id).toList());
    }

    @Test
    void manifestRowNamingAMissingFileGivesTheManifestLine() throws IOException {
        write("a.txt", "Text.");
        write(ArticleLoader.MANIFEST, HEADER + "# comment\na,a.txt,,,,,\nb,b.txt,,,,,\n");
        assertHas(failure(), "articles.csv line 4:", "\"b.txt\" is not in the articles folder",
                "add it or remove this row");
    }

    @Test
    void badDateGivesTheManifestLineAndTheExpectedForm() throws IOException {
        write("a.txt", "Text.");
        write(ArticleLoader.MANIFEST, HEADER + "a,a.txt,,,,13/09/2022,\n");
        assertHas(failure(), "articles.csv line 2:", "\"13/09/2022\"", "like 2022-09-13");
    }

    @Test
    void impossibleDateIsRejected() throws IOException {
        write("a.txt", "Text.");
        write(ArticleLoader.MANIFEST, HEADER + "a,a.txt,,,,2022-02-30,\n");
        assertHas(failure(), "articles.csv line 2:", "\"2022-02-30\"");
    }

    @Test
    void urlWithASpaceIsRejected() throws IOException {
        write("a.txt", "Text.");
        write(ArticleLoader.MANIFEST, HEADER + "a,a.txt,,,https://example.org/a b,,\n");
        assertHas(failure(), "articles.csv line 2:", "\"https://example.org/a b\"", "like https://example.org/news/1");
    }

    @Test
    void relativeUrlIsRejected() throws IOException {
        write("a.txt", "Text.");
        write(ArticleLoader.MANIFEST, HEADER + "a,a.txt,,,example.org/news/1,,\n");
        assertHas(failure(), "articles.csv line 2:", "not a valid absolute address");
    }

    @Test
    void urlWithoutHostIsRejected() throws IOException {
        write("a.txt", "Text.");
        write(ArticleLoader.MANIFEST, HEADER + "a,a.txt,,,mailto:desk@example.org,,\n");
        assertHas(failure(), "articles.csv line 2:", "\"mailto:desk@example.org\"");
    }

    @Test
    void duplicateIdInTheManifestGivesTheSecondLine() throws IOException {
        write("a.txt", "A.");
        write("b.txt", "B.");
        write(ArticleLoader.MANIFEST, HEADER + "same,a.txt,,,,,\nsame,b.txt,,,,,\n");
        assertHas(failure(), "articles.csv line 3:", "\"same\" is used by an earlier row");
    }

    @Test
    void manifestIdEqualToAnotherFilesNameIsADuplicate() throws IOException {
        write("a.txt", "A.");
        write("b.txt", "B.");
        write(ArticleLoader.MANIFEST, HEADER + "b,a.txt,,,,,\n");
        assertHas(failure(), "b.txt", "two articles have the id \"b\"", "distinct ids");
    }

    @Test
    void fileListedTwiceIsRejected() throws IOException {
        write("a.txt", "A.");
        write(ArticleLoader.MANIFEST, HEADER + "one,a.txt,,,,,\ntwo,a.txt,,,,,\n");
        assertHas(failure(), "articles.csv line 3:", "listed twice");
    }

    @Test
    void manifestFileMustBeATxtNameInTheFolder() throws IOException {
        write("a.txt", "A.");
        write(ArticleLoader.MANIFEST, HEADER + "a,sub/a.txt,,,,,\n");
        assertHas(failure(), "articles.csv line 2:", "\"sub/a.txt\" is not a .txt, .html or .htm file name");
    }

    @Test
    void manifestRowWithoutIdNamesTheLine() throws IOException {
        write("a.txt", "A.");
        write(ArticleLoader.MANIFEST, HEADER + ",a.txt,,,,,\n");
        assertHas(failure(), "articles.csv line 2:", "\"id\" is empty");
    }

    @Test
    void emptyArticleIsRejected() throws IOException {
        write("a.txt", "Text.");
        write("empty.txt", " \n\n");
        assertHas(failure(), "empty.txt", "the article is empty");
    }

    @Test
    void articleThatIsNotUtf8IsRejected() throws IOException {
        Files.write(dir.resolve("a.txt"), new byte[] {'s', 'a', 'i', 'd', ' ', (byte) 0x93, 'x'});
        assertHas(failure(), "a.txt line 1:", "byte 0x93");
    }

    @Test
    void folderWithoutTextsIsRejected() throws IOException {
        write("notes.md", "nothing");
        assertHas(failure(), "holds no .txt article");
    }

    @Test
    void missingFolderIsRejected() {
        Path missing = dir.resolve("nope");
        InputException e = assertThrows(InputException.class, () -> ArticleLoader.load(missing));
        assertHas(e.getMessage(), "nope", "no such folder", "--articles");
    }
}
