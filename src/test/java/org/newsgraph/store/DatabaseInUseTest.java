package org.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.SampleDataset;
import org.newsgraph.Slow;
import org.newsgraph.StoreException;
import org.newsgraph.build.BuildSummary;
import org.newsgraph.build.DatasetBuild;
import org.newsgraph.cli.CommandRun;

/**
 * A dataset whose database another process holds (a stock Fuseki, a build in the middle of an
 * update): the error names that process rather than guessing; {@code query} waits for a build
 * that is updating the database and then answers; a build never deletes a build folder another
 * process still holds, and the next build removes it once it is free.
 */
@Slow
class DatabaseInUseTest {
    static final String COUNT_ARTICLES = "PREFIX schema: <https://schema.org/> "
            + "SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a a schema:NewsArticle }";

    @TempDir
    static Path tmp;
    static Path articles;
    static Path out;
    static OtherProcess other;

    @BeforeAll
    static void buildAndStartTheOtherProcess() throws IOException {
        articles = SampleDataset.copyArticles(tmp.resolve("articles"));
        out = tmp.resolve("out");
        build();
        other = OtherProcess.start(tmp);
    }

    @AfterAll
    static void stopTheOtherProcess() {
        other.close();
    }

    @AfterEach
    void release() throws IOException {
        other.release();
    }

    static BuildSummary build() {
        return DatasetBuild.builder().data(SampleDataset.DATA).articles(articles).out(out).build().run();
    }

    static Path current() throws IOException {
        return out.resolve("current").toRealPath();
    }

    @Test
    void theErrorNamesTheProcessThatHoldsTheDatabase() throws IOException {
        other.open(current().resolve("tdb2"));
        StoreException e = assertThrows(StoreException.class, () -> Store.open(out));
        assertTrue(e.getMessage().contains("process " + other.pid()), e.getMessage());
        assertTrue(e.getMessage().contains(OtherProcess.class.getName()), "its command line: " + e.getMessage());
        assertFalse(e.getMessage().contains("newsgraph serve"), "no newsgraph server holds it: " + e.getMessage());
        CommandRun r = CommandRun.of("query", "--db", out.toString(), "--sparql", COUNT_ARTICLES);
        assertEquals(1, r.code(), r.out());
        assertTrue(r.err().contains("process " + other.pid()), r.err());
    }

    @Test
    void queryWaitsForABuildThatIsUpdatingTheDatabase() throws Exception {
        // As an incremental build does: the build lock, then the database for its write.
        other.lock(out.resolve(".build.lock"));
        other.open(current().resolve("tdb2"));
        long started = System.nanoTime();
        Thread finishing = new Thread(() -> {
            try {
                Thread.sleep(1500);
                other.release();
            } catch (InterruptedException | IOException e) {
                throw new IllegalStateException(e);
            }
        });
        finishing.start();
        CommandRun r = CommandRun.of("query", "--db", out.toString(), "--format", "csv", "--sparql", COUNT_ARTICLES);
        long waited = (System.nanoTime() - started) / 1_000_000;
        finishing.join();
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().lines().skip(1).findFirst().orElse("").matches("\\d+"), r.out());
        assertTrue(waited >= 1000, "answered after the build let go of the database, not before: " + waited + " ms");
    }

    @Test
    void aBuildLeavesAFolderAnotherProcessHoldsAndTheNextBuildRemovesIt() throws IOException {
        Path held = current();
        other.open(held.resolve("tdb2"));
        Files.writeString(articles.resolve("extra.txt"), "India and Pakistan agreed to a ceasefire along the Line of "
                + "Control, the Indian army said on Thursday.\n", StandardCharsets.UTF_8);
        BuildSummary rebuilt = build();
        assertFalse(rebuilt.incremental(), "the database is held, so the build makes a new one");
        assertNotEquals(held, current());
        assertTrue(Files.isDirectory(held.resolve("tdb2")), "a build never deletes a folder another process holds");
        other.release();
        build();
        try (Stream<Path> builds = Files.list(out.resolve("builds"))) {
            assertEquals(List.of(current()), builds.map(p -> {
                try {
                    return p.toRealPath();
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }).toList(), "the next build removes the folder once it is free");
        }
    }
}
