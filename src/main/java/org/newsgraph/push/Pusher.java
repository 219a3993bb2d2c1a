package org.newsgraph.push;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.newsgraph.ConfigurationException;
import org.newsgraph.Locations;
import org.newsgraph.NewsgraphException;
import org.newsgraph.StoreException;
import org.newsgraph.store.DatasetLayout;
import org.newsgraph.store.Store;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Pushes a built dataset's named graphs (one per article, and the entities graph) to a SPARQL 1.1
 * Graph Store Protocol endpoint. What to send is decided by content: every local graph is hashed
 * ({@link GraphHasher}) and compared with the endpoint's {@link PushRecord}; a graph that is new
 * or whose hash differs is replaced ({@code PUT}), a graph recorded as pushed that is gone from
 * the dataset is deleted ({@code DELETE}), and nothing else at the endpoint is touched. Each graph
 * is recorded as soon as it has landed, so a push that fails halfway is resumed by running it
 * again: what landed is skipped, and a graph that landed but was not yet recorded is sent again,
 * which a {@code PUT} makes harmless. Before a graph is skipped as unchanged, the endpoint is asked
 * whether it still holds it ({@code HEAD}); a graph it lost (the remote store was emptied, or the
 * graph deleted there) is sent again.
 *
 * <pre>{@code
 * PushSummary s = Pusher.builder()
 *         .db(Path.of("out"))
 *         .endpoint("http://localhost:3030/ds/data")
 *         .credentials(Credentials.fromEnvironment(System.getenv()))
 *         .build()
 *         .push();
 * }</pre>
 */
public final class Pusher {
    private static final Logger LOG = LoggerFactory.getLogger(Pusher.class);
    /** How many graphs are checked at the endpoint at once (HEAD requests in flight). */
    static final int CHECKS_IN_FLIGHT = 8;

    private final Path db;
    private final URI endpoint;
    private final Optional<Credentials> credentials;
    private final PushListener listener;
    private final boolean all;
    private final boolean dryRun;

    private Pusher(Builder b) {
        this.db = b.db;
        this.endpoint = b.uri;
        this.credentials = b.credentials;
        this.listener = b.listener;
        this.all = b.all;
        this.dryRun = b.dryRun;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Pushes what changed since the last push to this endpoint, and returns what it did. */
    public PushSummary push() {
        new DatasetLayout(db).requireDataset();
        PushRecord record = PushRecord.open(db, endpoint);
        Map<String, String> pushed = record.graphs();
        try (Store store = Store.open(db)) {
            DatasetGraph dsg = store.dataset().asDatasetGraph();
            Map<String, String> local = Txn.calculateRead(dsg, () -> hashes(dsg));
            List<String> replace = new ArrayList<>();
            List<String> unchanged = new ArrayList<>();
            local.forEach((graph, hash) -> (all || !hash.equals(pushed.get(graph)) ? replace : unchanged).add(graph));
            List<String> delete = pushed.keySet().stream().filter(g -> !local.containsKey(g)).sorted().toList();
            if (dryRun) {
                return new PushSummary(local.size(), replace.size(), delete.size(), unchanged.size(), 0, record.file(),
                        true);
            }
            GraphStoreClient gsp = new GraphStoreClient(endpoint, credentials);
            List<String> missing = missing(gsp, unchanged);
            replace.addAll(missing);
            PushSummary summary = new PushSummary(local.size(), replace.size(), delete.size(),
                    unchanged.size() - missing.size(), missing.size(), record.file(), false);
            int total = replace.size() + delete.size();
            int done = 0;
            for (String graph : replace) {
                Node name = NodeFactory.createURI(graph);
                Graph copy = Txn.calculateRead(dsg, () -> copy(dsg.getGraph(name)));
                // The hash of what is sent, taken again: a build may have switched the dataset since the plan.
                String hash = GraphHasher.hash(copy);
                send(() -> gsp.put(name, copy), done, total, record);
                record.pushed(graph, hash);
                LOG.debug("replaced {}", graph);
                listener.landed(new PushStep(graph, PushStep.Action.REPLACED, ++done, total));
            }
            for (String graph : delete) {
                send(() -> gsp.delete(NodeFactory.createURI(graph)), done, total, record);
                record.deleted(graph);
                LOG.debug("deleted {}", graph);
                listener.landed(new PushStep(graph, PushStep.Action.DELETED, ++done, total));
            }
            record.compact();
            return summary;
        }
    }

    /**
     * The graphs of {@code recorded} (recorded as landed, unchanged since) that the endpoint no
     * longer holds: the remote store was emptied, or someone deleted graphs there. One {@code HEAD}
     * request per graph, {@link #CHECKS_IN_FLIGHT} at a time; an endpoint that does not answer
     * {@code HEAD} is trusted, with a warning.
     */
    private List<String> missing(GraphStoreClient gsp, List<String> recorded) {
        if (recorded.isEmpty()) {
            return List.of();
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(CHECKS_IN_FLIGHT, recorded.size()), r -> {
            Thread t = new Thread(r, "push-check");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<GraphStoreClient.Presence>> answers = new ArrayList<>();
            for (String graph : recorded) {
                answers.add(pool.submit(() -> gsp.presence(NodeFactory.createURI(graph))));
            }
            List<String> missing = new ArrayList<>();
            for (int i = 0; i < recorded.size(); i++) {
                GraphStoreClient.Presence presence = answer(answers.get(i));
                if (presence == GraphStoreClient.Presence.UNKNOWN) {
                    LOG.warn("--endpoint {} does not answer HEAD requests, so push cannot check that it still holds "
                            + "the graphs recorded as pushed; if the remote store lost graphs, push again with --all",
                            endpoint);
                    return List.of();
                }
                if (presence == GraphStoreClient.Presence.ABSENT) {
                    LOG.debug("{} is recorded as pushed but the endpoint does not hold it; sending it again",
                            recorded.get(i));
                    missing.add(recorded.get(i));
                }
            }
            return missing;
        } finally {
            pool.shutdownNow();
        }
    }

    private static GraphStoreClient.Presence answer(Future<GraphStoreClient.Presence> answer) {
        try {
            return answer.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException("checking a graph at the endpoint", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConfigurationException("interrupted while checking the graphs at the endpoint; push again", e);
        }
    }

    /** Runs one request; a failure says how far the push got and that running it again resumes. */
    private static void send(Runnable request, int done, int total, PushRecord record) {
        try {
            request.run();
        } catch (ConfigurationException e) {
            throw new ConfigurationException(e.getMessage() + progress(done, total, record), e);
        } catch (StoreException e) {
            throw new StoreException(e.getMessage() + progress(done, total, record), e);
        } catch (NewsgraphException e) {
            throw new NewsgraphException(e.getMessage() + progress(done, total, record), e);
        }
    }

    private static String progress(int done, int total, PushRecord record) {
        if (done == 0) {
            return " (none of the " + total + " changes had landed)";
        }
        return " (" + done + " of " + total + " changes had landed and are recorded in "
                + Locations.describe(record.file()) + "; the same push command resumes from there)";
    }

    /** The hash of every named graph, by IRI. */
    private static Map<String, String> hashes(DatasetGraph dsg) {
        Map<String, String> hashes = new TreeMap<>();
        for (Node name : Iter.toList(dsg.listGraphNodes())) {
            if (!name.isURI()) {
                throw new StoreException("the dataset has a graph named " + name + ", which is not an IRI; "
                        + "a Graph Store endpoint names graphs by IRI only: rebuild the dataset");
            }
            hashes.put(name.getURI(), GraphHasher.hash(dsg.getGraph(name)));
        }
        return hashes;
    }

    private static Graph copy(Graph graph) {
        Graph copy = GraphFactory.createDefaultGraph();
        graph.find().forEach(copy::add);
        return copy;
    }

    /** Options of a push; {@link #build()} checks them. */
    public static final class Builder {
        private Path db = Path.of(DatasetLayout.DEFAULT_DIR);
        private String endpoint;
        private URI uri;
        private Optional<Credentials> credentials = Optional.empty();
        private PushListener listener = PushListener.NONE;
        private boolean all;
        private boolean dryRun;

        private Builder() {
        }

        /** The dataset folder {@code build --out} wrote; default {@code out}. */
        public Builder db(Path db) {
            this.db = Objects.requireNonNull(db, "db");
            return this;
        }

        /** The Graph Store Protocol endpoint (required): an http or https URL without user, query or fragment. */
        public Builder endpoint(String endpoint) {
            this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
            return this;
        }

        /** The login for basic authentication, if the endpoint needs one; default none. */
        public Builder credentials(Optional<Credentials> credentials) {
            this.credentials = Objects.requireNonNull(credentials, "credentials");
            return this;
        }

        /** Told of every graph that landed; default none. */
        public Builder listener(PushListener listener) {
            this.listener = Objects.requireNonNull(listener, "listener");
            return this;
        }

        /** Whether to send every graph, whatever the record says (e.g. after the remote store was wiped); default no. */
        public Builder all(boolean all) {
            this.all = all;
            return this;
        }

        /** Whether to only work out what would be sent; default no. */
        public Builder dryRun(boolean dryRun) {
            this.dryRun = dryRun;
            return this;
        }

        public Pusher build() {
            if (endpoint == null) {
                throw new ConfigurationException("no endpoint: give --endpoint URL, the Graph Store URL of the remote "
                        + "dataset, e.g. http://localhost:3030/ds/data");
            }
            uri = parse(endpoint);
            if (credentials.isPresent() && "http".equals(uri.getScheme()) && !isLoopback(uri.getHost())) {
                LOG.warn("--endpoint {} is plain http: the password is sent unencrypted; use https", endpoint);
            }
            return new Pusher(this);
        }

        private static URI parse(String text) {
            String fix = "; give the Graph Store URL of the remote dataset, e.g. http://localhost:3030/ds/data";
            URI u;
            try {
                u = new URI(text);
            } catch (URISyntaxException e) {
                throw new ConfigurationException("--endpoint " + text + ": not a URL (" + e.getReason() + ")" + fix, e);
            }
            if (!"http".equals(u.getScheme()) && !"https".equals(u.getScheme())) {
                throw new ConfigurationException("--endpoint " + text + ": not an http or https URL" + fix);
            }
            if (u.getHost() == null) {
                throw new ConfigurationException("--endpoint " + text + ": no host name" + fix);
            }
            if (u.getRawUserInfo() != null) {
                throw new ConfigurationException("--endpoint " + text.replace(u.getRawUserInfo() + "@", "…@")
                        + ": a user or password in the URL would stay in your shell history; remove it and "
                        + Credentials.HOW);
            }
            if (u.getRawQuery() != null || u.getRawFragment() != null) {
                throw new ConfigurationException("--endpoint " + text + ": the URL must not have a query or fragment, "
                        + "push adds ?graph= itself" + fix);
            }
            return u;
        }

        private static boolean isLoopback(String host) {
            try {
                return InetAddress.getByName(host).isLoopbackAddress();
            } catch (UnknownHostException e) {
                return false;
            }
        }
    }
}
