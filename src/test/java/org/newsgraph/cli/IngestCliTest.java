package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code newsgraph build} on each article format and on bad article files, through picocli's
 * {@code execute} with captured output: exit codes 0, 1 and 2 and the one-line messages, with the
 * project's {@code data/} as gazetteer and rules.
 */
class IngestCliTest {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final String ARTICLE = "Armenian Prime Minister Nikol Pashinyan said Azerbaijan had attacked Armenia.\n";

    @TempDir
    Path tmp;

    private Path articles;


    @BeforeEach
    void folder() throws IOException {
        articles = Files.createDirectories(tmp.resolve("articles"));
    }

    private CommandRun build(String... extra) {
        List<String> args = new ArrayList<>(List.of("build", "--articles", articles.toString(),
                "--out", tmp.resolve("out").toString()));
        args.addAll(List.of(extra));
        return CommandRun.of(args);
    }

    private static void built(CommandRun r, int articles) {
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains(": " + articles + " articles,"), r.out());
    }

    private static void failed(CommandRun r, String... parts) {
        assertEquals(1, r.code(), r.err());
        assertFalse(r.err().contains("\tat "), "no stack trace without -v:\n" + r.err());
        assertEquals(1, r.err().strip().lines().count(), "one line:\n" + r.err());
        for (String part : parts) {
            assertTrue(r.err().contains(part), "expected \"" + part + "\" in:\n" + r.err());
        }
    }

    @Test
    void buildsEveryFormat() throws IOException {
        Files.writeString(articles.resolve("a.txt"), ARTICLE);
        Files.writeString(articles.resolve("b.html"), "<html><body><article><p>" + ARTICLE + "</p></article></body></html>");
        Files.writeString(articles.resolve("c.jsonl"), "{\"id\": \"c1\", \"text\": \"Baku denied it.\"}\n"
                + "{\"id\": \"c2\", \"text\": \"Yerevan said so.\"}\n");
        Files.writeString(articles.resolve("d.csv"), "id,title,date,url,text\nd1,,2022-09-13,,Russia urged calm.\n");
        built(build(), 5);
    }

    @Test
    void windows1252NeedsTheCharsetOption() throws IOException {
        Files.write(articles.resolve("a.txt"), ("Armenia\nThe caf\u00e9 in Yerevan was shelled.\n").getBytes(WINDOWS_1252));
        failed(build(), "a.txt line 2", "not valid UTF-8 (byte 0xE9 at offset 15)",
                "convert the file to UTF-8 or pass --charset NAME (e.g. --charset windows-1252)");
        built(build("--charset", "windows-1252"), 1);
    }

    @Test
    void unknownCharsetIsAUsageError() throws IOException {
        Files.writeString(articles.resolve("a.txt"), ARTICLE);
        CommandRun r = build("--charset", "klingon-8");
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("--charset"), r.err());
        assertTrue(r.err().contains("unknown charset \"klingon-8\""), r.err());
    }

    @Test
    void strictTurnsASkippedPdfIntoAnError() throws IOException {
        Files.writeString(articles.resolve("a.txt"), ARTICLE);
        Files.write(articles.resolve("report.pdf"), "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII));
        built(build(), 1);
        failed(build("--strict"), "report.pdf: a PDF document, not a text article", "--strict");
    }

    @Test
    void pdfNamedTxtIsNotATextArticle() throws IOException {
        Files.write(articles.resolve("a.txt"), "%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII));
        failed(build(), "a.txt: this is a PDF document, not a text article");
    }

    @Test
    void emptyArticleFails() throws IOException {
        Files.writeString(articles.resolve("a.txt"), ARTICLE);
        Files.writeString(articles.resolve("b.html"), "  \n");
        failed(build(), "b.html: the article is empty");
    }

    @Test
    void batchErrorNamesFileAndLine() throws IOException {
        Files.writeString(articles.resolve("c.jsonl"), "{\"id\": \"c1\", \"text\": \"Baku denied it.\"}\n"
                + "{\"id\": \"c1\", \"text\": \"Again.\"}\n");
        failed(build(), "c.jsonl line 2: the id \"c1\" is also used by c.jsonl line 1");
    }

    @Test
    void helpShowsTheNewOptions() {
        CommandRun r = build("--help");
        assertEquals(0, r.code());
        assertTrue(r.out().contains("--charset=NAME"), r.out());
        assertTrue(r.out().contains("--strict"), r.out());
    }
}
