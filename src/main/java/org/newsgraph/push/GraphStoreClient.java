package org.newsgraph.push;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.shared.JenaException;
import org.apache.jena.sparql.exec.http.GSP;
import org.newsgraph.ConfigurationException;
import org.newsgraph.NewsgraphException;
import org.newsgraph.StoreException;

/**
 * Writes named graphs at a SPARQL 1.1 Graph Store Protocol endpoint: {@code PUT ?graph=IRI}
 * replaces a graph, {@code DELETE ?graph=IRI} removes one. With credentials, every request
 * carries a basic {@code Authorization} header (sent at once, not after a challenge, so a request
 * body is never sent twice). Failures become one-line messages: a refused login, a wrong URL, an
 * endpoint that does not take writes, a server that cannot be reached.
 *
 * <pre>{@code
 * GraphStoreClient gsp = new GraphStoreClient(URI.create("http://localhost:3030/ds/data"), Optional.empty());
 * gsp.put(graphName, graph);
 * }</pre>
 */
final class GraphStoreClient {
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration REQUEST_TIMEOUT = Duration.ofMinutes(5);

    private final URI endpoint;
    private final Optional<Credentials> credentials;
    private final HttpClient http;

    GraphStoreClient(URI endpoint, Optional<Credentials> credentials) {
        this.endpoint = endpoint;
        this.credentials = credentials;
        this.http = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT)
                .followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    /** Replaces graph {@code name} at the endpoint with {@code graph}. */
    void put(Node name, Graph graph) {
        try {
            request().graphName(name).contentType(RDFFormat.NTRIPLES).PUT(graph);
        } catch (HttpException | JenaException e) {
            throw failure("replacing <" + name.getURI() + ">", e);
        }
    }

    /**
     * Removes graph {@code name} at the endpoint; a graph that is not there is no error. Sent
     * with java.net.http rather than Jena's {@code GSP.DELETE}, which does not pass on the
     * request headers (and so the login) in Jena 5.6.
     */
    void delete(Node name) {
        String url = endpoint + "?graph=" + URLEncoder.encode(name.getURI(), StandardCharsets.UTF_8);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).DELETE().timeout(REQUEST_TIMEOUT);
        credentials.ifPresent(c -> request.header("Authorization", c.authorization()));
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw failure("deleting <" + name.getURI() + ">", new HttpException(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw failure("deleting <" + name.getURI() + ">", new HttpException(e));
        }
        int status = response.statusCode();
        if (status >= 300 && status != 404) {
            throw failure("deleting <" + name.getURI() + ">", new HttpException(status, "HTTP " + status,
                    response.body()));
        }
    }

    private GSP request() {
        GSP gsp = GSP.service(endpoint.toString()).httpClient(http);
        credentials.ifPresent(c -> gsp.httpHeader("Authorization", c.authorization()));
        return gsp;
    }

    private NewsgraphException failure(String doing, RuntimeException e) {
        String where = "--endpoint " + endpoint + ": " + doing + " failed";
        int status = e instanceof HttpException h ? h.getStatusCode() : -1;
        if (status == 401 || status == 403) {
            String code = status + (status == 401 ? " Unauthorized" : " Forbidden");
            return new ConfigurationException(credentials
                    .map(c -> where + " (" + code + "): the server refused the login of user " + c.user()
                            + "; check the credentials (" + Credentials.HOW + ")")
                    .orElse(where + " (" + code + "): the server asks for a login; " + Credentials.HOW), e);
        }
        if (status == 404) {
            return new ConfigurationException(where + " (404 Not Found): no Graph Store endpoint at this URL; "
                    + "give the dataset's Graph Store URL, e.g. http://localhost:3030/ds/data for Fuseki", e);
        }
        if (status == 405) {
            return new ConfigurationException(where + " (405 Method Not Allowed): the endpoint does not take writes; "
                    + "give the read-write Graph Store URL (Fuseki: /DATASET/data on a server started with --update)", e);
        }
        if (status >= 300) {
            return new StoreException(where + " (HTTP " + status + "): the server could not store the graph; "
                    + "see the server's log, then push again to resume", e);
        }
        return new ConfigurationException(where + ": cannot reach the endpoint (" + reason(e)
                + "); check the URL, that the server is running and the network, then push again to resume", e);
    }

    private static String reason(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConnectException) {
                return "connection refused";
            }
            if (t instanceof HttpTimeoutException) {
                return "timed out";
            }
            if (t instanceof IOException && t.getMessage() != null) {
                return firstLine(t.getClass().getSimpleName() + ": " + t.getMessage());
            }
        }
        return firstLine(String.valueOf(e.getMessage()));
    }

    private static String firstLine(String m) {
        int nl = m.indexOf('\n');
        return (nl < 0 ? m : m.substring(0, nl)).strip();
    }
}
