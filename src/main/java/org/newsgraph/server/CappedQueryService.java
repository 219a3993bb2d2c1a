package org.newsgraph.server;

import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecResult;

/**
 * Fuseki's SPARQL query operation with two bounds, registered for {@code Operation.Query}:
 * a SELECT returns at most {@code maxResults} rows, and its rows are all computed before the
 * response starts, so the query timeout (set in the endpoint's context) stops a slow query with
 * an HTTP error instead of a truncated 200 response.
 *
 * <p>The row cap is a rewrite of the query's outermost {@code LIMIT} (the smaller of the
 * client's and the cap), so the engine stops producing rows at the cap rather than producing
 * them all and dropping the rest. Jena has no context setting for a result cap.
 *
 * <pre>{@code
 * FusekiServer.create().registerOperation(Operation.Query, new CappedQueryService(100_000)) ...
 * }</pre>
 */
final class CappedQueryService extends SPARQL_QueryDataset {
    private final long maxResults;

    CappedQueryService(long maxResults) {
        if (maxResults <= 0) {
            throw new IllegalArgumentException("maxResults must be positive: " + maxResults);
        }
        this.maxResults = maxResults;
    }

    /** The query as it is run: a SELECT's {@code LIMIT} lowered to the cap where it is larger or absent. */
    Query capped(Query query) {
        if (!query.isSelectType() || (query.hasLimit() && query.getLimit() <= maxResults)) {
            return query;
        }
        Query copy = query.cloneQuery();
        copy.setLimit(maxResults);
        return copy;
    }

    @Override
    protected QueryExec createQueryExec(HttpAction action, Query query, DatasetGraph dataset) {
        return super.createQueryExec(action, capped(query), dataset);
    }

    @Override
    protected QueryExecResult executeQuery(HttpAction action, QueryExec queryExec, Query requestQuery, String queryStringLog) {
        QueryExecResult result = super.executeQuery(action, queryExec, requestQuery, queryStringLog);
        if (result.isRowSet()) {
            // At most maxResults rows; computing them here, inside the timeout and before any
            // output, turns a timeout into an error status rather than a cut-off result.
            return new QueryExecResult(result.rowSet().materialize());
        }
        return result;
    }
}
