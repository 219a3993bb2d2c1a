package org.newsgraph.push;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.newsgraph.ConfigurationException;
import org.newsgraph.NetworkFailures;
import org.newsgraph.NewsgraphException;
import org.newsgraph.StoreException;

/**
 * Writes named graphs at a SPARQL 1.1 Graph Store Protocol endpoint: {@code PUT ?graph=IRI}
 * replaces a graph, {@code DELETE ?graph=IRI} removes one, {@code HEAD ?graph=IRI} tells whether
 * the endpoint holds one. With credentials, every request carries a basic {@code Authorization}
 * header (sent at once, not after a challenge, so a request body is never sent twice).
 *
 * <p>Redirects are never followed: a redirected {@code PUT} would send the login and the graph to
 * a server the user did not name (Java's HTTP client keeps the request's headers when it follows
 * one), and a Graph Store endpoint has no reason to redirect a write. A redirect is a failure
 * naming where it pointed, like every other failure one line: a refused login, a wrong URL, an
 * endpoint that does not take writes, a server that cannot be reached.
 *
 * <pre>{@code
 * GraphStoreClient gsp = new GraphStoreClient(URI.create("http://localhost:3030/ds/data"), Optional.empty());
 * gsp.put(graphName, graph);
 * }</pre>
 */
final class GraphStoreClient {
    /** Whether the endpoint holds a graph, as far as it says. */
    enum Presence {
        PRESENT, ABSENT,
        /** The endpoint does not answer {@code HEAD} (405 or 501), so it cannot tell. */
        UNKNOWN
    }

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration REQUEST_TIMEOUT = Duration.ofMinutes(5);
    private static final String NTRIPLES = "application/n-triples";

    private final URI endpoint;
    private final Optional<Credentials> credentials;
    private final HttpClient http;

    GraphStoreClient(URI endpoint, Optional<Credentials> credentials) {
        this.endpoint = endpoint;
        this.credentials = credentials;
        this.http = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT)
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** Replaces graph {@code name} at the endpoint with {@code graph}. */
    void put(Node name, Graph graph) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        RDFDataMgr.write(body, graph, RDFFormat.NTRIPLES);
        HttpRequest.Builder request = request(name).header("Content-Type", NTRIPLES)
                .PUT(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        String doing = "replacing <" + name.getURI() + ">";
        HttpResponse<String> response = send(request, doing);
        if (response.statusCode() >= 300) {
            throw failure(doing, response);
        }
    }

    /** Removes graph {@code name} at the endpoint; a graph that is not there is no error. */
    void delete(Node name) {
        String doing = "deleting <" + name.getURI() + ">";
        HttpResponse<String> response = send(request(name).DELETE(), doing);
        int status = response.statusCode();
        if (status >= 300 && status != 404) {
            throw failure(doing, response);
        }
    }

    /** Whether the endpoint holds graph {@code name}: a {@code HEAD} request, no graph sent or received. */
    Presence presence(Node name) {
        String doing = "checking that it holds <" + name.getURI() + ">";
        HttpResponse<String> response = send(request(name).method("HEAD", HttpRequest.BodyPublishers.noBody()), doing);
        int status = response.statusCode();
        if (status >= 200 && status < 300) {
            return Presence.PRESENT;
        }
        if (status == 404) {
            return Presence.ABSENT;
        }
        if (status == 405 || status == 501) {
            return Presence.UNKNOWN;
        }
        throw failure(doing, response);
    }

    private HttpRequest.Builder request(Node name) {
        URI url = URI.create(endpoint + "?graph=" + URLEncoder.encode(name.getURI(), StandardCharsets.UTF_8));
        HttpRequest.Builder request = HttpRequest.newBuilder(url).timeout(REQUEST_TIMEOUT);
        credentials.ifPresent(c -> request.header("Authorization", c.authorization()));
        return request;
    }

    private HttpResponse<String> send(HttpRequest.Builder request, String doing) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw unreachable(doing, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConfigurationException(where(doing) + ": interrupted; push again to resume", e);
        }
    }

    private String where(String doing) {
        return "--endpoint " + endpoint + ": " + doing + " failed";
    }

    private NewsgraphException unreachable(String doing, IOException e) {
        return new ConfigurationException(where(doing) + ": cannot reach the endpoint: "
                + NetworkFailures.reason(e, endpoint.getHost())
                + "; check the URL, that the server is running and the network, then push again to resume", e);
    }

    private NewsgraphException failure(String doing, HttpResponse<String> response) {
        String where = where(doing);
        int status = response.statusCode();
        if (status >= 300 && status < 400) {
            String to = response.headers().firstValue("Location").map(l -> " to " + shown(response.uri(), l)).orElse("");
            return new ConfigurationException(where + " (" + status + " " + redirectName(status) + to + "): push does "
                    + "not follow redirects, which would send the login and the graphs to a server you did not name; "
                    + "if you trust that server, give its Graph Store URL as --endpoint");
        }
        if (status == 401 || status == 403) {
            String code = status + (status == 401 ? " Unauthorized" : " Forbidden");
            return new ConfigurationException(credentials
                    .map(c -> where + " (" + code + "): the server refused the login of user " + c.user()
                            + "; check the credentials (" + Credentials.HOW + ")")
                    .orElse(where + " (" + code + "): the server asks for a login; " + Credentials.HOW));
        }
        if (status == 404) {
            return new ConfigurationException(where + " (404 Not Found): no Graph Store endpoint at this URL; "
                    + "give the dataset's Graph Store URL, e.g. http://localhost:3030/ds/data for Fuseki");
        }
        if (status == 405) {
            return new ConfigurationException(where + " (405 Method Not Allowed): the endpoint does not take writes; "
                    + "give the read-write Graph Store URL (Fuseki: /DATASET/data on a server started with --update)");
        }
        return new StoreException(where + " (HTTP " + status + "): the server could not store the graph; "
                + "see the server's log, then push again to resume");
    }

    /** Where a redirect points, resolved, without user, query or fragment (which may hold secrets or be long). */
    private static String shown(URI request, String location) {
        try {
            URI to = request.resolve(location.strip());
            return new URI(to.getScheme(), null, to.getHost(), to.getPort(), to.getPath(), null, null).toString();
        } catch (IllegalArgumentException | java.net.URISyntaxException e) {
            return "an unreadable Location";
        }
    }

    private static String redirectName(int status) {
        return switch (status) {
            case 301 -> "Moved Permanently";
            case 302 -> "Found";
            case 303 -> "See Other";
            case 307 -> "Temporary Redirect";
            case 308 -> "Permanent Redirect";
            default -> "redirect";
        };
    }
}
