package org.newsgraph.server;

import java.net.URI;
import java.net.URL;
import java.nio.file.Path;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.mod.admin.ActionServerStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fuseki's web UI without Fuseki's admin module: its pages (from the {@code jena-fuseki-ui} jar)
 * and the read-only endpoints they call, {@code /$/server} (the list of datasets), {@code /$/ping}
 * and {@code /$/stats/…}. The admin module would add new datasets, backups and compaction, and
 * a work folder on disk.
 *
 * <pre>{@code
 * FusekiServer.Builder builder = FusekiServer.create();
 * WebUi.addTo(builder);
 * }</pre>
 */
final class WebUi {
    private static final Logger LOG = LoggerFactory.getLogger(WebUi.class);
    private static final String INDEX = "webapp/index.html";

    private WebUi() {
    }

    /** Adds the UI to {@code builder}; returns whether its files were found. */
    static boolean addTo(FusekiServer.Builder builder) {
        URL index = WebUi.class.getClassLoader().getResource(INDEX);
        if (index == null) {
            LOG.warn("Fuseki's web UI files ({}) are not on the class path; serving SPARQL without the UI", INDEX);
            return false;
        }
        String url = index.toString();
        String folder = url.substring(0, url.length() - "index.html".length());
        builder.staticFileBase(folder.startsWith("jar:") ? folder : Path.of(URI.create(folder)).toString())
                .addServlet("/$/server", new ActionServerStatus())
                .enablePing(true)
                .enableStats(true);
        return true;
    }
}
