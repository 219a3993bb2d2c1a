package org.newsgraph.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.query.Query;
import org.apache.jena.query.ResultSet;
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
import org.newsgraph.store.Store;
import org.newsgraph.io.TextFiles;

/**
 * Every query in {@code queries/} against its expected results
 * ({@code src/test/resources/queries/NAME.tsv}) on the sample data built with the real pipeline.
 * A failure lists the missing and the unexpected rows.
 */
class QueriesTest {
    static final Path QUERIES = Path.of("queries");
    static final Path EXPECTED = Path.of("src/test/resources/queries");
    /**
     * Set {@code -Dnewsgraph.queries.update=true} to write each query's results as its expected results,
     * after an intended change; review {@code git diff src/test/resources/queries} before committing.
     */
    static final boolean UPDATE = Boolean.getBoolean("newsgraph.queries.update");

    static Store store;

    @BeforeAll
    static void build() {
        store = Store.open(SampleDataset.shared());
    }

    @AfterAll
    static void close() {
        store.close();
    }

    static List<Path> queryFiles() throws IOException {
        try (Stream<Path> files = Files.list(QUERIES)) {
            return files.filter(p -> p.toString().endsWith(".rq")).filter(p -> !isFederated(p)).sorted().toList();
        }
    }

    /**
     * Whether the query asks Wikidata (a federated {@code SERVICE}): those need a Wikidata-shaped
     * endpoint and are checked against their expected results by {@link WikidataQueriesTest}.
     */
    static boolean isFederated(Path query) {
        return TextFiles.readUtf8(query).contains("SERVICE <https://query.wikidata.org/sparql>");
    }

    @Test
    void everyQueryHasExpectedResults() throws IOException {
        List<Path> queries = queryFiles();
        assertFalse(queries.isEmpty(), "queries/ holds no .rq file");
        for (Path q : queries) {
            if (UPDATE && !Files.exists(expectedFile(q))) {
                Files.writeString(expectedFile(q), "");
            }
            assertTrue(Files.exists(expectedFile(q)), q + " has no expected results " + expectedFile(q));
        }
    }

    @TestFactory
    Stream<DynamicTest> queriesGiveExpectedResults() throws IOException {
        return queryFiles().stream().map(q -> DynamicTest.dynamicTest(q.getFileName().toString(), () -> check(q)));
    }

    private static Path expectedFile(Path query) {
        String name = query.getFileName().toString();
        return EXPECTED.resolve(name.substring(0, name.length() - ".rq".length()) + ".tsv");
    }

    private static void check(Path queryFile) throws IOException {
        Query query = QueryRunner.parse(queryFile, TextFiles.readUtf8(queryFile));
        assertTrue(query.isSelectType(), queryFile + " is not a SELECT query");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        QueryRunner.run(store.dataset(), query, ResultFormat.TSV, out);
        if (QueriesTest.UPDATE) {
            Files.write(QueriesTest.EXPECTED.resolve(queryFile.getFileName().toString().replace(".rq", ".tsv")),
                    out.toByteArray());
        }
        ResultSet actual = ResultSetMgr.read(new ByteArrayInputStream(out.toByteArray()), ResultSetLang.RS_TSV);
        ResultSet expected;
        try (var in = Files.newInputStream(expectedFile(queryFile))) {
            expected = ResultSetMgr.read(in, ResultSetLang.RS_TSV).materialise();
        }
        assertEquals(expected.getResultVars(), actual.getResultVars(), queryFile + ": result variables");
        List<Binding> want = bindings(expected);
        List<Binding> got = bindings(actual);
        if (!ResultsCompare.equalsByTerm(want, got)) {
            List<Binding> missing = new ArrayList<>(want);
            missing.removeAll(got);
            List<Binding> unexpected = new ArrayList<>(got);
            unexpected.removeAll(want);
            fail(queryFile + ": results differ\nmissing rows:\n" + lines(missing) + "unexpected rows:\n"
                    + lines(unexpected));
        }
        if (query.hasOrderBy()) {
            assertTrue(ResultsCompare.equalsExactAndOrder(want, got), queryFile + ": rows are not in the expected order");
        }
    }

    private static List<Binding> bindings(ResultSet rs) {
        List<Binding> list = new ArrayList<>();
        while (rs.hasNext()) {
            list.add(rs.nextBinding());
        }
        return list;
    }

    private static String lines(List<Binding> rows) {
        StringBuilder sb = new StringBuilder();
        rows.forEach(b -> sb.append("  ").append(b).append('\n'));
        return sb.toString();
    }
}
