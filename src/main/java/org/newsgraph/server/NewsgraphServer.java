package org.newsgraph.server;

import java.io.IOException;
import java.net.BindException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.DataAccessPoint;
import org.apache.jena.fuseki.server.DataAccessPointRegistry;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.Dataset;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;
import org.newsgraph.ConfigurationException;
import org.newsgraph.Folders;
import org.newsgraph.store.FusekiConfig;
import org.newsgraph.workbench.WorkbenchServlet;

/**
 * An embedded Fuseki server for a dataset: SPARQL at {@code /newsgraph/sparql}, read-only unless
 * built with {@link Builder#update(boolean)}, with a query timeout that stops the work and a cap
 * on the rows a SELECT returns. It listens on loopback unless given a
 * {@link Builder#host(String) host}; Fuseki's web UI has no login, so it is served only when that
 * host is a loopback address, and Fuseki's admin operations only when asked for
 * ({@link Builder#admin(boolean)}, loopback and updates only).
 *
 * <p>Against hostile clients and web pages: requests from other sites' pages and with a foreign
 * {@code Host} are refused ({@link RequestGuard}); {@code SERVICE} calls only the allowed endpoints
 * and {@code LOAD} is refused ({@link EndpointContext}, {@link UpdateService}); regular
 * expressions give up at the timeout ({@link CancellableRegexes}); the whole dataset is not sent
 * in one GET ({@link GraphStore}).
 *
 * <pre>{@code
 * NewsgraphServer server = NewsgraphServer.builder().dataset(ds).port(0).build().start();
 * int port = server.port();
 * server.stop();
 *
 * NewsgraphServer open = NewsgraphServer.builder().dataset(ds).host("10.0.0.5").timeout(10)
 *         .maxResults(10_000).build();   // SPARQL endpoints only: open.servesUi() is false
 * }</pre>
 */
public final class NewsgraphServer {
    /** The default port, as Fuseki's. */
    public static final int DEFAULT_PORT = 3030;
    /** The default query timeout in seconds. */
    public static final int DEFAULT_TIMEOUT_SECONDS = 30;
    /** The default cap on the rows of a SELECT answer. */
    public static final long DEFAULT_MAX_RESULTS = 100_000;
    /** Wikidata's SPARQL endpoint, the one {@code SERVICE} may call by default. */
    public static final String WIKIDATA_ENDPOINT = "https://query.wikidata.org/sparql";

    /** Where Fuseki's admin module keeps its work files ("FUSEKI_BASE"); it reads the setting at build. */
    private static final String FUSEKI_BASE = "FUSEKI_BASE";

    private final FusekiServer fuseki;
    private final Path adminArea;
    private final boolean servesUi;
    private final boolean update;
    private final boolean admin;
    private final String urlHost;
    private final String listenHost;
    private final int requestedPort;

    private NewsgraphServer(Builder b) {
        this.servesUi = b.ui && Builder.uiAllowedOn(b.address);
        this.update = b.update;
        this.admin = b.admin;
        this.urlHost = urlHost(b);
        this.listenHost = b.host;
        this.requestedPort = b.port;
        this.adminArea = admin ? adminArea() : null;
        try {
            this.fuseki = fusekiServer(b);
        } catch (RuntimeException e) {
            if (adminArea != null) {
                Folders.deleteQuietly(adminArea);
            }
            throw e;
        }
    }

    private FusekiServer fusekiServer(Builder b) {
        if (b.update) {
            JsonLdContexts.install(); // Graph Store uploads may be JSON-LD
        }
        FusekiServer.Builder builder = FusekiServer.create()
                .port(b.port)
                .loopback(b.host == null)
                .fusekiModules(ServerRoutes.fusekiModules(admin, servesUi))
                .addFilter("/*", RequestGuard.forServer(b.host, b.address, admin))
                .registerOperation(Operation.Query, new CappedQueryService(b.maxResults))
                .registerOperation(Operation.Update, new UpdateService())
                .registerOperation(Operation.GSP_R, new GraphStore.Read())
                .registerOperation(Operation.GSP_RW, new GraphStore.ReadWrite())
                .add("/" + FusekiConfig.SERVICE,
                        ServerRoutes.dataService(b.dataset, b.timeoutSeconds, b.serviceEndpoints, b.update));
        if (servesUi && !admin) {
            WebUi.addTo(builder);
        }
        // The workbench reads the dataset served at each request, so it follows BuildFollower's switches.
        builder.addServlet(WorkbenchServlet.PATH, new WorkbenchServlet(() -> fuseki.getDataAccessPointRegistry()
                .get(DataAccessPoint.canonical(FusekiConfig.SERVICE)).getDataService().getDataset(), b.timeoutSeconds));
        FusekiServer server = builder.build();
        if (b.host != null) {
            for (Connector connector : server.getJettyServer().getConnectors()) {
                if (connector instanceof ServerConnector serverConnector) {
                    serverConnector.setHost(b.address.getHostAddress());
                }
            }
        }
        return server;
    }

    private static String urlHost(Builder b) {
        if (b.host == null || b.address.isAnyLocalAddress()) {
            return "localhost";
        }
        return b.address instanceof Inet6Address && b.host.contains(":") ? "[" + b.host + "]" : b.host;
    }

    /**
     * A fresh folder for the admin module's work files, so that serving never writes into the
     * user's working directory (Fuseki's default is {@code ./run}).
     */
    private static Path adminArea() {
        try {
            Path dir = Files.createTempDirectory("newsgraph-fuseki-");
            System.setProperty(FUSEKI_BASE, dir.toString());
            return dir;
        } catch (IOException e) {
            throw new ConfigurationException("cannot create a temporary folder for the web UI (" + e.getMessage()
                    + "); set java.io.tmpdir to a writable folder");
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Starts listening; returns this server. A port in use, or a host that is not this machine's,
     * fails with a {@link ConfigurationException} saying so, and leaves nothing behind.
     */
    public NewsgraphServer start() {
        try {
            fuseki.start();
        } catch (RuntimeException e) {
            stop(); // removes the admin module's work folder, if any
            BindException bind = bindException(e);
            if (bind == null) {
                throw e;
            }
            throw new ConfigurationException(bindFailure(bind));
        }
        return this;
    }

    private static BindException bindException(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof BindException bind) {
                return bind;
            }
        }
        return null;
    }

    private String bindFailure(BindException e) {
        String message = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
        if (listenHost != null && message.contains("assign")) {
            return "--host " + listenHost + ": not an address of this machine; give one of its addresses, "
                    + "or leave --host out to listen on loopback";
        }
        return "port " + requestedPort + (listenHost == null ? "" : " on " + listenHost)
                + " is in use; pick another with --port or stop the other server";
    }

    /** The port it listens on (the real one when built with port 0). */
    public int port() {
        return fuseki.getHttpPort();
    }

    /** The server's base URL, ending in {@code /}. */
    public String baseUrl() {
        return "http://" + urlHost + ":" + port() + "/";
    }

    /** The workbench's URL: search, entity and article pages, who says what, timeline, map. */
    public String workbenchUrl() {
        return baseUrl() + WorkbenchServlet.HOME;
    }

    /** The SPARQL endpoint's URL. */
    public String sparqlUrl() {
        return baseUrl() + FusekiConfig.SERVICE + "/sparql";
    }

    /** Whether the web UI is served (only on a loopback address). */
    public boolean servesUi() {
        return servesUi;
    }

    /** Whether Fuseki's admin operations (new datasets, backup, compaction) are served. */
    public boolean servesAdmin() {
        return admin;
    }

    /** Whether SPARQL Update and Graph Store writes are allowed. */
    public boolean allowsUpdate() {
        return update;
    }

    /** Fuseki's registry of the served datasets, where {@link BuildFollower} switches builds. */
    DataAccessPointRegistry registry() {
        return fuseki.getDataAccessPointRegistry();
    }

    /** Blocks until the server stops. */
    public void join() {
        fuseki.join();
    }

    /** Stops the server and removes its work files. */
    public void stop() {
        fuseki.stop();
        if (adminArea != null) {
            Folders.deleteQuietly(adminArea);
        }
    }

    /** Options of the server; {@link #validate()} and {@link #build()} check them. */
    public static final class Builder {
        private Dataset dataset;
        private int port = DEFAULT_PORT;
        private boolean ui = true;
        private boolean update;
        private String host;
        private InetAddress address;
        private long timeoutSeconds = DEFAULT_TIMEOUT_SECONDS;
        private long maxResults = DEFAULT_MAX_RESULTS;
        private boolean admin;
        private List<String> serviceEndpoints = List.of(WIKIDATA_ENDPOINT);

        private Builder() {
        }

        /** The dataset to serve. */
        public Builder dataset(Dataset dataset) {
            this.dataset = Objects.requireNonNull(dataset);
            return this;
        }

        /** The port, 0 for any free one. */
        public Builder port(int port) {
            this.port = port;
            return this;
        }

        /** Whether to serve Fuseki's web UI at {@code /} (only ever on a loopback address); default yes. */
        public Builder ui(boolean ui) {
            this.ui = ui;
            return this;
        }

        /** Whether to allow SPARQL Update ({@code /newsgraph/update}) and Graph Store writes ({@code /newsgraph/data}); default no. */
        public Builder update(boolean update) {
            this.update = update;
            return this;
        }

        /**
         * Whether to serve Fuseki's admin operations (new datasets, backup, compaction, removal of
         * a dataset, at {@code /$/…}); default no. Only with {@link #update(boolean) updates} and
         * on loopback, as they change data and files and have no login.
         */
        public Builder admin(boolean admin) {
            this.admin = admin;
            return this;
        }

        /**
         * The endpoints a query's {@code SERVICE} may call, each an http(s) URL matched exactly;
         * empty to refuse every {@code SERVICE}. Default: {@value NewsgraphServer#WIKIDATA_ENDPOINT}.
         */
        public Builder serviceEndpoints(List<String> endpoints) {
            this.serviceEndpoints = List.copyOf(endpoints);
            return this;
        }

        /** The address or host name to listen on; {@code null} (the default) for loopback only. */
        public Builder host(String host) {
            this.host = host;
            return this;
        }

        /** The query timeout in seconds; default {@value NewsgraphServer#DEFAULT_TIMEOUT_SECONDS}. */
        public Builder timeout(long seconds) {
            this.timeoutSeconds = seconds;
            return this;
        }

        /** The most rows a SELECT returns; default {@value NewsgraphServer#DEFAULT_MAX_RESULTS}. */
        public Builder maxResults(long maxResults) {
            this.maxResults = maxResults;
            return this;
        }

        /**
         * Whether the web UI may be served when listening on {@code address}: only on a loopback
         * address, because the UI and admin pages have no login. {@code null} means loopback.
         */
        public static boolean uiAllowedOn(InetAddress address) {
            return address == null || address.isLoopbackAddress();
        }

        /**
         * Checks the options (all but the dataset), resolving the host; returns this builder.
         * Lets a caller report a bad option before it opens the dataset.
         */
        public Builder validate() {
            if (port < 0 || port > 65535) {
                throw new ConfigurationException("--port " + port + ": a port is a number from 1 to 65535 (0 picks a free one)");
            }
            if (timeoutSeconds <= 0) {
                throw new ConfigurationException("--timeout " + timeoutSeconds
                        + ": the query timeout is a number of seconds greater than 0 (default " + DEFAULT_TIMEOUT_SECONDS + ")");
            }
            if (timeoutSeconds > Integer.MAX_VALUE) {
                throw new ConfigurationException("--timeout " + timeoutSeconds + ": too long; give at most "
                        + Integer.MAX_VALUE + " seconds");
            }
            if (maxResults <= 0) {
                throw new ConfigurationException("--max-results " + maxResults
                        + ": the result limit is a number of rows greater than 0 (default " + DEFAULT_MAX_RESULTS + ")");
            }
            address = host == null ? null : ServerAddresses.resolve(host);
            if (admin && !update) {
                throw new ConfigurationException("--admin needs --update: Fuseki's admin operations (new datasets, "
                        + "backup, compaction) change data and files; add --update, or leave --admin out");
            }
            if (admin && !uiAllowedOn(address)) {
                throw new ConfigurationException("--admin with --host " + host + ": the admin operations have no login, "
                        + "so they are served on loopback only; leave --host or --admin out");
            }
            for (String endpoint : serviceEndpoints) {
                ServerAddresses.checkEndpoint(endpoint);
            }
            return this;
        }

        public NewsgraphServer build() {
            validate();
            if (dataset == null) {
                throw new IllegalStateException("no dataset to serve");
            }
            return new NewsgraphServer(this);
        }
    }
}
