package org.newsgraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What a hostile web page or client can ask of the default server (read-only, on loopback, with
 * the web UI): requests from other sites' pages, DNS rebinding (a foreign {@code Host}), Fuseki's
 * admin operations, whole-dataset downloads and {@code SERVICE} calls to other servers. One
 * server for the class.
 */
class HostileRequestsTest {
    static final String ASK = "ASK { ?s ?p ?o }";
    static final String GRAPH = "urn:ex:g";
    static final String EVIL = "http://evil.example";

    static NewsgraphServer server;
    static int port;
    /** A web server standing for an internal service: it counts the requests it gets. */
    static HttpServer listener;
    static final AtomicInteger listenerRequests = new AtomicInteger();

    @BeforeAll
    static void start() throws IOException {
        Dataset dataset = DatasetFactory.createTxnMem();
        Model graph = ModelFactory.createDefaultModel();
        graph.add(graph.createResource("urn:ex:s"), graph.createProperty("urn:ex:p"), "o");
        dataset.addNamedModel(GRAPH, graph);
        server = NewsgraphServer.builder().dataset(dataset).port(0).build().start();
        port = server.port();
        listener = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        listener.createContext("/", exchange -> {
            listenerRequests.incrementAndGet();
            exchange.sendResponseHeaders(500, -1);
            exchange.close();
        });
        listener.start();
    }

    @AfterAll
    static void stop() {
        listener.stop(0);
        server.stop();
    }

    static String url(String path) {
        return "http://localhost:" + port + path;
    }

    static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return SparqlHttp.HTTP.send(request.timeout(SparqlHttp.REQUEST_TIMEOUT).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A SPARQL query as an HTML form would post it, with extra headers (name, value, …). */
    static HttpResponse<String> postQuery(String sparql, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.sparqlUrl()))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(sparql, StandardCharsets.UTF_8)));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request);
    }

    static HttpResponse<String> postForm(String path, String body) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(url(path))).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    @Test
    void refusesRequestsFromPagesOfOtherSites() throws Exception {
        HttpResponse<String> post = postQuery(ASK, "Origin", EVIL);
        assertEquals(403, post.statusCode(), post.body());
        assertTrue(post.body().contains(EVIL), "says which origin is refused: " + post.body());
        HttpResponse<String> get = send(HttpRequest.newBuilder(URI.create(server.sparqlUrl() + "?query="
                + URLEncoder.encode(ASK, StandardCharsets.UTF_8))).header("Origin", EVIL));
        assertEquals(403, get.statusCode(), get.body());
        assertEquals(403, postQuery(ASK, "Origin", "null").statusCode(), "a sandboxed page or a file");
        assertEquals(403, postQuery(ASK, "Origin", "http://localhost:" + (port == 1 ? 2 : port - 1)).statusCode(),
                "another port of this machine is another site");
        assertEquals(403, postQuery(ASK, "Origin", "https://localhost:" + port).statusCode(), "another scheme");
    }

    @Test
    void acceptsItsOwnPagesAndClientsThatAreNotBrowsers() throws Exception {
        assertEquals(200, postQuery(ASK, "Origin", "http://localhost:" + port).statusCode());
        assertEquals(200, postQuery(ASK, "Origin", "http://127.0.0.1:" + port).statusCode());
        assertEquals(200, postQuery(ASK).statusCode(), "curl and SPARQL libraries send no Origin");
        assertEquals(200, postQuery(ASK, "Sec-Fetch-Site", "same-origin").statusCode());
    }

    @Test
    void refusesCrossSitePostsThatCarryNoOrigin() throws Exception {
        assertEquals(403, postQuery(ASK, "Sec-Fetch-Site", "cross-site").statusCode());
        assertEquals(403, postQuery(ASK, "Referer", EVIL + "/page.html").statusCode());
        assertEquals(200, postQuery(ASK, "Referer", "http://localhost:" + port + "/#/dataset/newsgraph/query").statusCode());
    }

    @Test
    void servesNoJsonpAndNoCrossSiteSubresource() throws Exception {
        // <script src="http://localhost:3030/newsgraph/sparql?query=…&callback=steal"> on any page would read the answers.
        HttpResponse<String> jsonp = SparqlHttp.get(server.sparqlUrl() + "?query=" + URLEncoder.encode(ASK, StandardCharsets.UTF_8)
                + "&output=json&callback=steal");
        assertEquals(403, jsonp.statusCode(), jsonp.body());
        assertFalse(jsonp.body().contains("steal("), jsonp.body());
        String get = server.sparqlUrl() + "?query=" + URLEncoder.encode(ASK, StandardCharsets.UTF_8);
        HttpResponse<String> script = send(HttpRequest.newBuilder(URI.create(get)).header("Sec-Fetch-Site", "cross-site")
                .header("Sec-Fetch-Mode", "no-cors").header("Sec-Fetch-Dest", "script"));
        assertEquals(403, script.statusCode(), "a script or image of another site's page");
        HttpResponse<String> link = send(HttpRequest.newBuilder(URI.create(get)).header("Sec-Fetch-Site", "cross-site")
                .header("Sec-Fetch-Mode", "navigate").header("Sec-Fetch-Dest", "document"));
        assertEquals(200, link.statusCode(), "a link from another site, followed by the user");
    }

    @Test
    void refusesAHostHeaderThatDoesNotNameThisServer() throws Exception {
        String ask = "/newsgraph/sparql?query=ASK%7B%7D";
        RawHttp.Response rebound = RawHttp.get("127.0.0.1", port, ask, "evil.example:" + port);
        assertEquals(403, rebound.status(), rebound.text());
        assertTrue(rebound.text().contains("evil.example"), rebound.text());
        assertEquals(403, RawHttp.get("127.0.0.1", port, ask, "localhost:" + (port == 1 ? 2 : port - 1)).status(),
                "the right name with the wrong port");
        assertEquals(403, RawHttp.postForm("127.0.0.1", port, "/$/datasets", "evil.example:" + port,
                "dbName=rebound&dbType=mem").status());
        assertEquals(200, RawHttp.get("127.0.0.1", port, ask, "localhost:" + port).status());
        assertEquals(200, RawHttp.get("127.0.0.1", port, ask, "127.0.0.1:" + port).status());
    }

    @Test
    void refusesFusekiAdminOperations() throws Exception {
        HttpResponse<String> create = postForm("/$/datasets", "dbName=probe&dbType=mem");
        assertFalse(create.statusCode() / 100 == 2, "no new dataset: " + create.statusCode() + " " + create.body());
        assertFalse(SparqlHttp.get(url("/$/server")).body().contains("probe"), "no dataset \"probe\"");
        HttpResponse<String> compact = postForm("/$/compact/newsgraph", "");
        assertFalse(compact.statusCode() / 100 == 2, "no compaction: " + compact.statusCode());
        HttpResponse<String> backup = postForm("/$/backup/newsgraph", "");
        assertFalse(backup.statusCode() / 100 == 2, "no backup: " + backup.statusCode());
        HttpResponse<String> delete = send(HttpRequest.newBuilder(URI.create(url("/$/datasets/newsgraph"))).DELETE());
        assertFalse(delete.statusCode() / 100 == 2, "the dataset stays: " + delete.statusCode());
        assertEquals(200, postQuery(ASK).statusCode(), "still served");
    }

    @Test
    void servesTheWebUiAndTheReadOnlyEndpointsItUses() throws Exception {
        HttpResponse<String> page = SparqlHttp.get(url("/"));
        assertEquals(200, page.statusCode());
        assertTrue(page.body().toLowerCase().contains("<html"), "an HTML page");
        assertEquals("SAMEORIGIN", page.headers().firstValue("X-Frame-Options").orElse(null), "no framing by other sites");
        HttpResponse<String> datasets = SparqlHttp.get(url("/$/server"));
        assertEquals(200, datasets.statusCode(), "the UI's list of datasets");
        assertTrue(datasets.body().contains("\"/newsgraph\""), datasets.body());
        assertEquals(200, SparqlHttp.get(url("/$/ping")).statusCode());
        assertEquals(200, SparqlHttp.get(url("/$/stats/newsgraph")).statusCode());
    }

    @Test
    void refusesToSendTheWholeDataset() throws Exception {
        for (String path : new String[] {"/newsgraph", "/newsgraph/", "/newsgraph/get"}) {
            HttpResponse<String> whole = SparqlHttp.get(url(path));
            assertEquals(403, whole.statusCode(), path + ": " + whole.body().length() + " characters");
            assertTrue(whole.body().contains("newsgraph export"), path + ": says what to use instead: " + whole.body());
        }
        HttpResponse<String> graph = SparqlHttp.get(url("/newsgraph/get?graph=" + GRAPH));
        assertEquals(200, graph.statusCode(), graph.body());
        assertTrue(graph.body().contains("urn:ex:s"), graph.body());
    }

    @Test
    void neverCallsAServerThatIsNotAnAllowedEndpoint() throws Exception {
        String internal = "http://127.0.0.1:" + listener.getAddress().getPort() + "/sparql";
        HttpResponse<String> service = postQuery("SELECT * { SERVICE <" + internal + "> { ?s ?p ?o } }");
        assertTrue(service.statusCode() >= 400, "refused: " + service.statusCode() + " " + service.body());
        assertTrue(service.body().contains(internal), "says which endpoint is refused: " + service.body());
        postQuery("SELECT * { SERVICE SILENT <" + internal + "> { ?s ?p ?o } }");
        postQuery("SELECT * { VALUES ?endpoint { <" + internal + "> } SERVICE ?endpoint { ?s ?p ?o } }");
        postQuery("SELECT * FROM <" + internal + "> { ?s ?p ?o }");
        assertEquals(0, listenerRequests.get(), "requests the server sent to " + internal);
    }
}
