package org.newsgraph.server;

import java.util.List;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.service.ServiceExecutorRegistry;
import org.apache.jena.sparql.util.Context;

/**
 * The context the server's endpoints run every query and update in (Fuseki merges an endpoint's
 * context into each request's): what bounds the work a client can ask for, and what the
 * server may reach on its behalf.
 * <ul>
 * <li>a timeout for queries (to the first row and to the last) and for the queries inside an
 * update, which also bounds each {@code SERVICE} call;
 * <li>regular expressions that give up when their query is cancelled ({@link CancellableRegexes});
 * <li>{@code SERVICE} to the allowed endpoints only ({@link ServiceAllowList}).
 * </ul>
 *
 * <pre>{@code
 * Context context = EndpointContext.create(30_000, List.of("https://query.wikidata.org/sparql"));
 * }</pre>
 */
final class EndpointContext {
    private EndpointContext() {
    }

    /**
     * @param timeoutMillis    the timeout of a query, and of an update's queries together
     * @param serviceEndpoints the endpoints {@code SERVICE} may call; none to refuse every one
     */
    static Context create(long timeoutMillis, List<String> serviceEndpoints) {
        Context context = new Context();
        // "first row, whole query": both bounds, so the timer runs until the last row is computed.
        context.set(ARQ.queryTimeout, timeoutMillis + "," + timeoutMillis);
        context.set(ARQ.updateTimeout, timeoutMillis);
        context.set(ARQ.httpQueryTimeout, timeoutMillis);
        context.set(ARQ.httpServiceAllowed, !serviceEndpoints.isEmpty());
        ServiceExecutorRegistry.set(context, ServiceAllowList.registry(serviceEndpoints));
        CancellableRegexes.install(context);
        return context;
    }
}
