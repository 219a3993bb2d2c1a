package org.newsgraph.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The packages of {@code src/main/java} keep to their layers, lowest first: a package may use its own
 * layer and the layers below it, never one above. The layers tell the story of the tree: foundations
 * (files, strict CSV), the vocabularies (text, articles, gazetteer, rule lists), the records the stages
 * hand on ({@code model}), the stages (layout, recognise, discover, link to the open data, extract facts), the
 * pipeline that orders them, the graph ({@code rdf}: annotated articles to quads, and its validation),
 * building a dataset, what uses a built dataset, curation and measurement, and the command line on
 * top. A few edges the layers allow are forbidden too: {@code rdf} never runs the pipeline, and
 * {@code store} reads a built dataset but never builds one. The benchmark ({@code src/bench/java})
 * may use the product, never the other way round; so may the build on Spark (the module
 * {@code newsgraph-spark}), which uses the product up to the {@code build} layer.
 */
class LayerRulesTest {
    private static final Path MAIN = Path.of("src/main/java/org/newsgraph");
    private static final Path BENCH = Path.of("src/bench/java/org/newsgraph");
    private static final Path SPARK = Path.of("newsgraph-spark/src/main/java/org/newsgraph");

    /** The layers, lowest first, by top-level package; "(root)" is {@code org.newsgraph} itself. */
    private static final List<Set<String>> LAYERS = List.of(
            Set.of("(root)", "io"),
            Set.of("text", "article", "gazetteer", "lexicon"),
            Set.of("model"),
            Set.of("layout", "recognize", "discover", "world", "facts"),
            Set.of("pipeline"),
            Set.of("rdf", "validate"),
            Set.of("build", "store"),
            Set.of("server", "workbench", "query", "export", "push"),
            Set.of("review", "link", "eval", "opendata"),
            Set.of("cli"));

    /** Edges that the layers would allow but the design does not. */
    private static final Map<String, Set<String>> FORBIDDEN = Map.of(
            "rdf", Set.of("pipeline"),
            "validate", Set.of("pipeline"),
            "store", Set.of("build"));

    @Test
    void everyPackageIsInALayer() throws IOException {
        Set<String> unplaced = new TreeSet<>();
        PackageGraph.read(MAIN).keySet().forEach(p -> unplaced.add(PackageGraph.top(p)));
        LAYERS.forEach(unplaced::removeAll);
        assertEquals(Set.of(), unplaced, "packages in no layer of " + getClass().getSimpleName()
                + "; add each to the layer it belongs to");
    }

    @Test
    void noPackageUsesALayerAboveItsOwn() throws IOException {
        Map<String, Set<String>> edges = PackageGraph.read(MAIN);
        assertTrue(edges.size() > 10, "the packages were read: " + edges.keySet());
        assertEquals(List.of(), violations(edges), "dependencies against the layers; move the shared class down a layer");
    }

    @Test
    void theProductNeverUsesTheBenchmark() throws IOException {
        assertTrue(PackageGraph.read(BENCH).containsKey("bench"), "the benchmark's sources are in " + BENCH);
        List<String> users = new ArrayList<>();
        PackageGraph.read(MAIN).forEach((from, tos) -> {
            if (tos.contains("bench")) {
                users.add(from);
            }
        });
        assertEquals(List.of(), users, "product packages that use the benchmark; the benchmark may use the product,"
                + " not the other way round");
    }

    @Test
    void theProductNeverUsesTheSparkModuleWhichUsesItUpToTheBuild() throws IOException {
        Map<String, Set<String>> spark = PackageGraph.read(SPARK);
        assertTrue(spark.containsKey("spark"), "the Spark module's sources are in " + SPARK);
        List<String> users = new ArrayList<>();
        PackageGraph.read(MAIN).forEach((from, tos) -> {
            if (tos.contains("spark")) {
                users.add(from);
            }
        });
        assertEquals(List.of(), users, "product packages that use the Spark module");
        Set<String> allowed = new TreeSet<>();
        LAYERS.subList(0, 7).forEach(allowed::addAll);
        allowed.add("spark");
        Set<String> above = new TreeSet<>(spark.get("spark"));
        above.removeAll(allowed);
        assertEquals(Set.of(), above, "packages above the build layer that the Spark module uses");
    }

    @Test
    void anEdgeUpwardsOrForbiddenIsCaught() {
        Map<String, Set<String>> edges = new TreeMap<>(Map.of(
                "model", Set.of("facts", "text"),
                "rdf", Set.of("pipeline", "model"),
                "discover.persons", Set.of("recognize", "build"),
                "store", Set.of("build")));
        assertEquals(List.of("discover.persons -> build", "model -> facts", "rdf -> pipeline (forbidden)",
                "store -> build (forbidden)"),
                violations(edges));
    }

    /** The edges of {@code edges} that go up a layer or are forbidden, as "from -> to". */
    private static List<String> violations(Map<String, Set<String>> edges) {
        List<String> wrong = new ArrayList<>();
        edges.forEach((from, tos) -> new TreeSet<>(tos).forEach(to -> {
            String a = PackageGraph.top(from);
            String b = PackageGraph.top(to);
            if (layer(b) > layer(a)) {
                wrong.add(from + " -> " + to);
            }
            if (FORBIDDEN.getOrDefault(a, Set.of()).contains(b)) {
                wrong.add(from + " -> " + to + " (forbidden)");
            }
        }));
        return wrong;
    }

    private static int layer(String pkg) {
        for (int i = 0; i < LAYERS.size(); i++) {
            if (LAYERS.get(i).contains(pkg)) {
                return i;
            }
        }
        return Integer.MAX_VALUE;
    }
}
