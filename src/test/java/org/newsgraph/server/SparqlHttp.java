package org.newsgraph.server;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * SPARQL over HTTP for the server tests, with a request timeout so that a test fails rather
 * than hangs.
 *
 * <pre>{@code
 * HttpResponse<String> r = SparqlHttp.query(server.sparqlUrl(), "ASK {}", "text/csv");
 * }</pre>
 */
final class SparqlHttp {
    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private SparqlHttp() {
    }

    /** A query by GET with {@code ?query=}. */
    static HttpResponse<String> query(String endpoint, String sparql, String accept) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(endpoint + "?query=" + URLEncoder.encode(sparql, StandardCharsets.UTF_8)))
                .timeout(REQUEST_TIMEOUT).header("Accept", accept).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A POST of {@code body} with {@code contentType}. */
    static HttpResponse<String> post(String url, String contentType, String body) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(REQUEST_TIMEOUT).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A plain GET. */
    static HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(REQUEST_TIMEOUT).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The data rows of a CSV answer (its lines after the header). */
    static long csvRows(String body) {
        return body.lines().skip(1).filter(line -> !line.isEmpty()).count();
    }
}
