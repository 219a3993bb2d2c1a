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
import org.newsgraph.build.BuildSummary;
import org.newsgraph.build.DatasetBuild;
import org.newsgraph.build.ShardLoad;
import org.newsgraph.rdf.GraphProfile;
import org.newsgraph.rdf.Iris;
import org.newsgraph.store.DatasetLayout;

/**
 * The Spark job in local mode ({@code local[2]}) against {@code newsgraph build} on the sample and
 * the evaluation articles, with the project's own data: its shards and entities graph, loaded
 * into a dataset by {@code newsgraph load} ({@link ShardLoad}, Jena's TDB2 bulk loader), are
 * isomorphic to the build's database graph by graph (the same graph names, each graph
 * isomorphic); its state is the build's, article by article in the same order; and the next
 * {@code newsgraph build} of the same articles finds the loaded dataset up to date.
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
        DatasetGraph expected = copy(build.tdb2());

        Path out = work.resolve("spark");
        JobSettings settings = new JobSettings(DATA.toString(), null, Iris.DEFAULT_BASE, "full", "UTF-8", false);
        SparkJob.Summary summary = new SparkJob(sc, settings).run(articles.toAbsolutePath().toString(),
                out.toUri().toString(), partitions);
        assertEquals(partitions, shards(out).size(), "one shard a partition");
        Path loaded = work.resolve("loaded");
        BuildSummary load = ShardLoad.load(out, loaded, new Iris(Iris.DEFAULT_BASE), GraphProfile.FULL);
        DatasetGraph actual = copy(new DatasetLayout(loaded).tdb2());

        assertEquals(actual.stream().count(), summary.quads(), "the quads the job counted");
        assertEquals(load.quads(), summary.quads(), "the quads loaded");
        assertEquals(summary.entities(), load.entities(), "the entities, as the job and the load count them");
        assertSameGraphs(expected, actual);
        BuildState buildState = BuildState.read(build.state()).orElseThrow();
        BuildState sparkState = BuildState.read(out.resolve(SparkJob.STATE)).orElseThrow();
        assertEquals(new ArrayList<>(buildState.articles().keySet()), new ArrayList<>(sparkState.articles().keySet()),
                "the articles of the state, in corpus order");
        assertEquals(buildState, sparkState, "the state an incremental build reads");
        BuildSummary next = DatasetBuild.builder().data(DATA).articles(articles).out(loaded).dumps(false).build().run();
        assertTrue(next.incremental() && next.changed() + next.removed() == 0, "the next build finds it up to date");
    }

    /** The TDB2 database {@code tdb2} in memory, its files let go. */
    private static DatasetGraph copy(Path tdb2) {
        DatasetGraph copy = DatasetGraphFactory.createTxnMem();
        DatasetGraph tdb = DatabaseMgr.connectDatasetGraph(tdb2.toString());
        try {
            Txn.executeRead(tdb, () -> tdb.find().forEachRemaining(copy::add));
        } finally {
            TDBInternal.expel(tdb);
        }
        return copy;
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
