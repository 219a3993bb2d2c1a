package org.newsgraph;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.newsgraph.server.NewsgraphServer;
import org.newsgraph.store.Store;

/**
 * A dataset served by a real {@link NewsgraphServer} on a free loopback port, for tests that speak HTTP to it.
 *
 * <pre>{@code
 * ServedDataset served = ServedDataset.start(SampleDataset.shared());
 * HttpResponse<String> page = served.get("/workbench/");
 * served.close();
 * }</pre>
 */
public final class ServedDataset implements AutoCloseable {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private final Store store;
    private final NewsgraphServer server;

    private ServedDataset(Store store, NewsgraphServer server) {
        this.store = store;
        this.server = server;
    }

    /** Opens the dataset in {@code db} and serves it, read-only. */
    public static ServedDataset start(Path db) {
        Store store = Store.open(db);
        return new ServedDataset(store, NewsgraphServer.builder().dataset(store.dataset()).port(0).build().start());
    }

    public Store store() {
        return store;
    }

    public NewsgraphServer server() {
        return server;
    }

    /** GET of {@code path} on the server, as text. */
    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Override
    public void close() {
        server.stop();
        store.close();
    }
}
