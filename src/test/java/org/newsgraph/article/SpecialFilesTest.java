package org.newsgraph.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.InputException;

/**
 * Tests {@link ArticleLoader} on what a folder holds besides plain files: links that lead out of
 * the folder or nowhere, named pipes and devices. None of them is read; each is skipped with a
 * warning that names it (an error with {@code --strict}), and none can hang the build.
 */
class SpecialFilesTest {
    private static final ArticleLoader.Options STRICT = new ArticleLoader.Options(StandardCharsets.UTF_8, true);
    private static final String SECRET = "root:x:0:0:secret words:/root:/bin/bash\n";

    @TempDir
    Path tmp;

    private Path dir;
    private Path outside;

    @BeforeEach
    void folders() throws IOException {
        dir = Files.createDirectories(tmp.resolve("articles"));
        outside = Files.createDirectories(tmp.resolve("elsewhere"));
        Files.writeString(dir.resolve("a.txt"), "Armenia said so.\n");
        Files.writeString(outside.resolve("passwd"), SECRET);
    }

    private static void link(Path link, Path target) throws IOException {
        try {
            Files.createSymbolicLink(link, target);
        } catch (UnsupportedOperationException | IOException e) {
            assumeTrue(false, "this file system makes no symbolic links: " + e);
        }
    }

    private List<String> ids(ArticleLoader.Options options) {
        return ArticleLoader.load(dir, options).stream().map(Article::id).toList();
    }

    private String strictFailure() {
        return assertThrows(InputException.class, () -> ArticleLoader.load(dir, STRICT)).getMessage();
    }

    private static void assertHas(String message, String... parts) {
        for (String part : parts) {
            assertTrue(message.contains(part), () -> "expected \"" + part + "\" in: " + message);
        }
    }

    @Test
    void linkToAFileOutsideTheFolderIsNotRead() throws IOException {
        link(dir.resolve("passwd.txt"), outside.resolve("passwd"));
        List<Article> articles = ArticleLoader.load(dir);
        assertEquals(List.of("a"), articles.stream().map(Article::id).toList());
        assertFalse(articles.stream().anyMatch(a -> a.text().contains("secret")), "the linked file is not read");
        assertHas(strictFailure(), "passwd.txt:", "a link to", "passwd", "outside the articles folder",
                "--strict");
    }

    @Test
    void relativeLinkThatClimbsOutOfTheFolderIsNotRead() throws IOException {
        link(dir.resolve("up.txt"), Path.of("..", "elsewhere", "passwd"));
        assertEquals(List.of("a"), ids(ArticleLoader.Options.defaults()));
        assertHas(strictFailure(), "up.txt:", "outside the articles folder");
    }

    @Test
    void linkToAnotherFileOfTheFolderIsRead() throws IOException {
        Files.writeString(dir.resolve(".draft"), "Azerbaijan said so.\n");
        link(dir.resolve("b.txt"), Path.of(".draft"));
        assertEquals(List.of("a", "b"), ids(STRICT));
    }

    @Test
    void brokenLinkIsSkippedAndNamesItsTarget() throws IOException {
        link(dir.resolve("gone.txt"), outside.resolve("no-such-file.txt"));
        assertEquals(List.of("a"), ids(ArticleLoader.Options.defaults()));
        String message = strictFailure();
        assertHas(message, "gone.txt:", "a broken link", "no-such-file.txt");
        assertFalse(message.contains("disappeared"), message);
    }

    @Test
    void brokenLinkReadDirectlyIsNotCalledDisappeared() throws IOException {
        link(dir.resolve("gone.txt"), Path.of("no-such-file.txt"));
        InputException e = assertThrows(InputException.class,
                () -> ArticleFile.read(dir.resolve("gone.txt"), StandardCharsets.UTF_8));
        assertHas(e.getMessage(), "gone.txt:", "a broken link", "no-such-file.txt");
    }

    @Test
    void manifestThatLinksOutsideTheFolderIsRefused() throws IOException {
        Files.writeString(outside.resolve("articles.csv"), "id,file\nx,a.txt\n");
        link(dir.resolve(ArticleLoader.MANIFEST), outside.resolve("articles.csv"));
        InputException e = assertThrows(InputException.class, () -> ArticleLoader.load(dir));
        assertHas(e.getMessage(), "articles.csv:", "outside the articles folder");
    }

    @Test
    void namedPipeIsSkippedWithoutWaitingForAWriter() throws Exception {
        Path pipe = dir.resolve("pipe.txt");
        mkfifo(pipe);
        List<String> ids = assertTimeoutPreemptively(Duration.ofSeconds(30),
                () -> ids(ArticleLoader.Options.defaults()), "a named pipe must not be opened");
        assertEquals(List.of("a"), ids);
        String message = assertTimeoutPreemptively(Duration.ofSeconds(30), this::strictFailure);
        assertHas(message, "pipe.txt:", "a named pipe", "not a regular file");
    }

    @Test
    void namedPipeMentionedInTheManifestIsRefusedWithoutWaiting() throws Exception {
        mkfifo(dir.resolve("pipe.txt"));
        Files.writeString(dir.resolve(ArticleLoader.MANIFEST), "id,file\np,pipe.txt\n");
        InputException e = assertTimeoutPreemptively(Duration.ofSeconds(30),
                () -> assertThrows(InputException.class, () -> ArticleLoader.load(dir)));
        assertHas(e.getMessage(), "pipe.txt", "a named pipe");
    }

    @Test
    void deviceIsNotAnArticleNorOverTheSizeLimit() {
        Path zero = Path.of("/dev/zero");
        assumeTrue(Files.exists(zero) && !Files.isRegularFile(zero), "a Unix system with /dev/zero");
        InputException e = assertTimeoutPreemptively(Duration.ofSeconds(30),
                () -> assertThrows(InputException.class, () -> ArticleFile.read(zero, StandardCharsets.UTF_8)));
        assertHas(e.getMessage(), "a character device", "not a regular file");
        assertFalse(e.getMessage().contains("over the limit"), e.getMessage());
    }

    private static void mkfifo(Path pipe) throws Exception {
        Process p;
        try {
            p = new ProcessBuilder("mkfifo", pipe.toString()).redirectErrorStream(true).start();
        } catch (IOException e) {
            assumeTrue(false, "no mkfifo here: " + e.getMessage());
            return;
        }
        assumeTrue(p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0 && Files.exists(pipe), "mkfifo failed");
    }
}
