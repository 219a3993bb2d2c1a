package org.newsgraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.ConfigurationException;
import org.newsgraph.SampleDataset;
import org.newsgraph.ServedDataset;
import org.newsgraph.query.QueryRunner;
import org.newsgraph.query.ResultFormat;
import org.newsgraph.store.Store;
import org.newsgraph.io.TextFiles;

/** The embedded server on a free loopback port: SPARQL over HTTP, the web UI, read-only. */
class NewsgraphServerTest {
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static ServedDataset served;
    static Store store;
    static NewsgraphServer server;

    @BeforeAll
    static void start() {
        served = ServedDataset.start(SampleDataset.shared());
        store = served.store();
        server = served.server();
    }

    @AfterAll
    static void stop() {
        served.close();
    }

    @Test
    void answersSparqlOverHttpAsTheLocalQueryDoes() throws Exception {
        Path queryFile = Path.of("queries/wikidata-links.rq");
        String sparql = TextFiles.readUtf8(queryFile);
        ByteArrayOutputStream local = new ByteArrayOutputStream();
        QueryRunner.run(store.dataset(), QueryRunner.parse(queryFile, sparql), ResultFormat.CSV, local);

        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(server.sparqlUrl() + "?query="
                + URLEncoder.encode(sparql, StandardCharsets.UTF_8))).header("Accept", "text/csv").GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode());
        assertEquals(local.toString(StandardCharsets.UTF_8), response.body());
        assertTrue(response.body().contains("http://www.wikidata.org/entity/Q399"));
    }

    @Test
    void servesTheWebUi() throws Exception {
        HttpResponse<String> page = HTTP.send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + server.port() + "/")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, page.statusCode());
        assertTrue(page.body().toLowerCase().contains("<html"), "an HTML page");
    }

    @Test
    void refusesUpdates() throws Exception {
        HttpResponse<String> update = HTTP.send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + server.port() + "/newsgraph/update"))
                .header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString("INSERT DATA { <urn:a> <urn:b> <urn:c> }")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertTrue(update.statusCode() >= 400, "status " + update.statusCode());
        HttpResponse<String> viaQuery = HTTP.send(HttpRequest.newBuilder(URI.create(server.sparqlUrl()))
                .header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString("INSERT DATA { <urn:a> <urn:b> <urn:c> }")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertTrue(viaQuery.statusCode() >= 400, "status " + viaQuery.statusCode());
    }

    @Test
    void rejectsAPortOutOfRange() {
        ConfigurationException e = assertThrows(ConfigurationException.class,
                () -> NewsgraphServer.builder().dataset(store.dataset()).port(70000).build());
        assertTrue(e.getMessage().contains("--port 70000"));
    }
}
