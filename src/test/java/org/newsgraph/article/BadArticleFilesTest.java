package org.newsgraph.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.InputException;
import org.newsgraph.io.TextFiles;

/**
 * Tests {@link ArticleLoader} on bad input: every problem is one {@link InputException} naming the
 * file (and line, for a batch record) and saying how to fix it; charsets; strict mode.
 */
class BadArticleFilesTest {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final ArticleLoader.Options STRICT = new ArticleLoader.Options(StandardCharsets.UTF_8, true);

    @TempDir
    Path dir;

    private void write(String name, String text) throws IOException {
        Files.writeString(dir.resolve(name), text);
    }

    private String failure() {
        return failure(ArticleLoader.Options.defaults());
    }

    private String failure(ArticleLoader.Options options) {
        return assertThrows(InputException.class, () -> ArticleLoader.load(dir, options)).getMessage();
    }

    private static void assertHas(String message, String... parts) {
        for (String part : parts) {
            assertTrue(message.contains(part), () -> "expected \"" + part + "\" in: " + message);
        }
    }

    // Charsets

    @Test
    void windows1252IsReadWithItsCharset() throws IOException {
        Files.write(dir.resolve("a.txt"), "The caf\u00e9 \u201cshelled\u201d \u2013 Yerevan.\n".getBytes(WINDOWS_1252));
        List<Article> articles = ArticleLoader.load(dir, new ArticleLoader.Options(WINDOWS_1252, false));
        assertEquals("The caf\u00e9 \u201cshelled\u201d \u2013 Yerevan.\n", articles.get(0).text());
    }

    @Test
    void windows1252IsRejectedAsUtf8WithFileLineOffsetAndTheFix() throws IOException {
        Files.write(dir.resolve("a.txt"), "Armenia\nThe caf\u00e9.\n".getBytes(WINDOWS_1252));
        assertHas(failure(), "a.txt line 2:", "not valid UTF-8 (byte 0xE9 at offset 15)",
                "convert the file to UTF-8 or pass --charset NAME (e.g. --charset windows-1252)");
    }

    @Test
    void byteThatTheChosenCharsetLacksIsRejected() throws IOException {
        Files.write(dir.resolve("a.txt"), new byte[] {'o', 'k', (byte) 0x81});
        assertHas(failure(new ArticleLoader.Options(WINDOWS_1252, false)), "a.txt line 1:",
                "not valid windows-1252 (byte 0x81 at offset 2)", "--charset");
    }

    @Test
    void htmlAndBatchFilesAreReadInTheChosenCharsetToo() throws IOException {
        Files.write(dir.resolve("p.html"), "<p>Caf\u00e9 talks.</p>".getBytes(WINDOWS_1252));
        Files.write(dir.resolve("b.jsonl"), "{\"id\": \"b1\", \"text\": \"Na\u00efve.\"}\n".getBytes(WINDOWS_1252));
        List<Article> articles = ArticleLoader.load(dir, new ArticleLoader.Options(WINDOWS_1252, false));
        assertEquals("Na\u00efve.", articles.get(0).text());
        assertEquals("Caf\u00e9 talks.\n", articles.get(1).text());
    }

    @Test
    void utf16WithAByteOrderMarkIsReadByDefaultAndWithCharsetUtf16() throws IOException {
        String text = "Armenia and Azerbaijan clash near Jermuk – “shelled”.\n";
        byte[] body = text.getBytes(StandardCharsets.UTF_16LE);
        byte[] bytes = new byte[body.length + 2];
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xFE;
        System.arraycopy(body, 0, bytes, 2, body.length);
        Files.write(dir.resolve("a.txt"), bytes);
        Files.write(dir.resolve("b.jsonl"), ("\uFEFF{\"id\": \"b1\", \"text\": \"" + text.strip() + "\"}\n")
                .getBytes(StandardCharsets.UTF_16BE));
        for (Charset charset : List.of(StandardCharsets.UTF_8, StandardCharsets.UTF_16)) {
            List<Article> articles = ArticleLoader.load(dir, new ArticleLoader.Options(charset, true));
            assertEquals(List.of(text, text.strip()), articles.stream().map(Article::text).toList(), charset.name());
        }
    }

    @Test
    void textFilesReadKeepsTheNulCheckForEveryCharset() throws IOException {
        Path file = dir.resolve("x.txt");
        Files.write(file, new byte[] {'a', '\n', 0, 'b'});
        InputException e = assertThrows(InputException.class, () -> TextFiles.read(file, WINDOWS_1252));
        assertHas(e.getMessage(), "x.txt line 2:", "binary file");
        Files.write(file, "caf\u00e9".getBytes(WINDOWS_1252));
        assertEquals("caf\u00e9", TextFiles.read(file, WINDOWS_1252));
    }

    // Files that are not articles

    @Test
    void emptyFileIsRejected() throws IOException {
        write("a.txt", "Text.");
        write("b.html", "");
        assertHas(failure(), "b.html", "the article is empty", "remove the file or give it its text");
    }

    @Test
    void emptyBatchFileIsRejected() throws IOException {
        write("b.jsonl", "\n\n");
        assertHas(failure(), "b.jsonl", "empty");
    }

    @Test
    void pdfWithATextNameIsNotATextArticle() throws IOException {
        Files.write(dir.resolve("report.txt"), "%PDF-1.7\n%\u00e2\u00e3\n1 0 obj".getBytes(StandardCharsets.ISO_8859_1));
        assertHas(failure(), "report.txt", "a PDF document, not a text article");
    }

    @Test
    void binaryFileNamesTheLineOfItsNulByte() throws IOException {
        Files.write(dir.resolve("a.txt"), new byte[] {'A', '\n', 'x', 0, 'y'});
        assertHas(failure(), "a.txt line 2:", "binary file (it holds a NUL byte), not a text article",
                "convert it to UTF-8 text");
    }

    @Test
    void skippedPdfIsAWarningAndWithStrictAnError() throws IOException {
        write("a.txt", "Armenia said so.");
        Files.write(dir.resolve("report.pdf"), "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII));
        assertEquals(List.of("a"), ArticleLoader.load(dir).stream().map(Article::id).toList());
        assertHas(failure(STRICT), "report.pdf:", "a PDF document, not a text article", "remove it", "--strict");
    }

    @Test
    void strictRefusesOtherFilesSubfoldersAndArticlesWithoutWords() throws IOException {
        write("a.txt", "Armenia said so.");
        write("notes.md", "# notes");
        assertHas(failure(STRICT), "notes.md:", "not a text article", "--strict");
        Files.delete(dir.resolve("notes.md"));
        Files.createDirectory(dir.resolve("old"));
        assertHas(failure(STRICT), "old:", "subfolders are not read");
        Files.delete(dir.resolve("old"));
        write("b.txt", "... 123 ---");
        assertEquals(2, ArticleLoader.load(dir).size(), "without --strict it still builds");
        assertHas(failure(STRICT), "b.txt:", "no words, so no sentences");
        Files.delete(dir.resolve("b.txt"));
        write(".hidden", "x");
        assertEquals(1, ArticleLoader.load(dir, STRICT).size(), "hidden files are not warned about");
    }

    @Test
    void fileOverTheSizeLimitSaysItsSizeAndTheLimit() throws IOException {
        Path big = dir.resolve("big.txt");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(ArticleLoader.MAX_FILE_BYTES + 1);
        }
        assertHas(failure(), "big.txt:", "the file is 50.0 MB (52428801 bytes), over the limit of 50 MB",
                "split it");
    }

    @Test
    void fileThatDisappearsBeforeItIsReadSaysToRunAgain() {
        InputException e = assertThrows(InputException.class,
                () -> ArticleFile.read(dir.resolve("gone.txt"), StandardCharsets.UTF_8));
        assertHas(e.getMessage(), "gone.txt:", "disappeared during the build; run the build again");
    }

    @Test
    void manifestRowNamingABatchFileIsRejected() throws IOException {
        write("b.jsonl", "{\"id\": \"b1\", \"text\": \"x\"}\n");
        write(ArticleLoader.MANIFEST, "id,file\nb,b.jsonl\n");
        assertHas(failure(), "articles.csv line 2:", "\"b.jsonl\" is not a .txt, .html or .htm file name",
                "a batch file gives the ids and metadata of its articles itself");
    }

    @Test
    void manifestRowNamingAMissingHtmlFile() throws IOException {
        write("a.txt", "Text.");
        write(ArticleLoader.MANIFEST, "id,file\nx,x.html\n");
        assertHas(failure(), "articles.csv line 2:", "\"x.html\" is not in the articles folder");
    }

    // Batch records

    @Test
    void jsonRecordWithoutIdNamesFileAndLine() throws IOException {
        write("b.jsonl", "{\"id\": \"b1\", \"text\": \"One.\"}\n{\"text\": \"Two.\"}\n");
        assertHas(failure(), "b.jsonl line 2:", "no id");
    }

    @Test
    void jsonRecordWithoutTextNamesFileAndLine() throws IOException {
        write("b.jsonl", "{\"id\": \"b1\", \"title\": \"One\"}\n");
        assertHas(failure(), "b.jsonl line 1:", "\"b1\" has no \"text\"");
    }

    @Test
    void jsonRecordWithEmptyTextNamesFileAndLine() throws IOException {
        write("b.jsonl", "\n{\"id\": \"b1\", \"text\": \"  \"}\n");
        assertHas(failure(), "b.jsonl line 2:", "the text of article \"b1\" is empty");
    }

    @Test
    void jsonRecordWithABadDateOrUrl() throws IOException {
        write("b.jsonl", "{\"id\": \"b1\", \"text\": \"x\", \"date\": \"13/09/2022\"}\n");
        assertHas(failure(), "b.jsonl line 1:", "\"13/09/2022\"", "like 2022-09-13");
        write("b.jsonl", "{\"id\": \"b1\", \"text\": \"x\", \"url\": \"example.org/1\"}\n");
        assertHas(failure(), "b.jsonl line 1:", "\"example.org/1\"", "not a valid absolute address");
    }

    @Test
    void malformedJsonNamesTheLine() throws IOException {
        write("b.jsonl", "{\"id\": \"b1\", \"text\": \"x\"}\n{\"id\": \"b2\", \"text\": \"unterminated}\n");
        assertHas(failure(), "b.jsonl line 2:", "not valid JSON", "one JSON object per line");
        write("b.jsonl", "[\"b1\", \"x\"]\n");
        assertHas(failure(), "b.jsonl line 1:", "expected a JSON object");
        write("b.jsonl", "{\"id\": \"b1\", \"text\": 42}\n");
        assertHas(failure(), "b.jsonl line 1:", "\"text\" must be a string");
    }

    @Test
    void deeplyNestedJsonIsRefusedWithItsLineNotAStackOverflow() throws IOException {
        String deep = "[".repeat(100_000) + "]".repeat(100_000);
        write("b.jsonl", "{\"id\": \"b1\", \"text\": \"One.\"}\n{\"id\": \"b2\", \"text\": \"Two.\", \"x\": "
                + deep + "}\n");
        assertHas(failure(), "b.jsonl line 2:", "nested more than " + BatchReader.MAX_DEPTH + " levels deep",
                "one JSON object per line");
        write("b.jsonl", "{\"id\": \"b1\", \"text\": \"" + "[".repeat(100_000) + " {\"}\n");
        assertEquals(List.of("[".repeat(100_000) + " {"), ArticleLoader.load(dir).stream().map(Article::text).toList(),
                "brackets inside a string are text, not nesting");
        write("b.jsonl", "{\"id\": \"b1\", \"text\": \"One.\", \"authors\": [\"A\", \"B\"]}\n");
        assertEquals(List.of("A", "B"), ArticleLoader.load(dir).get(0).metadata().authors());
    }

    @Test
    void unknownJsonKeyIsAWarningAndWithStrictAnError() throws IOException {
        write("b.jsonl", "{\"id\": \"b1\", \"text\": \"Armenia said so.\", \"lang\": \"en\"}\n");
        assertEquals(1, ArticleLoader.load(dir).size());
        assertHas(failure(STRICT), "b.jsonl line 1:", "unknown key lang", "--strict");
    }

    @Test
    void idThatCannotNameAnArticleIsRefusedWithItsLine() throws IOException {
        write("b.jsonl", "{\"id\": \"b1\", \"text\": \"One.\"}\n{\"id\": \"b\\n2\", \"text\": \"Two.\"}\n");
        assertHas(failure(), "b.jsonl line 2:", "the id \"b\\n2\"", "control character");
        write("b.jsonl", "{\"id\": \"b\\u0000\", \"text\": \"One.\"}\n");
        assertHas(failure(), "b.jsonl line 1:", "control character");
        write("b.jsonl", "{\"id\": \"\\ud800\", \"text\": \"One.\"}\n");
        assertHas(failure(), "b.jsonl line 1:", "not valid Unicode");
        write("b.jsonl", "{\"id\": \"" + "x".repeat(ArticleLoader.MAX_ID_LENGTH + 1) + "\", \"text\": \"One.\"}\n");
        assertHas(failure(), "b.jsonl line 1:", "longer than " + ArticleLoader.MAX_ID_LENGTH + " characters");
        Files.delete(dir.resolve("b.jsonl"));
        write("a.txt", "Armenia said so.");
        write(ArticleLoader.MANIFEST, "id,file\n\"a\tb\",a.txt\n");
        assertHas(failure(), "articles.csv line 2:", "control character");
        write(ArticleLoader.MANIFEST, "id,file\n\"" + "x".repeat(ArticleLoader.MAX_ID_LENGTH) + "\",a.txt\n");
        assertEquals(ArticleLoader.MAX_ID_LENGTH, ArticleLoader.load(dir).get(0).id().length(), "the longest id");
    }

    @Test
    void duplicateIdAcrossFilesNamesBoth() throws IOException {
        write("a.txt", "Text.");
        write("b.jsonl", "{\"id\": \"x1\", \"text\": \"One.\"}\n");
        write("c.csv", "id,title,date,url,text\nx2,,,,Two.\na,,,,Three.\n");
        assertHas(failure(), "c.csv line 3:", "the id \"a\" is also used by a.txt", "its own id");
        write("c.csv", "id,title,date,url,text\nx1,,,,Two.\n");
        assertHas(failure(), "c.csv line 2:", "the id \"x1\" is also used by b.jsonl line 1");
    }

    @Test
    void csvBatchErrorsNameFileAndLine() throws IOException {
        write("c.csv", "id,title,date,url,text\n,,,,No id.\n");
        assertHas(failure(), "c.csv line 2:", "no id");
        write("c.csv", "id,title,date,url,text\nc1,,2022-13-01,,Text.\n");
        assertHas(failure(), "c.csv line 2:", "\"2022-13-01\"", "like 2022-09-13");
        write("c.csv", "id,title,date,url,text\nc1,,,,\n");
        assertHas(failure(), "c.csv line 2:", "no \"text\"");
        write("c.csv", "id,headline,text\nc1,x,Text.\n");
        assertHas(failure(), "c.csv line 1:", "unknown column \"headline\"");
    }
}
