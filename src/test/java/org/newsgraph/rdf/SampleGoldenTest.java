package org.newsgraph.rdf;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.api.Test;
import org.newsgraph.SampleDataset;
import org.newsgraph.article.ArticleLoader;
import org.newsgraph.build.ArticleConverter;
import org.newsgraph.pipeline.Pipeline;

/**
 * The golden graphs of the two sample articles ({@code data/articles}) and of the evaluation
 * articles ({@code data/eval/articles}), converted with the project's own gazetteer, rules and
 * open data ({@code data/}), compared with {@code src/test/resources/golden-samples/expected.trig}
 * and {@code golden-eval/expected.trig} by isomorphism: any change in what newsgraph extracts from
 * them shows here, quad by quad. After an intended change, write the new graphs and review their
 * diff before committing them: {@code mvn test -Dtest=SampleGoldenTest -Dnewsgraph.golden.update=true},
 * then {@code git diff src/test/resources/golden-samples src/test/resources/golden-eval}.
 */
class SampleGoldenTest {
    static final Path EXPECTED = Path.of("src/test/resources/golden-samples/expected.trig");
    static final Path EXPECTED_EVAL = Path.of("src/test/resources/golden-eval/expected.trig");

    @Test
    void theSampleArticlesGiveTheirGoldenGraph() throws IOException {
        assertGolden(SampleDataset.DATA.resolve("articles"), EXPECTED, "the sample articles' graph");
    }

    @Test
    void theEvaluationArticlesGiveTheirGoldenGraph() throws IOException {
        assertGolden(SampleDataset.DATA.resolve("eval").resolve("articles"), EXPECTED_EVAL,
                "the evaluation articles' graph");
    }

    private static void assertGolden(Path articles, Path expectedFile, String what) throws IOException {
        Pipeline pipeline = Pipeline.load(SampleDataset.DATA);
        ArticleConverter converter = ArticleConverter.of(new Iris(Iris.DEFAULT_BASE), pipeline);
        DatasetGraph actual = DatasetGraphFactory.createTxnMem();
        converter.emit(ArticleLoader.load(articles), StreamRDFLib.dataset(actual));
        if (Boolean.getBoolean("newsgraph.golden.update")) {
            write(actual, converter, expectedFile);
            return;
        }
        DatasetGraph expected = RDFDataMgr.loadDatasetGraph(expectedFile.toString());
        if (!IsoMatcher.isomorphic(expected, actual)) {
            fail(what + " changed; if that was intended, update " + expectedFile
                    + " (see this test's comment)\n" + difference(expected, actual));
        }
    }

    private static void write(DatasetGraph graph, ArticleConverter converter, Path file) throws IOException {
        Files.createDirectories(file.getParent());
        try (OutputStream out = Files.newOutputStream(file)) {
            StreamRDF writer = StreamRDFWriter.getWriterStream(out, RDFFormat.TRIG_BLOCKS);
            writer.start();
            converter.emitter().prefixes().forEach(writer::prefix);
            graph.find().forEachRemaining(writer::quad);
            writer.finish();
        }
    }

    /** The quads without blank nodes that only one side has: enough to see what changed. */
    private static String difference(DatasetGraph expected, DatasetGraph actual) {
        List<String> lines = new ArrayList<>();
        expected.find().forEachRemaining(q -> {
            if (!blank(q) && !actual.contains(q)) {
                lines.add("- " + q);
            }
        });
        actual.find().forEachRemaining(q -> {
            if (!blank(q) && !expected.contains(q)) {
                lines.add("+ " + q);
            }
        });
        return lines.isEmpty() ? "(only quads with blank nodes differ)" : String.join("\n", lines);
    }

    private static boolean blank(Quad q) {
        return q.getSubject().isBlank() || q.getObject().isBlank();
    }
}
