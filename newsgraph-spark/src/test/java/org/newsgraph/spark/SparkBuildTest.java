package org.newsgraph.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.build.BuildState;
import org.newsgraph.build.DatasetBuild;
import org.newsgraph.rdf.Iris;
import org.newsgraph.store.DatasetLayout;

/**
 * The Spark job in local mode ({@code local[2]}) against {@code newsgraph build} on the sample and
 * the evaluation articles, with the project's own data: its shards and entities graph, loaded
 * into one dataset, are isomorphic to the build's database graph by graph (the same graph names,
 * each graph isomorphic), and its state is the build's, article by article in the same order.
 */
class SparkBuildTest {
    /** The repository's data folder, seen from the module's folder. */
    static final Path DATA = Path.of("..", "data");

    private static JavaSparkContext sc;

    @TempDir
    Path work;

    @BeforeAll
    static void startSpark() {
        sc = new JavaSparkContext(new SparkConf().setMaster("local[2]").setAppName("newsgraph-spark-test")
                .set("spark.ui.enabled", "false").set("spark.driver.host", "127.0.0.1"));
    }

    @AfterAll
    static void stopSpark() {
        sc.close();
    }

    @Test
    void theSampleArticlesGiveTheBuildsDataset() throws IOException {
        assertSameAsBuild(DATA.resolve("articles"), 2);
    }

    @Test
    void theEvaluationArticlesGiveTheBuildsDataset() throws IOException {
        assertSameAsBuild(DATA.resolve("eval").resolve("articles"), 3);
    }

    private void assertSameAsBuild(Path articles, int partitions) throws IOException {
        Path built = work.resolve("built");
        DatasetBuild.builder().data(DATA).articles(articles).out(built).dumps(false).build().run();
        DatasetLayout.Build build = new DatasetLayout.Build(new DatasetLayout(built).current().toRealPath());
        DatasetGraph expected = DatasetGraphFactory.createTxnMem();
        DatasetGraph tdb = DatabaseMgr.connectDatasetGraph(build.tdb2().toString());
        try {
            Txn.executeRead(tdb, () -> tdb.find().forEachRemaining(expected::add));
        } finally {
            TDBInternal.expel(tdb);
        }

        Path out = work.resolve("spark");
        JobSettings settings = new JobSettings(DATA.toString(), null, Iris.DEFAULT_BASE, "full", "UTF-8", false);
        SparkJob.Summary summary = new SparkJob(sc, settings).run(articles.toAbsolutePath().toString(),
                out.toUri().toString(), partitions);
        DatasetGraph actual = load(out);

        assertEquals(partitions, shards(out).size(), "one shard a partition");
        assertEquals(actual.stream().count(), summary.quads(), "the quads the job counted");
        assertSameGraphs(expected, actual);
        BuildState buildState = BuildState.read(build.state()).orElseThrow();
        BuildState sparkState = BuildState.read(out.resolve(SparkJob.STATE)).orElseThrow();
        assertEquals(new ArrayList<>(buildState.articles().keySet()), new ArrayList<>(sparkState.articles().keySet()),
                "the articles of the state, in corpus order");
        assertEquals(buildState, sparkState, "the state an incremental build reads");
    }

    /** The shards and the entities graph, loaded into one dataset as a loader would. */
    private static DatasetGraph load(Path out) throws IOException {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        for (Path shard : shards(out)) {
            RDFDataMgr.read(dsg, shard.toString());
        }
        RDFDataMgr.read(dsg, out.resolve(SparkJob.ENTITIES).toString());
        return dsg;
    }

    private static List<Path> shards(Path out) throws IOException {
        try (Stream<Path> files = Files.list(out.resolve(SparkJob.GRAPHS))) {
            return files.filter(f -> f.getFileName().toString().matches("part-\\d{5}\\.nq\\.gz")).sorted().toList();
        }
    }

    /** The same graph names, and each named graph isomorphic; no default graph on either side. */
    static void assertSameGraphs(DatasetGraph expected, DatasetGraph actual) {
        Set<String> expectedNames = names(expected);
        assertFalse(expectedNames.isEmpty(), "the build made graphs");
        assertEquals(expectedNames, names(actual), "the graph names");
        assertTrue(expected.getDefaultGraph().isEmpty() && actual.getDefaultGraph().isEmpty(), "no default graph");
        List<String> differ = new ArrayList<>();
        expected.listGraphNodes().forEachRemaining(name -> {
            Graph e = expected.getGraph(name);
            Graph a = actual.getGraph(name);
            if (!e.isIsomorphicWith(a)) {
                differ.add(name.getURI() + " (" + e.size() + " triples built, " + a.size() + " from Spark)");
            }
        });
        if (!differ.isEmpty()) {
            fail("graphs that differ from the build's: " + String.join(", ", differ));
        }
    }

    private static Set<String> names(DatasetGraph dsg) {
        Set<String> names = new TreeSet<>();
        dsg.listGraphNodes().forEachRemaining((Node n) -> names.add(n.getURI()));
        dsg.stream().map(Quad::getGraph).forEach(g -> names.add(g.getURI()));
        return names;
    }
}
