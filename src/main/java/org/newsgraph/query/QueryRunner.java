package org.newsgraph.query;

import java.io.OutputStream;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.system.Txn;
import org.newsgraph.InputException;

/**
 * Runs one SPARQL query against a dataset inside a read transaction and prints the answer.
 *
 * <pre>{@code
 * try (Store store = Store.open(Path.of("out"))) {
 *     QueryRunner.run(store.dataset(), Path.of("queries/entities.rq"), text, ResultFormat.TABLE, System.out);
 * }
 * }</pre>
 */
public final class QueryRunner {
    private QueryRunner() {
    }

    /**
     * Parses the query; {@code source} names where it came from in errors.
     */
    public static Query parse(java.nio.file.Path source, String sparql) {
        try {
            return QueryFactory.create(sparql);
        } catch (QueryParseException e) {
            String where = e.getLine() > 0 ? " line " + e.getLine() + ", column " + e.getColumn() : "";
            throw new InputException(source, "not a valid SPARQL query" + where + ": "
                    + firstLine(e.getMessage()) + "; fix the query text");
        }
    }

    /** Runs {@code query} on {@code dataset} and writes the answer to {@code out}. */
    public static void run(Dataset dataset, Query query, ResultFormat format, OutputStream out) {
        Txn.executeRead(dataset, () -> {
            try (QueryExecution exec = QueryExecution.dataset(dataset).query(query).build()) {
                if (query.isSelectType()) {
                    ResultSet results = exec.execSelect();
                    switch (format) {
                        case TABLE -> ResultSetFormatter.out(out, results, query.getPrologue());
                        case CSV -> ResultSetMgr.write(out, results, ResultSetLang.RS_CSV);
                        case TSV -> ResultSetMgr.write(out, results, ResultSetLang.RS_TSV);
                        case JSON -> ResultSetMgr.write(out, results, ResultSetLang.RS_JSON);
                    }
                } else if (query.isAskType()) {
                    boolean answer = exec.execAsk();
                    switch (format) {
                        case JSON -> ResultSetMgr.write(out, answer, ResultSetLang.RS_JSON);
                        case CSV -> ResultSetMgr.write(out, answer, ResultSetLang.RS_CSV);
                        case TSV -> ResultSetMgr.write(out, answer, ResultSetLang.RS_TSV);
                        case TABLE -> ResultSetFormatter.out(out, answer);
                    }
                } else {
                    var model = query.isConstructType() ? exec.execConstruct() : exec.execDescribe();
                    RDFDataMgr.write(out, model, format == ResultFormat.JSON ? Lang.JSONLD : Lang.TURTLE);
                }
            }
        });
    }

    private static String firstLine(String message) {
        String m = String.valueOf(message);
        int nl = m.indexOf('\n');
        return (nl < 0 ? m : m.substring(0, nl)).strip();
    }
}
