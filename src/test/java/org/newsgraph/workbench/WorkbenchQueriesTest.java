package org.newsgraph.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.Query;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.resultset.ResultsCompare;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.newsgraph.SampleDataset;
import org.newsgraph.io.TextFiles;
import org.newsgraph.query.QueryRunner;
import org.newsgraph.query.ResultFormat;
import org.newsgraph.store.Store;

/**
 * Every query of the workbench ({@code src/main/resources/workbench/queries/NAME.rq}), with the
 * parameters below, against its expected results ({@code src/test/resources/workbench/queries/NAME.tsv})
 * on the sample data, as {@code QueriesTest} checks {@code queries/}. A failure lists the missing and
 * unexpected rows. After an intended change (of a query, or of the rules that make the sample's
 * statements), {@code -Dnewsgraph.queries.update=true} rewrites the expected results; review the diff.
 */
class WorkbenchQueriesTest {
    static final Path QUERIES = Path.of("src/main/resources/workbench/queries");
    static final Path EXPECTED = Path.of("src/test/resources/workbench/queries");
    static final boolean UPDATE = Boolean.getBoolean("newsgraph.queries.update");
    static final String ENTITY = "https://w3id.org/newsgraph/id/entity/";
    static final String ARTICLE = "003_a97cd004bbf5f12d";

    /** The parameters each query is run with; a query not named here runs without. */
    static final Map<String, Map<String, RDFNode>> PARAMETERS = Map.ofEntries(
            Map.entry("search", Map.of("q", literal("pashinyan"))),
            Map.entry("entity", Map.of("entity", iri(ENTITY + "nikol-pashinyan"))),
            Map.entry("names", Map.of("entity", iri(ENTITY + "armenia"))),
            Map.entry("statements", Map.of("entity", iri(ENTITY + "armenia"))),
            Map.entry("co-mentions", Map.of("entity", iri(ENTITY + "nikol-pashinyan"))),
            Map.entry("neighbours", Map.of("entity", iri(ENTITY + "armenia"))),
            Map.entry("timeline", Map.of("entity", iri(ENTITY + "azerbaijan"))),
            Map.entry("article", Map.of("id", literal(ARTICLE))),
            Map.entry("article-people", Map.of("article", iri("https://w3id.org/newsgraph/id/article/" + ARTICLE))),
            Map.entry("article-mentions", Map.of("article", iri("https://w3id.org/newsgraph/id/article/" + ARTICLE))),
            Map.entry("article-sentences", Map.of("article", iri("https://w3id.org/newsgraph/id/article/" + ARTICLE))),
            Map.entry("article-statements", Map.of("article", iri("https://w3id.org/newsgraph/id/article/" + ARTICLE))),
            Map.entry("claim-sentence", Map.of("id", literal(ARTICLE),
                    "claim", literal("Armenian sabotage teams tried to undermine Azeri positions and began firing"))));

    static Store store;

    @BeforeAll
    static void open() {
        store = Store.open(SampleDataset.shared());
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private static RDFNode iri(String iri) {
        return ResourceFactory.createResource(iri);
    }

    private static RDFNode literal(String text) {
        return ResourceFactory.createStringLiteral(text);
    }

    static List<String> names() throws IOException {
        try (Stream<Path> files = Files.list(QUERIES)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".rq"))
                    .map(n -> n.substring(0, n.length() - 3)).sorted().toList();
        }
    }

    @Test
    void everyQueryHasExpectedResultsAndEveryParameterAQuery() throws IOException {
        List<String> names = names();
        assertTrue(names.size() > 10, "the workbench's queries: " + names);
        assertEquals(new TreeSet<>(), new TreeSet<>(PARAMETERS.keySet().stream().filter(n -> !names.contains(n)).toList()),
                "parameters for queries that do not exist");
        if (!UPDATE) {
            for (String name : names) {
                assertTrue(Files.exists(EXPECTED.resolve(name + ".tsv")), name + " has no expected results in " + EXPECTED);
            }
        }
    }

    @TestFactory
    Stream<DynamicTest> queriesGiveExpectedResults() throws IOException {
        return names().stream().map(n -> DynamicTest.dynamicTest(n, () -> check(n)));
    }

    private static void check(String name) throws IOException {
        ParameterizedSparqlString pss = new ParameterizedSparqlString(TextFiles.readUtf8(QUERIES.resolve(name + ".rq")));
        PARAMETERS.getOrDefault(name, Map.of()).forEach(pss::setParam);
        Query query = pss.asQuery();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        QueryRunner.run(store.dataset(), query, ResultFormat.TSV, out);
        Path expectedFile = EXPECTED.resolve(name + ".tsv");
        if (UPDATE) {
            Files.createDirectories(EXPECTED);
            Files.write(expectedFile, out.toByteArray());
        }
        ResultSet actual = ResultSetMgr.read(new ByteArrayInputStream(out.toByteArray()), ResultSetLang.RS_TSV);
        ResultSet expected;
        try (var in = Files.newInputStream(expectedFile)) {
            expected = ResultSetMgr.read(in, ResultSetLang.RS_TSV).materialise();
        }
        assertEquals(expected.getResultVars(), actual.getResultVars(), name + ": result variables");
        List<Binding> want = bindings(expected);
        List<Binding> got = bindings(actual);
        assertTrue(!want.isEmpty() || name.equals("names"), name + ": expected results are empty; pick parameters that answer");
        if (!ResultsCompare.equalsByTerm(want, got)) {
            List<Binding> missing = new ArrayList<>(want);
            missing.removeAll(got);
            List<Binding> unexpected = new ArrayList<>(got);
            unexpected.removeAll(want);
            fail(name + ": results differ\nmissing rows:\n" + missing + "\nunexpected rows:\n" + unexpected);
        }
    }

    private static List<Binding> bindings(ResultSet rs) {
        List<Binding> list = new ArrayList<>();
        while (rs.hasNext()) {
            list.add(rs.nextBinding());
        }
        return list;
    }
}
