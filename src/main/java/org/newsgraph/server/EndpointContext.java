package org.newsgraph.server;

import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.util.Context;

/**
 * The context the server's endpoints run every query in (Fuseki merges an endpoint's context into
 * each request's): what bounds the work a client can ask for.
 * <ul>
 * <li>a timeout for queries, to the first row and to the last;
 * <li>regular expressions that give up when their query is cancelled ({@link CancellableRegexes}).
 * </ul>
 *
 * <pre>{@code
 * Context context = EndpointContext.create(30_000);
 * }</pre>
 */
final class EndpointContext {
    private EndpointContext() {
    }

    /** @param timeoutMillis the timeout of a query */
    static Context create(long timeoutMillis) {
        Context context = new Context();
        // "first row, whole query": both bounds, so the timer runs until the last row is computed.
        context.set(ARQ.queryTimeout, timeoutMillis + "," + timeoutMillis);
        CancellableRegexes.install(context);
        return context;
    }
}
