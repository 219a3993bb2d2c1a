package org.newsgraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ConnectException;
import java.net.InetAddress;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.ConfigurationException;
import org.newsgraph.SampleDataset;
import org.newsgraph.store.Store;

/**
 * The server's options over HTTP on free loopback ports: read-only unless {@code update},
 * the query timeout, the cap on SELECT rows, the listening host and when the web UI is served.
 */
class ServerOptionsTest {
    static final String UPDATE = "INSERT DATA { <urn:ex:a> <urn:ex:b> <urn:ex:c> }";
    static final String ASK_INSERTED = "ASK { <urn:ex:a> <urn:ex:b> <urn:ex:c> }";
    /** Every subject of every named graph: IRIs only, so one CSV line per row. */
    static final String ALL_SUBJECTS = "SELECT ?s WHERE { GRAPH ?g { ?s ?p ?o } }";
    /** About 2000³ combinations to count: no answer within a second. */
    static final String CROSS_PRODUCT_COUNT =
            "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g1 { ?a ?b ?c } GRAPH ?g2 { ?d ?e ?f } GRAPH ?g3 { ?g ?h ?i } }";

    @TempDir
    static Path tmp;
    static Store store;

    @BeforeAll
    static void open() {
        store = Store.open(SampleDataset.build(tmp));
    }

    @AfterAll
    static void close() {
        store.close();
    }

    static String dataset(NewsgraphServer server) {
        return server.baseUrl() + "newsgraph/";
    }

    @Test
    void readOnlyByDefault() throws Exception {
        NewsgraphServer server = NewsgraphServer.builder().dataset(store.dataset()).port(0).build().start();
        try {
            assertFalse(server.allowsUpdate());
            HttpResponse<String> update = SparqlHttp.post(dataset(server) + "update", "application/sparql-update", UPDATE);
            assertTrue(update.statusCode() >= 400, "SPARQL Update refused: " + update.statusCode());
            HttpResponse<String> write = SparqlHttp.post(dataset(server) + "data?default", "text/turtle",
                    "<urn:ex:a> <urn:ex:b> <urn:ex:c> .");
            assertTrue(write.statusCode() >= 400, "Graph Store write refused: " + write.statusCode());
            HttpResponse<String> datasetWrite = SparqlHttp.post(dataset(server), "application/sparql-update", UPDATE);
            assertTrue(datasetWrite.statusCode() >= 400, "update at the dataset URL refused: " + datasetWrite.statusCode());
            HttpResponse<String> ask = SparqlHttp.query(server.sparqlUrl(), ASK_INSERTED, "text/csv");
            assertEquals(200, ask.statusCode(), ask.body());
            assertTrue(ask.body().strip().endsWith("false"), ask.body());
        } finally {
            server.stop();
        }
    }

    @Test
    void updateAllowsInsertDataAndGraphStoreWrites() throws Exception {
        NewsgraphServer server = NewsgraphServer.builder().dataset(DatasetFactory.createTxnMem()).port(0).update(true)
                .ui(false).build().start();
        try {
            assertTrue(server.allowsUpdate());
            HttpResponse<String> update = SparqlHttp.post(dataset(server) + "update", "application/sparql-update", UPDATE);
            assertEquals(2, update.statusCode() / 100, "INSERT DATA accepted: " + update.statusCode() + " " + update.body());
            HttpResponse<String> ask = SparqlHttp.query(server.sparqlUrl(), ASK_INSERTED, "text/csv");
            assertTrue(ask.body().strip().endsWith("true"), ask.body());

            HttpResponse<String> write = SparqlHttp.post(dataset(server) + "data?graph=urn:ex:g", "text/turtle",
                    "<urn:ex:d> <urn:ex:e> <urn:ex:f> .");
            assertEquals(2, write.statusCode() / 100, "Graph Store POST accepted: " + write.statusCode() + " " + write.body());
            HttpResponse<String> inGraph = SparqlHttp.query(server.sparqlUrl(),
                    "ASK { GRAPH <urn:ex:g> { <urn:ex:d> <urn:ex:e> <urn:ex:f> } }", "text/csv");
            assertTrue(inGraph.body().strip().endsWith("true"), inGraph.body());
        } finally {
            server.stop();
        }
    }

    @Test
    void anInsertIntoANamedGraphJoinsTheUnionDefaultGraph() throws Exception {
        NewsgraphServer server = NewsgraphServer.builder().dataset(store.dataset()).port(0).update(true).ui(false)
                .build().start();
        try {
            HttpResponse<String> update = SparqlHttp.post(dataset(server) + "update", "application/sparql-update",
                    "INSERT DATA { GRAPH <urn:ex:added> { <urn:ex:s> <urn:ex:p> <urn:ex:o> } }");
            assertEquals(2, update.statusCode() / 100, "INSERT DATA accepted: " + update.statusCode() + " " + update.body());
            HttpResponse<String> ask = SparqlHttp.query(server.sparqlUrl(), "ASK { <urn:ex:s> <urn:ex:p> <urn:ex:o> }", "text/csv");
            assertTrue(ask.body().strip().endsWith("true"), "in the TDB2 store, seen through the union: " + ask.body());
        } finally {
            server.stop();
        }
    }

    @Test
    void aQuerySlowerThanTheTimeoutFailsQuickly() throws Exception {
        NewsgraphServer server = NewsgraphServer.builder().dataset(store.dataset()).port(0).timeout(1).ui(false)
                .build().start();
        try {
            long start = System.nanoTime();
            HttpResponse<String> slow = SparqlHttp.query(server.sparqlUrl(), CROSS_PRODUCT_COUNT, "text/csv");
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            assertTrue(slow.statusCode() >= 400, "an error status, not an answer: " + slow.statusCode() + " " + slow.body());
            assertTrue(took.compareTo(Duration.ofSeconds(5)) < 0, "stopped after the 1 s timeout, took " + took);

            HttpResponse<String> quick = SparqlHttp.query(server.sparqlUrl(), "ASK { ?s ?p ?o }", "text/csv");
            assertEquals(200, quick.statusCode(), "the server still answers: " + quick.body());
        } finally {
            server.stop();
        }
    }

    @Test
    void theResultLimitCapsSelectRows() throws Exception {
        NewsgraphServer server = NewsgraphServer.builder().dataset(store.dataset()).port(0).maxResults(5).ui(false)
                .build().start();
        try {
            HttpResponse<String> all = SparqlHttp.query(server.sparqlUrl(), ALL_SUBJECTS, "text/csv");
            assertEquals(200, all.statusCode(), all.body());
            assertEquals(5, SparqlHttp.csvRows(all.body()), all.body());
            HttpResponse<String> fewer = SparqlHttp.query(server.sparqlUrl(), ALL_SUBJECTS + " LIMIT 3", "text/csv");
            assertEquals(3, SparqlHttp.csvRows(fewer.body()), fewer.body());
            HttpResponse<String> paged = SparqlHttp.query(server.sparqlUrl(), ALL_SUBJECTS + " LIMIT 50 OFFSET 10", "text/csv");
            assertEquals(5, SparqlHttp.csvRows(paged.body()), paged.body());

            // The cap is on the rows returned, not on what a query looks at.
            HttpResponse<String> count = SparqlHttp.query(server.sparqlUrl(),
                    "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }", "text/csv");
            assertEquals(1, SparqlHttp.csvRows(count.body()), count.body());
            assertTrue(Long.parseLong(count.body().lines().skip(1).findFirst().orElseThrow().strip()) > 1000, count.body());
        } finally {
            server.stop();
        }
    }

    @Test
    void theCapRewritesOnlyALargerOrMissingSelectLimit() {
        CappedQueryService service = new CappedQueryService(5);
        assertEquals(5, service.capped(QueryFactory.create(ALL_SUBJECTS)).getLimit());
        Query paged = QueryFactory.create(ALL_SUBJECTS + " LIMIT 50 OFFSET 10");
        Query cappedPage = service.capped(paged);
        assertEquals(5, cappedPage.getLimit());
        assertEquals(10, cappedPage.getOffset());
        assertEquals(50, paged.getLimit(), "the client's query is left as it was");
        Query small = QueryFactory.create(ALL_SUBJECTS + " LIMIT 3");
        assertSame(small, service.capped(small));
        Query ask = QueryFactory.create("ASK { ?s ?p ?o }");
        assertSame(ask, service.capped(ask));
    }

    @Test
    void listensOnTheGivenLoopbackHostOnly() throws Exception {
        NewsgraphServer server = NewsgraphServer.builder().dataset(store.dataset()).port(0).host("127.0.0.2").build().start();
        try {
            assertTrue(server.sparqlUrl().startsWith("http://127.0.0.2:"), server.sparqlUrl());
            assertTrue(server.servesUi(), "127.0.0.2 is a loopback address");
            HttpResponse<String> ask = SparqlHttp.query(server.sparqlUrl(), "ASK { ?s ?p ?o }", "text/csv");
            assertEquals(200, ask.statusCode(), ask.body());
            HttpResponse<String> page = SparqlHttp.get(server.baseUrl());
            assertEquals(200, page.statusCode());
            assertTrue(page.body().toLowerCase().contains("<html"), "the web UI");
            assertThrows(ConnectException.class, () -> SparqlHttp.get("http://127.0.0.1:" + server.port() + "/"),
                    "nothing listens on 127.0.0.1");
        } finally {
            server.stop();
        }
    }

    @Test
    void anAddressOfAnotherMachineFailsWithTheOption() {
        // 192.0.2.0/24 is for documentation: never an address of this machine.
        NewsgraphServer server = NewsgraphServer.builder().dataset(DatasetFactory.createTxnMem()).port(0).host("192.0.2.10")
                .ui(false).build();
        ConfigurationException e = assertThrows(ConfigurationException.class, server::start);
        assertEquals("--host 192.0.2.10: not an address of this machine; give one of its addresses, "
                + "or leave --host out to listen on loopback", e.getMessage());
    }

    @Test
    void theWebUiIsServedOnlyOnLoopbackAddresses() throws Exception {
        assertTrue(NewsgraphServer.Builder.uiAllowedOn(null), "the default, loopback");
        assertTrue(NewsgraphServer.Builder.uiAllowedOn(InetAddress.getByAddress(new byte[] {127, 0, 0, 1})));
        assertTrue(NewsgraphServer.Builder.uiAllowedOn(InetAddress.getByAddress(new byte[] {127, 0, 0, 2})));
        assertTrue(NewsgraphServer.Builder.uiAllowedOn(InetAddress.getByAddress(ipv6(0, 1))), "::1");
        // Addresses made from bytes: nothing is resolved, bound or contacted.
        assertFalse(NewsgraphServer.Builder.uiAllowedOn(InetAddress.getByAddress(new byte[4])), "the wildcard address");
        assertFalse(NewsgraphServer.Builder.uiAllowedOn(InetAddress.getByAddress(new byte[] {10, 0, 0, 5})));
        assertFalse(NewsgraphServer.Builder.uiAllowedOn(InetAddress.getByAddress(new byte[] {(byte) 192, 0, 2, 10})));
        assertFalse(NewsgraphServer.Builder.uiAllowedOn(InetAddress.getByAddress(ipv6(0x2001_0db8, 1))), "2001:db8::1");
    }

    /** An IPv6 address with {@code head} as its first 32 bits and {@code last} as its last byte. */
    static byte[] ipv6(int head, int last) {
        byte[] b = new byte[16];
        b[0] = (byte) (head >>> 24);
        b[1] = (byte) (head >>> 16);
        b[2] = (byte) (head >>> 8);
        b[3] = (byte) head;
        b[15] = (byte) last;
        return b;
    }

    @Test
    void rejectsBadOptionsWithTheOptionAndAFix() {
        assertMessage("--timeout 0: the query timeout is a number of seconds greater than 0",
                NewsgraphServer.builder().dataset(store.dataset()).timeout(0));
        assertMessage("--timeout -3:", NewsgraphServer.builder().dataset(store.dataset()).timeout(-3));
        assertMessage("--max-results 0: the result limit is a number of rows greater than 0",
                NewsgraphServer.builder().dataset(store.dataset()).maxResults(0));
        assertMessage("--port -1: a port is a number from 1 to 65535", NewsgraphServer.builder().dataset(store.dataset()).port(-1));
        assertMessage("--host \"no such host!\": unknown host",
                NewsgraphServer.builder().dataset(store.dataset()).host("no such host!"));
        assertMessage("--timeout 0:", NewsgraphServer.builder().timeout(0), "checked without a dataset");
    }

    static void assertMessage(String expected, NewsgraphServer.Builder builder) {
        assertMessage(expected, builder, "");
    }

    static void assertMessage(String expected, NewsgraphServer.Builder builder, String why) {
        ConfigurationException e = assertThrows(ConfigurationException.class, builder::validate, why);
        assertTrue(e.getMessage().startsWith(expected), e.getMessage());
        ConfigurationException again = assertThrows(ConfigurationException.class, builder::build, why);
        assertEquals(e.getMessage(), again.getMessage());
    }
}
