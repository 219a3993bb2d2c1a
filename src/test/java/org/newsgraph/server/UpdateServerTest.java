package org.newsgraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.query.DatasetFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.LogCapture;

/**
 * What a client can make a server with {@code --update} do beyond changing the data: read local
 * files or call other servers ({@code LOAD}, {@code SERVICE} inside an update, a JSON-LD upload's
 * remote context), or keep it busy past the timeout; and that it does call an endpoint it is
 * allowed to. One server for the class.
 */
class UpdateServerTest {
    static final String SECRET = "SECRET-7f3a9c";
    /** The listener's path that the server may call as a SPARQL endpoint. */
    static final String ALLOWED = "/allowed/sparql";

    @TempDir
    static Path tmp;
    static NewsgraphServer server;
    static String update;
    /** A web server standing for an internal service: it counts the requests it gets but at {@link #ALLOWED}. */
    static HttpServer listener;
    static final AtomicInteger listenerRequests = new AtomicInteger();

    @BeforeAll
    static void start() throws IOException {
        listener = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        listener.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            boolean allowed = path.equals(ALLOWED);
            if (!allowed) {
                listenerRequests.incrementAndGet();
            }
            byte[] body = (allowed ? "{\"head\": {\"vars\": [\"s\"]}, \"results\": {\"bindings\": "
                    + "[{\"s\": {\"type\": \"uri\", \"value\": \"urn:ex:remote\"}}]}}"
                    : "<urn:ex:fetched> <urn:ex:p> \"" + SECRET + "\" .\n").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", allowed ? "application/sparql-results+json" : "text/turtle");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        listener.start();
        server = NewsgraphServer.builder().dataset(DatasetFactory.createTxnMem()).port(0).update(true)
                .serviceEndpoints(List.of(internal(ALLOWED))).timeout(QueryTimeoutTest.TIMEOUT.toSeconds()).ui(false)
                .build().start();
        update = server.baseUrl() + "newsgraph/update";
    }

    @AfterAll
    static void stop() {
        listener.stop(0);
        server.stop();
    }

    static String internal(String path) {
        return "http://127.0.0.1:" + listener.getAddress().getPort() + path;
    }

    static HttpResponse<String> update(String sparql) throws IOException, InterruptedException {
        return SparqlHttp.post(update, "application/sparql-update", sparql);
    }

    static boolean ask(String sparql) throws IOException, InterruptedException {
        HttpResponse<String> ask = SparqlHttp.query(server.sparqlUrl(), sparql, "text/csv");
        assertEquals(200, ask.statusCode(), ask.body());
        return ask.body().strip().endsWith("true");
    }

    @Test
    void refusesToLoadALocalFile() throws Exception {
        Path rdf = Files.writeString(tmp.resolve("secret.ttl"), "<urn:ex:file> <urn:ex:p> \"" + SECRET + "\" .\n");
        Path text = Files.writeString(tmp.resolve("secret.txt"), SECRET + " is not RDF\n");
        for (Path file : new Path[] {rdf, text}) {
            for (String load : new String[] {"LOAD <" + file.toUri() + ">", "LOAD SILENT <" + file.toUri() + "> INTO GRAPH <urn:ex:loaded>"}) {
                HttpResponse<String> response = update(load);
                assertTrue(response.statusCode() >= 400, load + ": " + response.statusCode());
                assertFalse(response.body().contains(SECRET), "the answer shows nothing of the file: " + response.body());
                assertTrue(response.body().contains("LOAD"), "says why: " + response.body());
            }
        }
        assertFalse(ask("ASK { { ?s ?p \"" + SECRET + "\" } UNION { GRAPH ?g { ?s ?p \"" + SECRET + "\" } } }"), "nothing loaded");
    }

    @Test
    void neverCallsAnotherServerFromAnUpdate() throws Exception {
        HttpResponse<String> load = update("LOAD <" + internal("/data.ttl") + "> INTO GRAPH <urn:ex:loaded>");
        assertTrue(load.statusCode() >= 400, "LOAD refused: " + load.statusCode());
        HttpResponse<String> service = update("INSERT { GRAPH <urn:ex:copied> { ?s ?p ?o } } WHERE { SERVICE <"
                + internal("/sparql") + "> { ?s ?p ?o } }");
        assertTrue(service.statusCode() >= 400, "SERVICE refused: " + service.statusCode() + " " + service.body());
        HttpResponse<String> jsonLd;
        try (LogCapture log = LogCapture.start()) {
            jsonLd = SparqlHttp.post(server.baseUrl() + "newsgraph/data?graph=urn:ex:jsonld", "application/ld+json",
                    "{\"@context\": \"" + internal("/context.jsonld") + "\", \"@id\": \"urn:ex:j\", \"name\": \"x\"}");
            assertTrue(log.text().contains("this server loads no JSON-LD context"), "the refusal is logged: " + log.text());
        }
        assertTrue(jsonLd.statusCode() >= 400, "a remote JSON-LD context refused: " + jsonLd.statusCode());
        assertTrue(jsonLd.body().contains("context"), "says why: " + jsonLd.body());
        HttpResponse<String> rdfXml = SparqlHttp.post(server.baseUrl() + "newsgraph/data?graph=urn:ex:rdfxml", "application/rdf+xml",
                "<?xml version=\"1.0\"?>\n<!DOCTYPE rdf:RDF [<!ENTITY secret SYSTEM \"" + internal("/entity") + "\">]>\n"
                + "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" xmlns:ex=\"urn:ex:\">"
                + "<rdf:Description rdf:about=\"urn:ex:x\"><ex:p>&secret;</ex:p></rdf:Description></rdf:RDF>");
        assertFalse(rdfXml.body().contains(SECRET), "no external XML entity: " + rdfXml.body());
        assertEquals(0, listenerRequests.get(), "requests the server sent to the listener");
        assertFalse(ask("ASK { GRAPH ?g { ?s ?p \"" + SECRET + "\" } }"), "nothing fetched");
    }

    @Test
    void callsAnAllowedEndpoint() throws Exception {
        HttpResponse<String> federated = SparqlHttp.query(server.sparqlUrl(),
                "SELECT ?s { SERVICE <" + internal(ALLOWED) + "> { ?s ?p ?o } }", "text/csv");
        assertEquals(200, federated.statusCode(), federated.body());
        assertTrue(federated.body().contains("urn:ex:remote"), federated.body());
    }

    @Test
    void takesJsonLdWithItsContextInline() throws Exception {
        HttpResponse<String> jsonLd = SparqlHttp.post(server.baseUrl() + "newsgraph/data?graph=urn:ex:inline", "application/ld+json",
                "{\"@context\": {\"name\": \"urn:ex:name\"}, \"@id\": \"urn:ex:j\", \"name\": \"inline\"}");
        assertEquals(2, jsonLd.statusCode() / 100, jsonLd.statusCode() + " " + jsonLd.body());
        assertTrue(ask("ASK { GRAPH <urn:ex:inline> { <urn:ex:j> <urn:ex:name> \"inline\" } }"));
    }

    @Test
    void aBacktrackingRegexInAnUpdateStopsAtTheTimeout() throws Exception {
        String slow = "INSERT { GRAPH <urn:ex:slow> { <urn:ex:a> <urn:ex:b> \"c\" } } WHERE { FILTER(REGEX(\""
                + QueryTimeoutTest.TEXT + "\", \"" + QueryTimeoutTest.PATTERN + "\")) }";
        long start = System.nanoTime();
        HttpResponse<String> response = update(slow);
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertEquals(503, response.statusCode(), response.body());
        assertTrue(took.compareTo(QueryTimeoutTest.PROMPT) < 0, "answered after " + took);
        QueryTimeoutTest.assertIdle(slow);
        assertEquals(2, update("INSERT DATA { GRAPH <urn:ex:g> { <urn:ex:a> <urn:ex:b> \"c\" } }").statusCode() / 100,
                "updates still work");
    }
}
