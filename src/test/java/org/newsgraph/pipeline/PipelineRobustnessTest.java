package org.newsgraph.pipeline;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.Test;
import org.newsgraph.article.Article;
import org.newsgraph.article.ArticleMetadata;
import org.newsgraph.build.ArticleConverter;
import org.newsgraph.model.AnnotatedArticle;
import org.newsgraph.model.Mention;
import org.newsgraph.rdf.Iris;

/**
 * The whole pipeline on text it was not written for: random cuts, splices and shuffles of the
 * sample articles, with stray quotes and brackets. Nothing may throw, every mention must lie
 * inside the text, and the RDF must be emitted.
 */
class PipelineRobustnessTest {
    private static final Pipeline PIPELINE = Pipeline.load(Path.of("data"));
    private static final String NOISE = "“”\"'’()[],.;:–-—?!\n  0123456789";

    @Test
    void mangledArticlesNeverBreakThePipeline() throws Exception {
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("data/articles"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                texts.add(Files.readString(f));
            }
        }
        Random random = new Random(20220913);
        int checked = 0;
        for (int round = 0; round < 300; round++) {
            String text = mangle(texts.get(random.nextInt(texts.size())), random);
            if (text.isBlank()) {
                continue;
            }
            Article article = new Article("r" + round, "r.txt", text, ArticleMetadata.unknown());
            AnnotatedArticle a = PIPELINE.annotate(article);
            for (Mention m : a.mentions()) {
                assertTrue(m.start() >= 0 && m.end() <= a.normalized().text().length(), "mention inside the text");
            }
            DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
            ArticleConverter.of(new Iris(Iris.DEFAULT_BASE), PIPELINE).emit(List.of(article), StreamRDFLib.dataset(dsg));
            assertTrue(dsg.stream().count() > 0, "the article itself is always described");
            checked++;
        }
        assertTrue(checked > 250);
    }

    private static String mangle(String text, Random random) {
        StringBuilder sb = new StringBuilder();
        int pieces = 1 + random.nextInt(6);
        for (int i = 0; i < pieces; i++) {
            int from = random.nextInt(text.length());
            int to = Math.min(text.length(), from + random.nextInt(600));
            sb.append(text, from, to);
            for (int k = random.nextInt(4); k > 0; k--) {
                sb.append(NOISE.charAt(random.nextInt(NOISE.length())));
            }
        }
        return sb.toString();
    }
}
