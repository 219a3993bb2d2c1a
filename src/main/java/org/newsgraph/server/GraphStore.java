package org.newsgraph.server;

import org.apache.jena.fuseki.servlets.GSP_R;
import org.apache.jena.fuseki.servlets.GSP_RW;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.web.HttpSC;

/**
 * Fuseki's Graph Store operations without the whole-dataset GET: {@code GET /newsgraph} (or
 * {@code /newsgraph/get}) without {@code ?graph=} or {@code ?default} would send every quad of the
 * dataset in one answer, with no bound on its size. It is refused with a 403 saying what to use
 * instead; one graph, the default graph and everything else are as Fuseki serves them.
 *
 * <pre>{@code
 * FusekiServer.create().registerOperation(Operation.GSP_R, new GraphStore.Read())
 *         .registerOperation(Operation.GSP_RW, new GraphStore.ReadWrite()) ...
 * }</pre>
 */
final class GraphStore {
    static final String WHOLE_DATASET = "GET of the whole dataset is not served, as it has no size limit. "
            + "Ask for one graph (?graph=IRI, or ?default), query with SPARQL, or write everything to files "
            + "with `newsgraph export`.";

    private GraphStore() {
    }

    private static void refuseWholeDataset() {
        ServletOps.error(HttpSC.FORBIDDEN_403, WHOLE_DATASET);
    }

    /** Graph Store reads ({@code Operation.GSP_R}). */
    static final class Read extends GSP_R {
        @Override
        protected void execGetQuads(HttpAction action) {
            refuseWholeDataset();
        }
    }

    /** Graph Store reads and writes ({@code Operation.GSP_RW}). */
    static final class ReadWrite extends GSP_RW {
        @Override
        protected void execGetQuads(HttpAction action) {
            refuseWholeDataset();
        }
    }
}
