package org.newsgraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.Slow;

/**
 * {@code --timeout} stops the work, not only the answer: a regular expression with catastrophic
 * backtracking is one long call inside the query engine, and every way SPARQL has to run one
 * must give up at the timeout and leave the server idle. One server, on an in-memory TDB2
 * dataset as {@code serve} uses, with a one-second timeout.
 */
@Slow
class QueryTimeoutTest {
    /** 30 letters and a mismatch. */
    static final String TEXT = "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!";
    /**
     * Catastrophic backtracking on {@link #TEXT}: over half a minute for Java's matcher (the back
     * reference defeats its memoisation of nested repeats), as a SPARQL string's content.
     */
    static final String PATTERN = "^(a+)+\\\\1$";
    static final Duration TIMEOUT = Duration.ofSeconds(1);
    /** How long an answer may take: the timeout and some slack for a busy machine. */
    static final Duration PROMPT = TIMEOUT.plusSeconds(4);

    static NewsgraphServer server;

    @BeforeAll
    static void start() {
        Dataset dataset = TDB2Factory.createDataset();
        Txn.executeWrite(dataset, () -> {
            Model graph = dataset.getNamedModel("urn:ex:g");
            graph.add(graph.createResource("urn:ex:s"), graph.createProperty("urn:ex:text"), TEXT);
        });
        server = NewsgraphServer.builder().dataset(dataset).port(0).timeout(TIMEOUT.toSeconds()).ui(false).build().start();
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    @Test
    void aBacktrackingRegexAnswersAtTheTimeoutAndStopsWorking() throws Exception {
        assertStopsAtTheTimeout("SELECT * { FILTER(REGEX(\"" + TEXT + "\", \"" + PATTERN + "\")) }");
        assertAnswersPromptly();
    }

    @Test
    void everyWayToRunARegexStopsAtTheTimeout() throws Exception {
        Map<String, String> queries = new LinkedHashMap<>();
        queries.put("REGEX over data", "SELECT ?s { GRAPH ?g { ?s <urn:ex:text> ?t } FILTER(REGEX(?t, \"" + PATTERN + "\")) }");
        queries.put("REGEX in ORDER BY", "SELECT ?x { VALUES ?x { 1 2 } } ORDER BY (REGEX(\"" + TEXT + "\", \"" + PATTERN + "\"))");
        queries.put("REPLACE", "SELECT (REPLACE(\"" + TEXT + "\", \"" + PATTERN + "\", \"b\") AS ?r) {}");
        queries.put("fn:matches", "PREFIX fn: <http://www.w3.org/2005/xpath-functions#> "
                + "ASK { FILTER(fn:matches(\"" + TEXT + "\", \"" + PATTERN + "\")) }");
        queries.put("fn:replace", "PREFIX fn: <http://www.w3.org/2005/xpath-functions#> "
                + "SELECT (fn:replace(\"" + TEXT + "\", \"" + PATTERN + "\", \"b\") AS ?r) {}");
        queries.put("a function named by its Java class", "SELECT * { FILTER(<java:org.apache.jena.sparql.function.library.FN_Matches>(\""
                + TEXT + "\", \"" + PATTERN + "\")) }");
        queries.put("apf:strSplit", "PREFIX apf: <http://jena.apache.org/ARQ/property#> "
                + "SELECT ?part { ?part apf:strSplit (\"" + TEXT + "\" \"(a+)+\\\\1$\") }");
        for (Map.Entry<String, String> query : queries.entrySet()) {
            assertStopsAtTheTimeout(query.getValue());
        }
        assertAnswersPromptly();
    }

    /** The query is answered with a timeout error soon after the timeout, and no server thread keeps working on it. */
    static void assertStopsAtTheTimeout(String sparql) throws Exception {
        long start = System.nanoTime();
        HttpResponse<String> response = SparqlHttp.HTTP.send(HttpRequest.newBuilder(URI.create(server.sparqlUrl()))
                .timeout(PROMPT.plusSeconds(5)).header("Accept", "text/csv")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(sparql, StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofString());
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertEquals(503, response.statusCode(), sparql + "\n" + response.body());
        assertTrue(took.compareTo(PROMPT) < 0, "answered after " + took + ": " + sparql);
        assertIdle(sparql);
    }

    /** The server's threads use (almost) no CPU over half a second. */
    static void assertIdle(String after) throws InterruptedException {
        long before = serverCpuNanos();
        Thread.sleep(500);
        Duration used = Duration.ofNanos(serverCpuNanos() - before);
        assertTrue(used.compareTo(Duration.ofMillis(150)) < 0, "the server kept working (" + used + " of CPU in 0.5 s) after: " + after);
    }

    /** CPU time of the server's request threads (Jetty's pool, "qtp…"). */
    static long serverCpuNanos() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long total = 0;
        for (ThreadInfo thread : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (thread != null && thread.getThreadName().startsWith("qtp")) {
                total += Math.max(0, threads.getThreadCpuTime(thread.getThreadId()));
            }
        }
        return total;
    }

    static void assertAnswersPromptly() throws Exception {
        long start = System.nanoTime();
        HttpResponse<String> ask = SparqlHttp.query(server.sparqlUrl(), "ASK { GRAPH ?g { ?s ?p ?o } }", "text/csv");
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertEquals(200, ask.statusCode(), ask.body());
        assertTrue(ask.body().strip().endsWith("true"), ask.body());
        assertTrue(took.compareTo(Duration.ofSeconds(2)) < 0, "a cheap query took " + took);
    }
}
