package org.newsgraph.query;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.http.GSP;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.apache.jena.system.Txn;
import org.newsgraph.StoreException;
import org.newsgraph.store.ServingRecord;

/**
 * Reads a dataset through the running {@code newsgraph serve} that holds it (see
 * {@link ServingRecord}): a query at its SPARQL endpoint, or every quad of the dataset, graph by
 * graph, from its Graph Store endpoint. A server that cannot be reached or answers with an error is a
 * {@link StoreException} that says which server and what it answered.
 *
 * <pre>{@code
 * QueryRunner.Answer a = ServerClient.query(server, query, ResultFormat.TABLE, table, System.out);
 * DatasetGraph all = ServerClient.dataset(server);
 * }</pre>
 */
public final class ServerClient {
    /** Graph names asked for in one request, at most. */
    private static final long GRAPHS_PER_PAGE = 10_000;

    private ServerClient() {
    }

    /** Runs {@code query} at the server's SPARQL endpoint and writes the answer as {@link QueryRunner} does. */
    public static QueryRunner.Answer query(ServingRecord server, Query query, ResultFormat format, TextTable table,
            OutputStream out) {
        try {
            return QueryRunner.run(server.sparql(), query, format, table, out);
        } catch (QueryExceptionHTTP e) {
            throw failed(server, server.sparql(), e.getStatusCode(), e.getResponseMessage(), e);
        } catch (HttpException e) {
            throw failed(server, server.sparql(), e.getStatusCode(), e.getStatusLine(), e);
        }
    }

    /**
     * Every quad of the dataset the server serves, in a transactional in-memory dataset: the names
     * of its graphs from the SPARQL endpoint (in pages the server's row cap allows), then each graph
     * from the Graph Store endpoint (the server refuses to send the whole dataset in one answer).
     */
    public static DatasetGraph dataset(ServingRecord server) {
        DatasetGraph all = DatasetGraphFactory.createTxnMem();
        String url = server.sparql();
        try {
            List<Node> names = graphNames(server);
            for (Node name : names) {
                url = server.dataset() + "?graph=" + name.getURI();
                Graph graph = GSP.service(server.dataset()).graphName(name).GET();
                Txn.executeWrite(all, () -> graph.find().forEachRemaining(t -> all.add(name, t.getSubject(),
                        t.getPredicate(), t.getObject())));
            }
            return all;
        } catch (QueryExceptionHTTP e) {
            throw failed(server, url, e.getStatusCode(), e.getResponseMessage(), e);
        } catch (HttpException e) {
            throw failed(server, url, e.getStatusCode(), e.getStatusLine(), e);
        }
    }

    /** The names of the dataset's graphs, in name order, asked page by page within the server's row cap. */
    private static List<Node> graphNames(ServingRecord server) {
        long page = Math.max(1, Math.min(server.maxResults(), GRAPHS_PER_PAGE));
        List<Node> names = new ArrayList<>();
        for (long offset = 0;; offset += page) {
            String sparql = "SELECT DISTINCT ?g WHERE { GRAPH ?g { } } ORDER BY ?g LIMIT " + page + " OFFSET " + offset;
            int before = names.size();
            try (QueryExecHTTP exec = QueryExecHTTP.service(server.sparql()).query(sparql).build()) {
                exec.select().forEachRemaining(b -> names.add(b.get("g")));
            }
            if (names.size() - before < page) {
                return names;
            }
        }
    }

    private static StoreException failed(ServingRecord server, String url, int status, String answer, RuntimeException e) {
        if (status <= 0) {
            return new StoreException(url + ": cannot reach " + server.describe() + " (" + cause(e)
                    + "); if it just stopped, run the command again", e);
        }
        return new StoreException(url + ": " + server.describe() + " answered " + status
                + (answer == null || answer.isBlank() ? "" : " " + answer.strip())
                + "; stop that server to read the dataset directly", e);
    }

    private static String cause(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
