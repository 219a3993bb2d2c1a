package org.newsgraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.SampleDataset;
import org.newsgraph.Slow;
import org.newsgraph.build.DatasetBuild;
import org.newsgraph.store.FusekiConfig;
import org.newsgraph.store.ServingRecord;
import org.newsgraph.store.Store;

/**
 * The switch itself, in this process: a request that is running when the server switches to a new
 * build finishes on the database it started on, with the old answer; the old build's folder stays
 * until then, and is removed after.
 */
@Slow
class BuildFollowerTest {
    /** Slow enough to be running at the switch: a count over every pair of triples. */
    static final String SLOW = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?a ?b ?c } GRAPH ?h { ?d ?e ?f } }";
    static final String ARTICLES = "SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a a <https://schema.org/NewsArticle> }";

    @TempDir
    Path tmp;

    @Test
    void aRequestRunningAtTheSwitchFinishesOnTheOldBuild() throws Exception {
        Path articles = tmp.resolve("articles");
        Files.createDirectories(articles);
        try (Stream<Path> files = Files.list(SampleDataset.DATA.resolve("articles"))) {
            for (Path f : files.toList()) {
                Files.copy(f, articles.resolve(f.getFileName()));
            }
        }
        Path out = tmp.resolve("out");
        DatasetBuild.builder().data(SampleDataset.DATA).articles(articles).out(out).build().run();
        Store store = Store.open(out);
        Path old = store.build();
        NewsgraphServer server = NewsgraphServer.builder().dataset(store.dataset()).port(0).ui(false).build().start();
        // no polling during the test: the switch happens when the test asks, after the slow request started
        BuildFollower follower = BuildFollower.start(server, store, out, NewsgraphServer.DEFAULT_MAX_RESULTS,
                Duration.ofHours(1));
        try {
            assertEquals(server.sparqlUrl(), ServingRecord.read(out).orElseThrow().sparql());
            long triples = answer(SparqlHttp.query(server.sparqlUrl(), "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }",
                    "text/csv"));
            Files.writeString(articles.resolve("extra.txt"), "Serbia accused Kosovo of provoking clashes in the north, "
                    + "the Serbian Foreign Ministry said.\n", StandardCharsets.UTF_8);
            // --full: a new build folder, as when the database is held by a server in another process
            DatasetBuild.builder().data(SampleDataset.DATA).articles(articles).out(out).full(true).build().run();
            assertTrue(Files.isDirectory(old), "the build keeps the folder the server holds");

            CompletableFuture<HttpResponse<String>> slow = SparqlHttp.HTTP.sendAsync(
                    HttpRequest.newBuilder(URI.create(server.sparqlUrl() + "?query="
                            + URLEncoder.encode(SLOW, StandardCharsets.UTF_8)))
                            .header("Accept", "text/csv").timeout(SparqlHttp.REQUEST_TIMEOUT).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            String name = "/" + FusekiConfig.SERVICE;
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (server.registry().get(name).requestCount() == 0 && !slow.isDone() && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            assertFalse(slow.isDone(), "the slow query is still running at the switch");
            assertTrue(follower.followCurrent(), "the server switches to the new build");
            assertEquals(3, answer(SparqlHttp.query(server.sparqlUrl(), ARTICLES, "text/csv")),
                    "a new request is answered from the new build");
            assertTrue(Files.isDirectory(old.resolve("tdb2")), "the old build stays while a request runs on it");

            HttpResponse<String> finished = slow.get(60, TimeUnit.SECONDS);
            assertEquals(200, finished.statusCode(), finished.body());
            assertEquals(triples * triples, answer(finished), "the running request finished on the old build");
            deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (Files.exists(old) && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertFalse(Files.exists(old), "the old build is removed once its requests are done");
        } finally {
            server.stop();
            follower.close();
        }
        assertTrue(ServingRecord.read(out).isEmpty(), "the record goes when the server stops");
    }

    static long answer(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
        return Long.parseLong(response.body().lines().skip(1).findFirst().orElseThrow().strip());
    }
}
