package org.newsgraph.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.resultset.ResultsCompare;
import org.apache.jena.sparql.service.ServiceExecutorRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.SampleDataset;
import org.newsgraph.store.Store;
import org.newsgraph.io.TextFiles;

/**
 * The federated queries ({@code queries/wikidata-enrich.rq}, {@code queries/compare-with-wikidata.rq})
 * on the sample data built with the real pipeline, their {@code SERVICE
 * <https://query.wikidata.org/sparql>} sent to a local Fuseki server holding a small
 * Wikidata-shaped fixture instead: the query files are run as they are, and Jena's service
 * executor registry (set in the dataset's context) redirects the one service IRI. The fixture's
 * items are the sample data's own links; the facts about them are synthetic, chosen to give each
 * verdict.
 */
class WikidataQueriesTest {
    static final String WIKIDATA = "https://query.wikidata.org/sparql";

    /** Synthetic facts in Wikidata's shape (truthy wdt: statements, English labels); not Wikidata's data. */
    static final String FIXTURE = """
            PREFIX wd:   <http://www.wikidata.org/entity/>
            PREFIX wdt:  <http://www.wikidata.org/prop/direct/>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX xsd:  <http://www.w3.org/2001/XMLSchema#>
            PREFIX geo:  <http://www.opengis.net/ont/geosparql#>

            wd:Q399 rdfs:label "Armenia"@en, "Arménie"@fr ; wdt:P1082 "1000001"^^xsd:decimal ;
                wdt:P625 "Point(45 40)"^^geo:wktLiteral ; wdt:P6 wd:Q7035479 ; wdt:P463 wd:Q318693 .
            wd:Q318693 rdfs:label "Collective Security Treaty Organization"@en .
            wd:Q7035479 rdfs:label "Nikol Pashinyan"@en ; wdt:P39 wd:Q1123764 ; wdt:P27 wd:Q399 .
            wd:Q1123764 rdfs:label "Prime Minister of Armenia"@en .
            wd:Q159 rdfs:label "Russia"@en ; wdt:P35 wd:Q7747 .
            wd:Q7747 rdfs:label "Vladimir Putin"@en .
            # a disagreement made up for the test: the fixture says Azerbaijan is a member
            wd:Q227 rdfs:label "Azerbaijan"@en ; wdt:P463 wd:Q318693 .
            """;

    @TempDir
    static Path tmp;
    static Store store;
    static FusekiServer wikidata;
    static final List<String> requests = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void buildAndServeTheFixture() {
        store = Store.open(SampleDataset.build(tmp));
        Filter recorder = (request, response, chain) -> {
            requests.add(String.valueOf(((HttpServletRequest) request).getParameter("query")));
            chain.doFilter(request, response);
        };
        wikidata = FusekiServer.create().port(0).loopback(true)
                .add("/wikidata", DatasetFactory.wrap(RDFParser.fromString(FIXTURE, Lang.TURTLE).toDatasetGraph()))
                .addFilter("/*", recorder).build().start();
        String fixture = "http://127.0.0.1:" + wikidata.getHttpPort() + "/wikidata/sparql";
        ServiceExecutorRegistry redirect = ServiceExecutorRegistry.get().copy();
        redirect.addSingleLink((op, original, binding, cxt, chain) -> {
            OpService to = op.getService().isURI() && op.getService().getURI().equals(WIKIDATA)
                    ? new OpService(NodeFactory.createURI(fixture), op.getSubOp(), op.getSilent()) : op;
            return chain.createExecution(to, original, binding, cxt);
        });
        ServiceExecutorRegistry.set(store.dataset().getContext(), redirect);
    }

    @AfterAll
    static void stop() {
        wikidata.stop();
        store.close();
    }

    @BeforeEach
    void clear() {
        requests.clear();
    }

    @Test
    void bothQueriesAreFederatedOnWikidataAndLeftOutOfQueriesTest() {
        for (String name : List.of("wikidata-enrich.rq", "compare-with-wikidata.rq")) {
            Path file = QueriesTest.QUERIES.resolve(name);
            Query q = QueryRunner.parse(file, TextFiles.readUtf8(file));
            assertTrue(q.isSelectType(), name);
            assertTrue(QueriesTest.isFederated(file), name + " asks " + WIKIDATA);
        }
    }

    @Test
    void enrichmentFetchesFactsForTheLinkedEntitiesOnly() throws IOException {
        check("wikidata-enrich");
        assertFalse(requests.isEmpty(), "the fixture was asked");
        for (String request : requests) {
            assertTrue(request.contains("<http://www.wikidata.org/entity/Q"),
                    "each request names the entity it asks about, never all of Wikidata: " + request);
        }
        assertTrue(requests.size() <= linkedEntities(), "at most one request per linked entity: " + requests.size()
                + " for " + linkedEntities());
    }

    @Test
    void comparisonGivesAVerdictPerStatement() throws IOException {
        check("compare-with-wikidata");
        assertFalse(requests.isEmpty(), "the fixture was asked");
        for (String request : requests) {
            assertTrue(request.contains("<http://www.wikidata.org/entity/Q"),
                    "each request names the person or member it asks about, never all of Wikidata: " + request);
        }
        assertTrue(requests.size() <= linkedEntities(), "at most one request per linked person or member: "
                + requests.size() + " for " + linkedEntities());
    }

    /** The entities of the sample dataset linked to Wikidata. */
    private static int linkedEntities() {
        Query count = org.apache.jena.query.QueryFactory.create("SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { GRAPH ?g { ?e "
                + "<http://www.w3.org/2002/07/owl#sameAs> ?q } }");
        return store.dataset().calculateRead(() -> {
            try (var exec = org.apache.jena.query.QueryExecutionFactory.create(count, store.dataset())) {
                return exec.execSelect().next().getLiteral("n").getInt();
            }
        });
    }

    private static void check(String name) throws IOException {
        Path queryFile = QueriesTest.QUERIES.resolve(name + ".rq");
        Path expectedFile = QueriesTest.EXPECTED.resolve(name + ".tsv");
        Query query = QueryRunner.parse(queryFile, TextFiles.readUtf8(queryFile));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        QueryRunner.run(store.dataset(), query, ResultFormat.TSV, out);
        if (QueriesTest.UPDATE) {
            Files.write(QueriesTest.EXPECTED.resolve(queryFile.getFileName().toString().replace(".rq", ".tsv")),
                    out.toByteArray());
        }
        ResultSet actual = ResultSetMgr.read(new ByteArrayInputStream(out.toByteArray()), ResultSetLang.RS_TSV);
        ResultSet expected;
        try (var in = Files.newInputStream(expectedFile)) {
            expected = ResultSetMgr.read(in, ResultSetLang.RS_TSV).materialise();
        }
        assertEquals(expected.getResultVars(), actual.getResultVars(), queryFile + ": result variables");
        List<Binding> want = new ArrayList<>();
        while (expected.hasNext()) {
            want.add(expected.nextBinding());
        }
        List<Binding> got = new ArrayList<>();
        while (actual.hasNext()) {
            got.add(actual.nextBinding());
        }
        if (!ResultsCompare.equalsByTerm(want, got)) {
            List<Binding> missing = new ArrayList<>(want);
            missing.removeAll(got);
            List<Binding> unexpected = new ArrayList<>(got);
            unexpected.removeAll(want);
            fail(queryFile + ": results differ\nmissing rows:\n" + missing + "\nunexpected rows:\n" + unexpected
                    + "\nall rows:\n" + out.toString(java.nio.charset.StandardCharsets.UTF_8));
        }
        assertTrue(ResultsCompare.equalsExactAndOrder(want, got), queryFile + ": rows are not in the expected order");
    }
}
