package org.newsgraph.rdf;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.newsgraph.article.ArticleLoader;
import org.newsgraph.build.ArticleConverter;
import org.newsgraph.pipeline.Pipeline;

/**
 * Golden RDF: each folder under {@code src/test/resources/golden/} holds {@code articles/}, a
 * {@code gazetteer/} and the {@code expected.trig} that converting them with the project's rules
 * ({@code data/rules}) must give, compared as datasets by isomorphism. A failure prints both
 * sides as N-Quads.
 */
class GoldenGraphTest {
    static final Path GOLDEN = Path.of("src/test/resources/golden");
    static final Path RULES = Path.of("data/rules");

    static List<Path> cases() throws IOException {
        try (Stream<Path> dirs = Files.list(GOLDEN)) {
            return dirs.filter(Files::isDirectory).sorted().toList();
        }
    }

    @Test
    void thereAreGoldenCases() throws IOException {
        assertFalse(cases().isEmpty());
    }

    @TestFactory
    Stream<DynamicTest> conversionGivesTheExpectedGraphs() throws IOException {
        return cases().stream().map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> check(dir)));
    }

    private static void check(Path dir) {
        Pipeline pipeline = Pipeline.load(dir.resolve("gazetteer"), RULES);
        DatasetGraph actual = DatasetGraphFactory.createTxnMem();
        ArticleConverter.of(new Iris(Iris.DEFAULT_BASE), pipeline)
                .emit(ArticleLoader.load(dir.resolve("articles")), StreamRDFLib.dataset(actual));
        DatasetGraph expected = RDFDataMgr.loadDatasetGraph(dir.resolve("expected.trig").toString());
        if (!IsoMatcher.isomorphic(expected, actual)) {
            fail(dir + ": the graphs differ\n--- expected\n" + nquads(expected) + "--- actual\n" + nquads(actual));
        }
    }

    private static String nquads(DatasetGraph dsg) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, dsg, Lang.NQUADS);
        return out.toString(StandardCharsets.UTF_8).lines().sorted().reduce("", (a, b) -> a + b + "\n");
    }
}
