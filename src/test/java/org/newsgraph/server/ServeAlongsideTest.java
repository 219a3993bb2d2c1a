package org.newsgraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.SampleDataset;
import org.newsgraph.Slow;
import org.newsgraph.build.BuildSummary;
import org.newsgraph.build.DatasetBuild;
import org.newsgraph.cli.CommandRun;

/**
 * The natural flow, with a real server: {@code newsgraph serve} runs in a process of its own on a
 * free port (as in one terminal) while {@code query}, {@code validate} and {@code build} run here (as
 * in another). Reading commands work while the server holds the database; a rebuild goes into a
 * new build folder, the server switches to it and says so in its log, and the folder it served
 * before is removed once it let go of it.
 */
@Slow
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ServeAlongsideTest {
    static final String COUNT_ARTICLES = "PREFIX schema: <https://schema.org/> "
            + "SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a a schema:NewsArticle }";
    static final Duration PATIENCE = Duration.ofSeconds(60);
    static final int MAX_RESULTS = 50;

    @TempDir
    static Path tmp;
    static Path articles;
    static Path out;
    static Path log;
    static Process serve;
    static String sparql;

    @BeforeAll
    static void buildAndServe() throws Exception {
        articles = SampleDataset.copyArticles(tmp.resolve("articles"));
        out = tmp.resolve("out");
        build();
        log = tmp.resolve("serve.log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        serve = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), "org.newsgraph.cli.Main",
                "serve", "--db", out.toString(), "--port", "0", "--max-results", "" + MAX_RESULTS)
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        sparql = await("the server to start", () -> logMatch("SPARQL endpoint: (\\S+)"));
    }

    @AfterAll
    static void stopServer() throws InterruptedException {
        if (serve != null && serve.isAlive()) {
            serve.destroyForcibly().waitFor(20, TimeUnit.SECONDS);
        }
    }

    static BuildSummary build() {
        return DatasetBuild.builder().data(SampleDataset.DATA).articles(articles).out(out).build().run();
    }

    @Test
    @Order(1)
    void queryAnswersWhileTheServerHoldsTheDatabase() {
        assertEquals(List.of("n", "2"), csv(query("--format", "csv", "--sparql", COUNT_ARTICLES)));
        CommandRun table = query("queries/entities.rq");
        assertTrue(table.out().contains("entity:armenia"), table.out());
        CommandRun capped = query("--format", "csv", "queries/entities.rq");
        assertEquals(MAX_RESULTS + 1, csv(capped).size(), "the server's row cap applies: " + capped.out());
        assertTrue(capped.err().contains("the server answers at most " + MAX_RESULTS + " rows"),
                "and query says the answer may be cut: " + capped.err());
    }

    @Test
    @Order(2)
    void validateChecksTheServedDataset() {
        CommandRun r = CommandRun.of("validate", "--db", out.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("conforms"), r.out());
    }

    @Test
    @Order(3)
    void aRebuildIsServedOnceItIsPublishedAndTheOldBuildRemoved() throws Exception {
        Path served = current();
        Files.writeString(articles.resolve("extra.txt"), "Serbia accused Kosovo of provoking clashes in the north, "
                + "killing two police officers, the Serbian Foreign Ministry said on Sunday.\n", StandardCharsets.UTF_8);
        BuildSummary rebuilt = build();
        assertEquals(3, rebuilt.articles());
        assertFalse(rebuilt.incremental(), "the server holds the database, so the build makes a new one");
        Path next = current();
        assertNotEquals(served, next);

        await("the server to answer from the new build", () -> countOverHttp().filter("3"::equals));
        await("the server to log the switch", () -> logMatch("(now serving " + next.getFileName() + " \\(3 articles\\))"));
        await("the superseded build to be removed", () -> Files.exists(served) ? Optional.empty() : Optional.of(true));
        assertTrue(Files.isDirectory(next.resolve("tdb2")));
        assertEquals(List.of("n", "3"), csv(query("--format", "csv", "--sparql", COUNT_ARTICLES)));
        assertEquals(0, CommandRun.of("validate", "--db", out.toString()).code());
    }

    @Test
    @Order(4)
    void aServerThatStopsLeavesTheDatasetToTheOtherCommands() throws Exception {
        serve.destroy();
        assertTrue(serve.waitFor(30, TimeUnit.SECONDS), "the server stops on SIGTERM");
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(List.of(), files.filter(f -> f.getFileName().toString().contains("serve")).toList(),
                    "the server's record is removed when it stops");
        }
        assertEquals(List.of("n", "3"), csv(query("--format", "csv", "--sparql", COUNT_ARTICLES)));
    }

    static CommandRun query(String... args) {
        String[] all = new String[args.length + 3];
        all[0] = "query";
        all[1] = "--db";
        all[2] = out.toString();
        System.arraycopy(args, 0, all, 3, args.length);
        CommandRun r = CommandRun.of(all);
        assertEquals(0, r.code(), r.err());
        return r;
    }

    static List<String> csv(CommandRun r) {
        return r.out().lines().filter(l -> !l.isEmpty()).toList();
    }

    static Path current() throws IOException {
        return out.resolve("current").toRealPath();
    }

    static Optional<String> countOverHttp() {
        try {
            HttpResponse<String> r = SparqlHttp.query(sparql, COUNT_ARTICLES, "text/csv");
            return r.statusCode() == 200 ? Optional.of(r.body().lines().skip(1).findFirst().orElse("").strip())
                    : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    static Optional<String> logMatch(String regex) {
        try {
            Matcher m = Pattern.compile(regex).matcher(Files.readString(log, StandardCharsets.UTF_8));
            return m.find() ? Optional.of(m.group(1)) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Polls until {@code probe} gives a value, failing with the server's log after {@link #PATIENCE}. */
    static <T> T await(String what, Supplier<Optional<T>> probe) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            Optional<T> value = probe.get();
            if (value.isPresent()) {
                return value.get();
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        String text;
        try {
            text = Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            text = "(no log: " + e.getMessage() + ")";
        }
        throw new AssertionError("waited " + PATIENCE.toSeconds() + " s for " + what + "; server log:\n" + text);
    }
}
