package org.newsgraph.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionDatasetBuilder;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.system.Txn;
import org.newsgraph.StoreException;
import org.newsgraph.query.QueryRunner;
import org.newsgraph.rdf.Iris;
import org.newsgraph.store.Store;

/**
 * The query latencies of the benchmark: every query of a folder (but federated ones, which
 * measure the remote service) and the look-up of a few entities' facts, each run once untimed and
 * then {@code runs} times, with the median and the 95th percentile.
 *
 * <pre>{@code
 * List<BenchReport.QueryLatency> l = new QueryLatencies(Path.of("queries"), 20).measure(Path.of("out"));
 * }</pre>
 */
final class QueryLatencies {
    /** The p95 a competency query must stay under on 10,000 articles (issue 18), milliseconds. */
    static final double QUERY_TARGET_MS = 2000;
    /** The p95 the look-up of one entity's facts must stay under, milliseconds. */
    static final double FACTS_TARGET_MS = 50;

    private final Path queries;
    private final int queryRuns;

    QueryLatencies(Path queries, int queryRuns) {
        this.queries = queries;
        this.queryRuns = queryRuns;
    }

    /** Every query of the queries folder, and the look-up of a few entities' facts. */
    List<BenchReport.QueryLatency> measure(Path out) {
        List<BenchReport.QueryLatency> latencies = new ArrayList<>();
        try (Store store = Store.open(out); Stream<Path> files = Files.list(queries)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".rq")).sorted().toList()) {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                if (text.contains("SERVICE")) {
                    continue; // federated: measures the remote service, not this dataset
                }
                Query query = QueryRunner.parse(file, text);
                latencies.add(time(file.getFileName().toString(), store, query, null, QUERY_TARGET_MS));
            }
            Query lookup = QueryFactory.create(resource("entity-facts.rq"));
            for (Node entity : sampleEntities(store)) {
                latencies.add(time("entity-facts.rq " + entity.getURI().substring(entity.getURI().lastIndexOf('/') + 1),
                        store, lookup, entity, FACTS_TARGET_MS));
            }
        } catch (IOException e) {
            throw new StoreException(queries + ": cannot read the queries (" + e.getMessage() + ")", e);
        }
        return latencies;
    }

    private BenchReport.QueryLatency time(String name, Store store, Query query, Node entity, double targetMs) {
        long rows = run(store, query, entity);
        double[] ms = new double[queryRuns];
        for (int i = 0; i < queryRuns; i++) {
            long t = System.nanoTime();
            rows = run(store, query, entity);
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(ms);
        return new BenchReport.QueryLatency(name, rows, ms[(ms.length - 1) / 2],
                ms[Math.max(0, (int) Math.ceil(0.95 * ms.length) - 1)], targetMs);
    }

    private static long run(Store store, Query query, Node entity) {
        return Txn.<Dataset, Long>calculateRead(store.dataset(), () -> {
            QueryExecutionDatasetBuilder b = QueryExecution.dataset(store.dataset()).query(query);
            if (entity != null) {
                b.substitution("entity", store.dataset().getDefaultModel().asRDFNode(entity));
            }
            try (QueryExecution qe = b.build()) {
                if (query.isSelectType()) {
                    ResultSet rs = qe.execSelect();
                    long n = 0;
                    while (rs.hasNext()) {
                        rs.next();
                        n++;
                    }
                    return n;
                }
                if (query.isAskType()) {
                    qe.execAsk();
                    return 1L;
                }
                return qe.execConstruct().size();
            }
        });
    }

    /** A few countries of the entities graph, the same ones on every run. */
    private static List<Node> sampleEntities(Store store) {
        Query q = QueryFactory.create("PREFIX ng: <https://w3id.org/newsgraph/ontology#> SELECT ?e WHERE { GRAPH <"
                + new Iris(Iris.DEFAULT_BASE).entitiesGraph().getURI() + "> { ?e a ng:Country } } ORDER BY ?e LIMIT 3");
        return Txn.calculateRead(store.dataset(), () -> {
            List<Node> nodes = new ArrayList<>();
            try (QueryExecution qe = QueryExecution.dataset(store.dataset()).query(q).build()) {
                qe.execSelect().forEachRemaining(s -> {
                    RDFNode e = s.get("e");
                    nodes.add(e.asNode());
                });
            }
            return nodes;
        });
    }

    private static String resource(String name) {
        try (InputStream in = QueryLatencies.class.getResourceAsStream(name)) {
            return new String(Objects.requireNonNull(in, name).readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + name, e);
        }
    }
}
