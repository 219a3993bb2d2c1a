package org.newsgraph.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.InputException;

/**
 * Reading articles from files whose bytes come from elsewhere (a Hadoop file system), one file at
 * a time with its manifest row, as the build on Spark does: the same articles as the folder's loader.
 */
class ArticleBytesTest {
    @TempDir
    Path dir;

    @Test
    void fileByFileGivesTheLoadersArticles() throws IOException {
        for (Path folder : List.of(Path.of("data/articles"), Path.of("data/eval/articles"))) {
            Manifest manifest = Manifest.read(folder.resolve(ArticleLoader.MANIFEST));
            List<Article> read = new ArrayList<>();
            for (Path file : files(folder)) {
                String name = file.getFileName().toString();
                read.addAll(ArticleLoader.read(Path.of(name), Files.readAllBytes(file), ArticleLoader.Options.defaults(),
                        manifest.entry(name).orElse(null)));
            }
            assertEquals(ArticleLoader.load(folder), read, folder.toString());
        }
    }

    @Test
    void aBatchFileGivesItsArticles() {
        byte[] jsonl = "{\"id\": \"a1\", \"text\": \"Armenia said so.\"}\n{\"id\": \"a2\", \"text\": \"Baku denied it.\"}\n"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        List<Article> articles = ArticleLoader.read(Path.of("b.jsonl"), jsonl, ArticleLoader.Options.defaults(), null);
        assertEquals(List.of("a1", "a2"), articles.stream().map(Article::id).toList());
        assertEquals("b.jsonl#2", articles.get(1).fileName());
    }

    @Test
    void whatIsNotAnArticleIsRefused() {
        String message = assertThrows(InputException.class, () -> ArticleLoader.read(Path.of("x.txt"),
                "%PDF-1.4 ...".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1), ArticleLoader.Options.defaults(),
                null)).getMessage();
        assertTrue(message.contains("a PDF document"), message);
        assertTrue(ArticleLoader.isArticleFile("a.jsonl") && ArticleLoader.isArticleFile("a.HTM"));
        assertTrue(!ArticleLoader.isArticleFile(".a.txt") && !ArticleLoader.isArticleFile(ArticleLoader.MANIFEST)
                && !ArticleLoader.isArticleFile("a.pdf"));
    }

    @Test
    void aManifestRowWithoutItsFileIsAnError() throws IOException {
        Files.writeString(dir.resolve(ArticleLoader.MANIFEST), "id,file\na,a.txt\nb,b.txt\n");
        Manifest manifest = Manifest.read(dir.resolve(ArticleLoader.MANIFEST));
        assertEquals("a", manifest.entry("a.txt").orElseThrow().id());
        manifest.checkListed(List.of("a.txt", "b.txt", "c.txt"), Map.of());
        String message = assertThrows(InputException.class, () -> manifest.checkListed(List.of("a.txt"), Map.of()))
                .getMessage();
        assertTrue(message.contains("line 3") && message.contains("\"b.txt\" is not in the articles folder"), message);
    }

    private static List<Path> files(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> ArticleLoader.isArticleFile(f.getFileName().toString())).sorted().toList();
        }
    }
}
