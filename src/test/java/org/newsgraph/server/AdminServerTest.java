package org.newsgraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.apache.jena.query.DatasetFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A server with {@code update} and {@code admin}: Fuseki's admin operations work for the server's
 * own pages and for clients that are not browsers, and are still refused to other sites' pages.
 * One server for the class.
 */
class AdminServerTest {
    static NewsgraphServer server;

    @BeforeAll
    static void start() {
        server = NewsgraphServer.builder().dataset(DatasetFactory.createTxnMem()).port(0).update(true).admin(true)
                .build().start();
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    static HttpResponse<String> newDataset(String name, String origin) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.baseUrl() + "$/datasets"))
                .timeout(SparqlHttp.REQUEST_TIMEOUT).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("dbName=" + name + "&dbType=mem"));
        if (origin != null) {
            request.header("Origin", origin);
        }
        return SparqlHttp.HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void servesAdminOperationsToItsOwnPagesOnly() throws Exception {
        assertTrue(server.servesAdmin());
        HttpResponse<String> foreign = newDataset("foreign", "http://evil.example");
        assertEquals(403, foreign.statusCode(), foreign.body());
        HttpResponse<String> own = newDataset("own", "http://localhost:" + server.port());
        assertEquals(200, own.statusCode(), own.body());
        HttpResponse<String> client = newDataset("client", null);
        assertEquals(200, client.statusCode(), client.body());
        String datasets = SparqlHttp.get(server.baseUrl() + "$/server").body();
        assertTrue(datasets.contains("\"/own\"") && datasets.contains("\"/client\"") && !datasets.contains("foreign"), datasets);
        HttpResponse<String> page = SparqlHttp.get(server.baseUrl());
        assertEquals(200, page.statusCode());
        assertTrue(page.body().toLowerCase().contains("<html"), "the web UI");
    }
}
