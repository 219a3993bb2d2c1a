package org.newsgraph.query;

import java.io.OutputStream;
import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;
import org.apache.jena.sparql.exec.http.DSP;
import org.newsgraph.StoreException;
import org.newsgraph.store.ServingRecord;

/**
 * Reads a dataset through the running {@code newsgraph serve} that holds it (see
 * {@link ServingRecord}): a query at its SPARQL endpoint, or every quad of the dataset at once from
 * the dataset's URL. A server that cannot be reached or answers with an error is a
 * {@link StoreException} that says which server and what it answered.
 *
 * <pre>{@code
 * QueryRunner.Answer a = ServerClient.query(server, query, ResultFormat.TABLE, table, System.out);
 * DatasetGraph all = ServerClient.dataset(server);
 * }</pre>
 */
public final class ServerClient {
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

    /** Every quad of the dataset the server serves, in one request, in a transactional in-memory dataset. */
    public static DatasetGraph dataset(ServingRecord server) {
        try {
            return DSP.service(server.dataset()).GET();
        } catch (HttpException e) {
            throw failed(server, server.dataset(), e.getStatusCode(), e.getStatusLine(), e);
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
