package org.newsgraph.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.JsonLdOptions;
import com.apicatalog.jsonld.document.JsonDocument;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.lang.LangJSONLD11;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.SampleDataset;
import org.newsgraph.cli.CommandRun;
import org.newsgraph.store.Store;

/**
 * Every export format, parsed back, against the dataset it came from: TriG, N-Quads and JSON-LD
 * must give the same named graphs, each isomorphic; Turtle the union of the graphs (or the one
 * asked for); the CSV tables the rows of their competency queries. JSON-LD is parsed offline: with
 * the context held in the document, and with the context referred to by URL and resolved to the
 * local file.
 */
class ExportRoundTripTest {
    static final Node ENTITIES = NodeFactory.createURI("https://w3id.org/newsgraph/id/graph/entities");

    @TempDir
    static Path tmp;
    static Path db;
    static DatasetGraph dataset;

    @BeforeAll
    static void buildAndCopy() {
        db = SampleDataset.shared();
        dataset = DatasetGraphFactory.createTxnMem();
        try (Store store = Store.open(db)) {
            DatasetGraph dsg = store.dataset().asDatasetGraph();
            Txn.executeRead(dsg, () -> dsg.find().forEachRemaining(dataset::add));
        }
    }

    private static Path export(String format, String file, String... more) {
        Path out = tmp.resolve(file);
        List<String> args = new java.util.ArrayList<>(List.of("export", "--db", db.toString(), "--format", format,
                "--out", out.toString()));
        args.addAll(List.of(more));
        CommandRun r = CommandRun.of(args);
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("Exported "), r.out());
        return out;
    }

    @Test
    void trigRoundTrips() {
        assertSameDataset(RDFParser.source(export("trig", "d.trig")).lang(Lang.TRIG).toDatasetGraph());
    }

    @Test
    void nquadsRoundTrips() {
        assertSameDataset(RDFParser.source(export("nquads", "d.nq")).lang(Lang.NQUADS).toDatasetGraph());
    }

    @Test
    void jsonldWithTheContextInsideRoundTripsOffline() throws IOException {
        Path file = export("jsonld", "d.jsonld");
        String text = Files.readString(file);
        assertTrue(text.contains("\"kind\": \"Country\"") && text.contains("\"label\": \"Armenia\"")
                && text.contains("\"sameAs\": \"wd:Q399\""), "terms read naturally");
        assertSameDataset(RDFParser.source(file).lang(Lang.JSONLD).context(offline()).toDatasetGraph());
    }

    @Test
    void jsonldReferringToThePublishedContextRoundTripsWithTheLocalCopy() throws IOException {
        Path file = export("jsonld", "ref.jsonld", "--context-url", JsonLdContext.PUBLISHED);
        String text = Files.readString(file);
        assertTrue(text.contains("\"@context\": \"" + JsonLdContext.PUBLISHED + "\""), text.substring(0, 200));
        assertSameDataset(RDFParser.source(file).lang(Lang.JSONLD).context(offline()).toDatasetGraph());
    }

    @Test
    void turtleHoldsTheUnionOfTheGraphs() {
        Graph union = GraphFactory.createDefaultGraph();
        dataset.find().forEachRemaining(q -> union.add(q.asTriple()));
        Graph parsed = RDFParser.source(export("turtle", "d.ttl")).lang(Lang.TURTLE).toGraph();
        assertIsomorphic("union", union, parsed);
    }

    @Test
    void turtleOfOneGraph() {
        Graph parsed = RDFParser.source(export("turtle", "entities.ttl", "--graph", ENTITIES.getURI()))
                .lang(Lang.TURTLE).toGraph();
        assertIsomorphic(ENTITIES.getURI(), dataset.getGraph(ENTITIES), parsed);
        DatasetGraph one = RDFParser.source(export("trig", "entities.trig", "--graph", ENTITIES.getURI()))
                .lang(Lang.TRIG).toDatasetGraph();
        assertEquals(List.of(ENTITIES), Iter.toList(one.listGraphNodes()));
        assertIsomorphic(ENTITIES.getURI(), dataset.getGraph(ENTITIES), one.getGraph(ENTITIES));
    }

    @Test
    void csvHasOneTablePerCompetencyQueryWithItsRows() throws IOException {
        Path folder = export("csv", "tables");
        for (String name : CsvExporter.QUERIES) {
            Path expected = Path.of("src/test/resources/queries", name + ".tsv");
            List<String> tsv = Files.readAllLines(expected);
            List<String> header = List.of(tsv.get(0).replace("?", "").split("\t"));
            try (Reader in = Files.newBufferedReader(folder.resolve(name + ".csv"));
                    CSVParser csv = CSVFormat.DEFAULT.builder().setHeader().get().parse(in)) {
                List<CSVRecord> rows = csv.getRecords();
                assertEquals(header, csv.getHeaderNames(), name + ".csv columns");
                assertEquals(tsv.size() - 1, rows.size(), name + ".csv rows, as in " + expected);
            }
        }
        String entities = Files.readString(folder.resolve("entities.csv"));
        assertTrue(entities.contains("https://w3id.org/newsgraph/id/entity/armenia,Armenia,Country,"
                + "http://www.wikidata.org/entity/Q399"), entities);
    }

    @Test
    void unknownGraphAndMisplacedOptionsAreRefused() throws IOException {
        CommandRun r = CommandRun.of("export", "--db", db.toString(), "--format", "turtle", "--out",
                tmp.resolve("x.ttl").toString(), "--graph", "https://example.org/no-such-graph");
        assertEquals(1, r.code());
        assertTrue(r.err().contains("the dataset has no such graph"), r.err());
        try (java.util.stream.Stream<Path> files = Files.list(tmp)) {
            assertEquals(List.of(), files.map(f -> f.getFileName().toString()).filter(n -> n.contains("x.ttl")).toList(),
                    "no file left, not even a temporary one");
        }
        CommandRun csv = CommandRun.of("export", "--db", db.toString(), "--format", "csv", "--out",
                tmp.resolve("t").toString(), "--graph", ENTITIES.getURI());
        assertEquals(2, csv.code());
        CommandRun format = CommandRun.of("export", "--db", db.toString(), "--format", "rdfxml", "--out", "x");
        assertEquals(2, format.code());
        assertTrue(format.err().contains("turtle"), format.err());
    }

    /** A parser context whose JSON-LD processor reads the published context from the local file, never the network. */
    static Context offline() {
        JsonLdOptions options = new JsonLdOptions((url, o) -> {
            if (!url.toString().equals(JsonLdContext.PUBLISHED)) {
                throw new JsonLdError(JsonLdErrorCode.LOADING_DOCUMENT_FAILED, "offline test: " + url);
            }
            try (InputStream in = Files.newInputStream(JsonLdContext.DEFAULT)) {
                return JsonDocument.of(in);
            } catch (IOException e) {
                throw new JsonLdError(JsonLdErrorCode.LOADING_DOCUMENT_FAILED, e.getMessage());
            }
        });
        Context context = new Context();
        context.set(LangJSONLD11.JSONLD_OPTIONS, options);
        return context;
    }

    private static void assertSameDataset(DatasetGraph parsed) {
        Set<Node> want = new TreeSet<>(java.util.Comparator.comparing(Node::toString));
        want.addAll(Iter.toList(dataset.listGraphNodes()));
        Set<Node> got = new TreeSet<>(java.util.Comparator.comparing(Node::toString));
        got.addAll(Iter.toList(parsed.listGraphNodes()));
        assertEquals(want, got, "graph names");
        assertTrue(parsed.getDefaultGraph().isEmpty(), "no triple outside the named graphs");
        for (Node g : want) {
            assertIsomorphic(g.getURI(), dataset.getGraph(g), parsed.getGraph(g));
        }
    }

    private static void assertIsomorphic(String name, Graph want, Graph got) {
        if (!want.isIsomorphicWith(got)) {
            fail(name + ": not isomorphic (" + want.size() + " triples expected, " + got.size() + " parsed)\nexpected:\n"
                    + nt(want) + "\nparsed:\n" + nt(got));
        }
    }

    private static String nt(Graph g) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, g, Lang.NTRIPLES);
        return out.toString(StandardCharsets.UTF_8);
    }
}
