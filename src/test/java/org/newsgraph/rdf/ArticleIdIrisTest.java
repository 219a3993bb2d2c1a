package org.newsgraph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.irix.IRIx;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.SampleDataset;
import org.newsgraph.build.DatasetBuild;
import org.newsgraph.store.Store;

/**
 * Article ids are untrusted text in IRIs: whatever an id holds ({@code .}, {@code ..}, {@code /},
 * {@code ?}, {@code #}, {@code %}, spaces), its IRIs are valid, have no dot segments for a reader
 * to resolve away, and belong to that article alone; the dumps read back with Jena give the
 * dataset graph by graph.
 */
class ArticleIdIrisTest {
    private static final Iris IRIS = new Iris(Iris.DEFAULT_BASE);
    private static final List<String> IDS = List.of(".", "..", "...", "./a", "../a", "a/..", "a/../b", "a.b", "a/b",
            "a%2Fb", "?x", "#x", "a?b#c", "%", "%2E", "%2E%2E", "%252E", "a b", "a%20b", "a+b", "a\u00fc", "au\u0308",
            "\ud83d\udcf0", "-._~");

    @TempDir
    Path tmp;

    @Test
    void everyIdGivesItsOwnIrisWithoutDotSegments() {
        Map<String, String> byIri = new HashMap<>();
        IRIx base = IRIx.create(Iris.DEFAULT_BASE);
        for (String id : IDS) {
            for (Node node : List.of(IRIS.article(id), IRIS.articleGraph(id), IRIS.sentence(id, 1),
                    IRIS.mention(id, 0, 4), IRIS.statement(id, "claim", 0, 4))) {
                String iri = node.getURI();
                IRIx parsed = IRIx.create(iri);
                assertFalse(parsed.hasViolations(), () -> id + ": " + iri + " has violations");
                assertEquals(iri, base.resolve(iri).str(), () -> id + ": " + iri + " changes when resolved");
                String earlier = byIri.put(iri, id);
                assertTrue(earlier == null, () -> "ids \"" + earlier + "\" and \"" + id + "\" share " + iri);
            }
        }
    }

    @Test
    void dotIdsFromABatchFileRoundTripThroughTheTrigDump() throws IOException {
        Path articles = Files.createDirectories(tmp.resolve("batch"));
        StringBuilder jsonl = new StringBuilder();
        for (String id : List.of(".", "..", "a/..", "../a", "a b", "a%20b", "?x#y")) {
            jsonl.append("{\"id\": \"").append(id).append("\", \"text\": \"Armenia said Azerbaijan attacked.\"}\n");
        }
        Files.writeString(articles.resolve("b.jsonl"), jsonl);
        assertDumpsGiveTheDatabase(articles, 7);
    }

    @Test
    void dotIdsFromTheManifestRoundTripThroughTheTrigDump() throws IOException {
        Path articles = Files.createDirectories(tmp.resolve("manifest"));
        Files.writeString(articles.resolve("one.txt"), "Armenia said Azerbaijan attacked.\n");
        Files.writeString(articles.resolve("two.txt"), "Azerbaijan said Armenia attacked.\n");
        Files.writeString(articles.resolve("three.txt"), "Russia called for calm.\n");
        Files.writeString(articles.resolve("articles.csv"), "id,file\n.,one.txt\n..,two.txt\n../one,three.txt\n");
        assertDumpsGiveTheDatabase(articles, 3);
    }

    private void assertDumpsGiveTheDatabase(Path articles, int count) {
        Path out = tmp.resolve("out-" + articles.getFileName());
        assertEquals(count, DatasetBuild.builder().data(SampleDataset.DATA).articles(articles).out(out).build().run()
                .articles());
        DatasetGraph database = DatasetGraphFactory.createTxnMem();
        try (Store store = Store.open(out)) {
            DatasetGraph dsg = store.dataset().asDatasetGraph();
            Txn.executeRead(dsg, () -> dsg.find().forEachRemaining(database::add));
        }
        for (String dump : List.of("dataset.trig", "dataset.nq")) {
            DatasetGraph read = RDFParser.source(out.resolve(dump)).lang(dump.endsWith(".trig") ? Lang.TRIG : Lang.NQUADS)
                    .toDatasetGraph();
            assertEquals(names(database), names(read), dump + ": the same graph names");
            assertEquals(count + 1, names(read).size(), dump + ": one graph per article and the entities graph");
            for (Node name : graphNames(database)) {
                Graph expected = database.getGraph(name);
                Graph actual = read.getGraph(name);
                assertEquals(expected.size(), actual.size(), dump + ": size of " + name);
                assertTrue(expected.isIsomorphicWith(actual), dump + ": " + name + " as in the database");
            }
        }
    }

    private static Set<String> names(DatasetGraph dsg) {
        Set<String> names = new TreeSet<>();
        graphNames(dsg).forEach(n -> names.add(n.getURI()));
        return names;
    }

    private static List<Node> graphNames(DatasetGraph dsg) {
        List<Node> names = new ArrayList<>();
        dsg.listGraphNodes().forEachRemaining(names::add);
        return names;
    }
}
