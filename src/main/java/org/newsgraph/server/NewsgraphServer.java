package org.newsgraph.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.fuseki.mod.admin.FMod_Admin;
import org.apache.jena.fuseki.mod.ui.FMod_UI;
import org.apache.jena.query.Dataset;
import org.newsgraph.Folders;
import org.newsgraph.ConfigurationException;
import org.newsgraph.store.FusekiConfig;

/**
 * An embedded Fuseki server for a dataset: SPARQL at {@code /newsgraph/sparql}, read-only, on
 * the loopback interface only, with Fuseki's web UI. The UI and admin pages have no login, which
 * is why the server never listens beyond loopback.
 *
 * <pre>{@code
 * NewsgraphServer server = NewsgraphServer.builder().dataset(ds).port(0).build().start();
 * int port = server.port();
 * server.stop();
 * }</pre>
 */
public final class NewsgraphServer {
    /** The default port, as Fuseki's. */
    public static final int DEFAULT_PORT = 3030;

    /** Where Fuseki's admin module keeps its work files ("FUSEKI_BASE"); it reads the setting at build. */
    private static final String FUSEKI_BASE = "FUSEKI_BASE";

    private final FusekiServer fuseki;
    private final Path adminArea;

    private NewsgraphServer(Builder b) {
        this.adminArea = b.ui ? adminArea() : null;
        this.fuseki = FusekiServer.create()
                .port(b.port)
                .loopback(true)
                .fusekiModules(b.ui ? FusekiModules.create(FMod_Admin.create(), FMod_UI.create()) : FusekiModules.empty())
                .add("/" + FusekiConfig.SERVICE, b.dataset, false)
                .build();
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

    /** Starts listening; returns this server. */
    public NewsgraphServer start() {
        fuseki.start();
        return this;
    }

    /** The port it listens on (the real one when built with port 0). */
    public int port() {
        return fuseki.getHttpPort();
    }

    /** The SPARQL endpoint's URL. */
    public String sparqlUrl() {
        return "http://localhost:" + port() + "/" + FusekiConfig.SERVICE + "/sparql";
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

    /** Options of the server; {@link #build()} checks them. */
    public static final class Builder {
        private Dataset dataset;
        private int port = DEFAULT_PORT;
        private boolean ui = true;

        private Builder() {
        }

        /** The dataset to serve (read-only). */
        public Builder dataset(Dataset dataset) {
            this.dataset = Objects.requireNonNull(dataset);
            return this;
        }

        /** The port, 0 for any free one. */
        public Builder port(int port) {
            this.port = port;
            return this;
        }

        /** Whether to serve Fuseki's web UI at {@code /}; default yes. */
        public Builder ui(boolean ui) {
            this.ui = ui;
            return this;
        }

        public NewsgraphServer build() {
            if (dataset == null) {
                throw new IllegalStateException("no dataset to serve");
            }
            if (port < 0 || port > 65535) {
                throw new ConfigurationException("--port " + port + ": a port is a number from 1 to 65535 (0 picks a free one)");
            }
            return new NewsgraphServer(this);
        }
    }
}
