package org.newsgraph.query;

import java.io.OutputStream;
import java.nio.file.Path;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.apache.jena.system.Txn;
import org.newsgraph.InputException;

/**
 * Runs one SPARQL query, on a dataset inside a read transaction or on a SPARQL endpoint, and
 * writes the answer: SELECT and ASK in the chosen {@link ResultFormat} (tables through
 * {@link TextTable}), CONSTRUCT and DESCRIBE as Turtle (JSON-LD for {@code json}) with the table's
 * prefixes.
 *
 * <pre>{@code
 * try (Store store = Store.open(Path.of("out"))) {
 *     QueryRunner.run(store.dataset(), QueryRunner.parse(file, text), ResultFormat.TABLE, System.out);
 * }
 * QueryRunner.run("http://localhost:3030/newsgraph/sparql", query, ResultFormat.CSV, table, System.out);
 * }</pre>
 */
public final class QueryRunner {
    private QueryRunner() {
    }

    /**
     * What a query gave.
     *
     * @param rows the rows of a SELECT, -1 for other queries
     * @param cut  whether a table value was cut to fit the width
     */
    public record Answer(long rows, boolean cut) {
    }

    /**
     * Parses the query; {@code source} names where it came from in errors.
     */
    public static Query parse(Path source, String sparql) {
        try {
            return QueryFactory.create(sparql);
        } catch (QueryParseException e) {
            String where = e.getLine() > 0 ? " line " + e.getLine() + ", column " + e.getColumn() : "";
            throw new InputException(source, "not a valid SPARQL query" + where + ": "
                    + firstLine(e.getMessage()) + "; fix the query text");
        }
    }

    /** Runs {@code query} on {@code dataset} and writes the answer to {@code out}; tables use the query's prefixes. */
    public static void run(Dataset dataset, Query query, ResultFormat format, OutputStream out) {
        run(dataset, query, format, TextTable.builder().prefixes(query.getPrefixMapping()).build(), out);
    }

    /** Runs {@code query} on {@code dataset} and writes the answer to {@code out}, tables as {@code table} makes them. */
    public static Answer run(Dataset dataset, Query query, ResultFormat format, TextTable table, OutputStream out) {
        return Txn.calculateRead(dataset, () -> {
            try (QueryExecution exec = QueryExecution.dataset(dataset).query(query).build()) {
                return answer(exec, query, format, table, out);
            }
        });
    }

    /**
     * Runs {@code query} at the SPARQL endpoint {@code endpoint} and writes the answer to {@code out}
     * as {@link #run(Dataset, Query, ResultFormat, TextTable, OutputStream)} does; HTTP errors are
     * Jena's {@code QueryExceptionHTTP}.
     */
    public static Answer run(String endpoint, Query query, ResultFormat format, TextTable table, OutputStream out) {
        try (QueryExecution exec = QueryExecutionHTTP.service(endpoint).query(query).build()) {
            return answer(exec, query, format, table, out);
        }
    }

    private static Answer answer(QueryExecution exec, Query query, ResultFormat format, TextTable table, OutputStream out) {
        if (query.isSelectType()) {
            ResultSet results = exec.execSelect();
            if (format == ResultFormat.TABLE) {
                TextTable.Written written = table.write(results, out);
                return new Answer(written.rows(), written.cut());
            }
            CountingRows rows = new CountingRows(RowSet.adapt(results));
            ResultSetMgr.write(out, ResultSet.adapt(rows), switch (format) {
                case CSV -> ResultSetLang.RS_CSV;
                case TSV -> ResultSetLang.RS_TSV;
                default -> ResultSetLang.RS_JSON;
            });
            return new Answer(rows.count(), false);
        }
        if (query.isAskType()) {
            boolean answer = exec.execAsk();
            switch (format) {
                case JSON -> ResultSetMgr.write(out, answer, ResultSetLang.RS_JSON);
                case CSV -> ResultSetMgr.write(out, answer, ResultSetLang.RS_CSV);
                case TSV -> ResultSetMgr.write(out, answer, ResultSetLang.RS_TSV);
                case TABLE -> ResultSetFormatter.out(out, answer);
            }
            return new Answer(-1, false);
        }
        Model model = query.isConstructType() ? exec.execConstruct() : exec.execDescribe();
        model.withDefaultMappings(table.prefixes());
        RDFDataMgr.write(out, model, format == ResultFormat.JSON ? Lang.JSONLD : Lang.TURTLE);
        return new Answer(-1, false);
    }

    private static String firstLine(String message) {
        String m = String.valueOf(message);
        int nl = m.indexOf('\n');
        return (nl < 0 ? m : m.substring(0, nl)).strip();
    }
}
