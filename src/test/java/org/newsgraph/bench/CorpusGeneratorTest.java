package org.newsgraph.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.SampleDataset;
import org.newsgraph.article.Article;
import org.newsgraph.article.ArticleLoader;
import org.newsgraph.gazetteer.Gazetteer;
import org.newsgraph.gazetteer.GazetteerLoader;
import org.newsgraph.gazetteer.Kind;
import org.newsgraph.model.AnnotatedArticle;
import org.newsgraph.model.Mention;
import org.newsgraph.pipeline.Pipeline;

/**
 * The benchmark corpus: the same seed gives the same articles, a larger corpus extends a smaller
 * one, the articles are of news length with every slot filled, they draw on the whole gazetteer,
 * and the pipeline finds real work in them (entities, unknown people, facts).
 */
class CorpusGeneratorTest {
    private static final Gazetteer GAZETTEER = GazetteerLoader.load(SampleDataset.DATA.resolve("gazetteer"));

    @Test
    void theSameSeedGivesTheSameArticlesAndAnotherSeedOthers() {
        CorpusGenerator a = CorpusGenerator.of(GAZETTEER, 7);
        CorpusGenerator b = CorpusGenerator.of(GAZETTEER, 7);
        CorpusGenerator c = CorpusGenerator.of(GAZETTEER, 8);
        for (int i : new int[] {0, 1, 99, 12345}) {
            assertEquals(a.article(i), b.article(i));
            assertNotEquals(a.article(i).text(), c.article(i).text());
        }
    }

    @Test
    void articlesAreOfNewsLengthWithEverySlotFilledAndVaried() {
        CorpusGenerator g = CorpusGenerator.of(GAZETTEER, 42);
        Set<String> texts = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            String text = g.article(i).text();
            assertTrue(text.length() > 1200 && text.length() < 8000, "length " + text.length());
            assertFalse(text.contains("{") || text.contains("}"), "an unfilled slot in: " + text);
            texts.add(text);
        }
        assertEquals(200, texts.size(), "no two articles alike");
    }

    @Test
    void theCorpusDrawsOnTheWholeGazetteerAndGivesThePipelineWork(@TempDir Path tmp) throws IOException {
        long bytes = CorpusGenerator.of(GAZETTEER, 42).write(tmp, 60);
        assertTrue(bytes > 60 * 1200);
        assertTrue(Files.isRegularFile(tmp.resolve("articles.csv")));
        List<Article> articles = ArticleLoader.load(tmp);
        assertEquals(60, articles.size());
        assertEquals("bench-0000000", articles.get(0).id());
        Pipeline pipeline = Pipeline.load(SampleDataset.DATA);
        Set<String> countries = new HashSet<>();
        int persons = 0;
        int facts = 0;
        for (Article article : articles) {
            AnnotatedArticle annotated = pipeline.annotate(article);
            annotated.mentions().stream().map(Mention::entityId)
                    .filter(id -> GAZETTEER.get(id).map(e -> e.kind() == Kind.COUNTRY).orElse(false))
                    .forEach(countries::add);
            persons += annotated.found().stream().filter(f -> f.entity().kind() == Kind.PERSON).count();
            facts += annotated.facts().claims().size() + annotated.facts().quotations().size();
        }
        assertTrue(countries.size() >= 60, "countries across 60 articles: " + countries.size());
        assertTrue(persons >= 60, "people found outside the gazetteer: " + persons);
        assertTrue(facts >= 60 * 3, "claims and quotations: " + facts);
        assertEquals(IntStream.range(0, 60).mapToObj(i -> String.format("bench-%07d", i)).toList(),
                articles.stream().map(Article::id).toList());
    }
}
