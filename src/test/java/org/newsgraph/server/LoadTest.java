package org.newsgraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.resultset.ResultsCompare;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.SampleDataset;
import org.newsgraph.Slow;
import org.newsgraph.query.QueryRunner;
import org.newsgraph.query.ResultFormat;
import org.newsgraph.store.Store;
import org.newsgraph.io.TextFiles;

/**
 * Every query in {@code queries/} from {@value #CLIENTS} concurrent clients against the embedded
 * server on 127.0.0.1, bounded to {@value #REQUESTS} requests or {@value #SECONDS} seconds,
 * whichever comes first. Each answer must be the answer {@link QueryRunner} gives locally, term
 * for term and in the same order.
 */
@Slow
class LoadTest {
    static final int CLIENTS = 8;
    static final int REQUESTS = 250;
    static final int SECONDS = 20;
    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);
    static final String JSON = "application/sparql-results+json";

    @TempDir
    Path tmp;

    /** One competency query with its local answer as SPARQL results JSON. */
    record Case(String name, String sparql, byte[] expected) {
    }

    @Test
    void concurrentClientsGetTheLocalAnswers() throws Exception {
        try (Store store = Store.open(SampleDataset.build(tmp))) {
            List<Case> cases = cases(store);
            assertFalse(cases.isEmpty(), "queries/ holds no query");
            NewsgraphServer server = NewsgraphServer.builder().dataset(store.dataset()).host("127.0.0.1").port(0)
                    .ui(false).build().start();
            ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
            try {
                AtomicInteger issued = new AtomicInteger();
                AtomicInteger done = new AtomicInteger();
                AtomicInteger errors = new AtomicInteger();
                AtomicInteger wrong = new AtomicInteger();
                Queue<String> problems = new ConcurrentLinkedQueue<>();
                long start = System.nanoTime();
                long deadline = start + TimeUnit.SECONDS.toNanos(SECONDS);
                List<Future<?>> running = new ArrayList<>();
                for (int c = 0; c < CLIENTS; c++) {
                    running.add(clients.submit(() -> {
                        for (int i = issued.getAndIncrement(); i < REQUESTS && System.nanoTime() < deadline;
                                i = issued.getAndIncrement()) {
                            Case q = cases.get(i % cases.size());
                            done.incrementAndGet();
                            try {
                                HttpResponse<byte[]> response = send(server.sparqlUrl(), q.sparql());
                                if (response.statusCode() != 200) {
                                    errors.incrementAndGet();
                                    problems.add(q.name() + ": HTTP " + response.statusCode());
                                } else if (!sameAnswer(q.expected(), response.body())) {
                                    wrong.incrementAndGet();
                                    problems.add(q.name() + ": a different answer:\n"
                                            + new String(response.body(), StandardCharsets.UTF_8));
                                }
                            } catch (IOException | RuntimeException e) {
                                errors.incrementAndGet();
                                problems.add(q.name() + ": " + e);
                            } catch (InterruptedException e) {
                                Thread.currentThread().interrupt();
                                return;
                            }
                        }
                    }));
                }
                for (Future<?> client : running) {
                    client.get(SECONDS + 2 * REQUEST_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
                }
                double seconds = (System.nanoTime() - start) / 1e9;
                int requests = done.get();
                System.out.printf("load test: %d requests, %.1f queries/s, %d errors, %d wrong answers%n",
                        requests, requests / seconds, errors.get(), wrong.get());
                assertEquals(0, errors.get(), () -> String.join("\n", problems));
                assertEquals(0, wrong.get(), () -> String.join("\n", problems));
                assertTrue(requests >= cases.size(), "every query ran at least once: " + requests + " requests");
            } finally {
                clients.shutdownNow();
                server.stop();
            }
        }
    }

    /** The queries in {@code queries/} but the federated ones, each with its answer from {@link QueryRunner}. */
    static List<Case> cases(Store store) throws IOException {
        List<Case> cases = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("queries"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".rq")).sorted().toList()) {
                String sparql = TextFiles.readUtf8(file);
                if (sparql.contains("SERVICE <")) {
                    continue; // federated (asks Wikidata): needs the network, tested in WikidataQueriesTest
                }
                ByteArrayOutputStream local = new ByteArrayOutputStream();
                QueryRunner.run(store.dataset(), QueryRunner.parse(file, sparql), ResultFormat.JSON, local);
                cases.add(new Case(file.getFileName().toString(), sparql, local.toByteArray()));
            }
        }
        return cases;
    }

    static HttpResponse<byte[]> send(String endpoint, String sparql) throws IOException, InterruptedException {
        return SparqlHttp.HTTP.send(HttpRequest.newBuilder(URI.create(endpoint))
                .timeout(REQUEST_TIMEOUT).header("Accept", JSON).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(sparql, StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** Both answers parsed, compared term by term and row by row in order. */
    static boolean sameAnswer(byte[] expected, byte[] actual) {
        ResultSet want = ResultSetMgr.read(new ByteArrayInputStream(expected), ResultSetLang.RS_JSON);
        ResultSet got = ResultSetMgr.read(new ByteArrayInputStream(actual), ResultSetLang.RS_JSON);
        return ResultsCompare.equalsByTermAndOrder(want, got);
    }
}
