package org.newsgraph.workbench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.newsgraph.query.ArticlePages;

/**
 * Runs the workbench's SPARQL queries on the served dataset: the competency queries of {@code queries/}
 * where they fit ({@link #shared(String)}) and the workbench's own ({@code workbench/queries/NAME.rq} on the
 * class path), with their parameters set by {@link ParameterizedSparqlString} (IRIs and literals
 * written as terms, never pasted text), each in a read transaction with a timeout.
 *
 * <pre>{@code
 * WorkbenchQueries queries = new WorkbenchQueries(() -> dataset.asDatasetGraph(), 30);
 * List<Row> rows = queries.select("statements", Map.of("entity", iri("https://…/entity/armenia")));
 * }</pre>
 */
final class WorkbenchQueries {
    /** Where the competency queries are on the class path (copied there from {@code queries/} by the build). */
    static final String SHARED = "newsgraph-defaults/queries/";
    /** Where the workbench's own queries are on the class path. */
    static final String OWN = "workbench/queries/";
    private final Supplier<DatasetGraph> dataset;
    private final long timeoutSeconds;
    private final Map<String, String> texts = new ConcurrentHashMap<>();

    /** Queries on the dataset {@code dataset} gives at each call, each stopped after {@code timeoutSeconds}. */
    WorkbenchQueries(Supplier<DatasetGraph> dataset, long timeoutSeconds) {
        this.dataset = dataset;
        this.timeoutSeconds = timeoutSeconds;
    }

    /** The name of a competency query of {@code queries/}, for {@link #select(String, Map)}. */
    static String shared(String name) {
        return SHARED + name;
    }

    /**
     * The rows of query {@code name} (a workbench query's name, or {@link #shared(String)}) with each
     * parameter of {@code parameters} bound: an {@link RDFNode} (IRI or literal) replaces the variable
     * of that name everywhere in the query.
     */
    List<Row> select(String name, Map<String, RDFNode> parameters) {
        return select(name, parameters, Query.NOLIMIT, 0);
    }

    /**
     * As {@link #select(String, Map)}, one page of the answer: at most {@code limit} rows (or the query's
     * own limit, for {@link Query#NOLIMIT}) from row {@code offset}.
     */
    List<Row> select(String name, Map<String, RDFNode> parameters, long limit, long offset) {
        return run(text(name), parameters, limit, offset);
    }

    /**
     * As {@link #select(String, Map, long, long)}, on the page of a paged competency query ({@link ArticlePages})
     * that starts after {@code articles} articles.
     */
    List<Row> select(String name, long articles, Map<String, RDFNode> parameters, long limit, long offset) {
        return run(ArticlePages.page(text(name), articles), parameters, limit, offset);
    }

    /** The articles a page of query {@code name} holds, or 0 when it is not paged. */
    int articlesPerPage(String name) {
        return ArticlePages.size(text(name));
    }

    /** The articles of the served dataset, as many as all pages of a paged query hold. */
    long articles() {
        return ArticlePages.articles(DatasetFactory.wrap(dataset.get()));
    }

    private List<Row> run(String text, Map<String, RDFNode> parameters, long limit, long offset) {
        ParameterizedSparqlString pss = new ParameterizedSparqlString(text);
        parameters.forEach(pss::setParam);
        Query query = pss.asQuery();
        if (limit != Query.NOLIMIT) {
            query.setLimit(limit);
            query.setOffset(offset);
        }
        DatasetGraph dsg = dataset.get();
        return Txn.calculateRead(dsg, () -> {
            try (QueryExecution exec = QueryExecution.create().query(query).dataset(DatasetFactory.wrap(dsg))
                    .timeout(timeoutSeconds, TimeUnit.SECONDS).build()) {
                ResultSet results = exec.execSelect();
                List<Row> rows = new ArrayList<>();
                while (results.hasNext()) {
                    QuerySolution solution = results.next();
                    Map<String, RDFNode> values = new HashMap<>();
                    for (Iterator<String> vars = solution.varNames(); vars.hasNext();) {
                        String var = vars.next();
                        values.put(var, solution.get(var));
                    }
                    rows.add(new Row(values));
                }
                return rows;
            }
        });
    }

    /** The rows of query {@code name} without parameters. */
    List<Row> select(String name) {
        return select(name, Map.of());
    }

    /**
     * Whether the served dataset is lean ({@code build --profile lean}): articles but no mention nodes,
     * which the pages that read mentions then say.
     */
    boolean lean() {
        List<Row> rows = select("lean");
        return !rows.isEmpty() && "true".equals(rows.get(0).text("lean"));
    }

    private String text(String name) {
        return texts.computeIfAbsent(name, n -> {
            String resource = n.startsWith(SHARED) ? n + ".rq" : OWN + n + ".rq";
            try (InputStream in = WorkbenchQueries.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("the query " + resource + " is not on the class path");
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + resource, e);
            }
        });
    }
}
