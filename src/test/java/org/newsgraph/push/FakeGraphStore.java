package org.newsgraph.push;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A Graph Store Protocol endpoint in the test's JVM, on a free loopback port: {@code PUT},
 * {@code DELETE}, {@code GET} and {@code HEAD} on {@code /ds/data?graph=IRI}, the graphs kept as
 * the bytes sent. It records every request it gets, and can be told to answer everything with a
 * redirect elsewhere instead.
 *
 * <pre>{@code
 * FakeGraphStore store = FakeGraphStore.start();
 * store.endpoint();          // http://127.0.0.1:PORT/ds/data
 * store.redirectTo(other.endpoint());
 * store.requests();          // what it was asked
 * }</pre>
 */
final class FakeGraphStore implements AutoCloseable {
    /** One request as the store got it. */
    record Request(String method, String graph, String authorization) {
    }

    private final HttpServer server;
    private final Map<String, byte[]> graphs = new ConcurrentHashMap<>();
    private final List<Request> requests = new ArrayList<>();
    private volatile String redirect;

    private FakeGraphStore(HttpServer server) {
        this.server = server;
    }

    static FakeGraphStore start() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        FakeGraphStore store = new FakeGraphStore(server);
        server.createContext("/ds/data", store::handle);
        server.start();
        return store;
    }

    String endpoint() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/ds/data";
    }

    /** From now on, answer every request with {@code 307 Temporary Redirect} to {@code url} (and the same query). */
    void redirectTo(String url) {
        this.redirect = url;
    }

    /** Every request so far, in order. */
    synchronized List<Request> requests() {
        return List.copyOf(requests);
    }

    /** The names of the graphs held. */
    Set<String> graphs() {
        return new TreeSet<>(graphs.keySet());
    }

    /** Forgets a graph, as a remote store that lost it would. */
    void lose(String graph) {
        graphs.remove(graph);
    }

    private void handle(HttpExchange x) throws IOException {
        String query = x.getRequestURI().getRawQuery();
        String graph = query != null && query.startsWith("graph=")
                ? URLDecoder.decode(query.substring("graph=".length()), StandardCharsets.UTF_8) : null;
        String method = x.getRequestMethod();
        synchronized (this) {
            requests.add(new Request(method, graph, x.getRequestHeaders().getFirst("Authorization")));
        }
        byte[] body;
        try (InputStream in = x.getRequestBody()) {
            body = in.readAllBytes();
        }
        if (redirect != null) {
            x.getResponseHeaders().add("Location", redirect + (query == null ? "" : "?" + query));
            x.sendResponseHeaders(307, -1);
            x.close();
            return;
        }
        int status;
        switch (method) {
            case "PUT" -> {
                status = graphs.put(graph, body) == null ? 201 : 204;
            }
            case "DELETE" -> status = graphs.remove(graph) == null ? 404 : 204;
            case "HEAD", "GET" -> status = graphs.containsKey(graph) ? 200 : 404;
            default -> status = 405;
        }
        x.sendResponseHeaders(status, -1);
        x.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
