package org.newsgraph.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.article.Article;
import org.newsgraph.article.ArticleLoader;

/**
 * What an incremental build plans from the previous build's state: only new and changed articles
 * are converted, removed ones are named; without a state of the same fingerprint, or with more
 * than half of the articles new, changed or removed, there is no plan and the build is full.
 */
class BuildPlanTest {
    private static final String FINGERPRINT = "same data, rules and code";

    @TempDir
    Path tmp;
    Path articles;
    Path state;

    @BeforeEach
    void sixArticlesBuiltBefore() throws IOException {
        articles = Files.createDirectories(tmp.resolve("articles"));
        for (String id : List.of("a", "b", "c", "d", "e", "f")) {
            write(id, "Armenia and Azerbaijan agreed a ceasefire, article " + id + " said.");
        }
        state = tmp.resolve("state.csv");
        writeState(FINGERPRINT);
    }

    @Test
    void nothingChangedIsAPlanWithNothingToConvert() {
        BuildPlan plan = plan().orElseThrow();
        assertTrue(plan.nothingChanged());
        assertEquals(List.of("a", "b", "c", "d", "e", "f"), List.copyOf(plan.next().keySet()));
    }

    @Test
    void aChangedANewAndARemovedArticleArePlanned() throws IOException {
        write("b", "Armenia and Azerbaijan broke the ceasefire, article b said.");
        write("g", "Russia called for talks, article g said.");
        Files.delete(articles.resolve("d.txt"));
        BuildPlan plan = plan().orElseThrow();
        assertEquals(List.of("b", "g"), plan.changed().stream().map(Article::id).toList());
        assertEquals(List.of("d"), plan.removed());
        assertNull(plan.next().get("b"), "a changed article has no state until it is converted");
    }

    @Test
    void moreThanHalfOfTheArticlesChangedMeansAFullBuild() throws IOException {
        for (String id : List.of("a", "b", "c", "d")) {
            write(id, "Georgia held elections, article " + id + " said.");
        }
        assertTrue(plan().isEmpty());
    }

    @Test
    void otherDataRulesOrCodeMeanAFullBuild() {
        writeState("other rules");
        assertTrue(plan().isEmpty());
    }

    @Test
    void noStateMeansAFullBuild() throws IOException {
        Files.delete(state);
        assertTrue(plan().isEmpty());
    }

    private Optional<BuildPlan> plan() {
        return BuildPlan.of(state, FINGERPRINT, articles, ArticleLoader.Options.defaults());
    }

    private void write(String id, String text) throws IOException {
        Files.writeString(articles.resolve(id + ".txt"), text + "\n", StandardCharsets.UTF_8);
    }

    /** The state a build of the articles as they are now would leave. */
    private void writeState(String fingerprint) {
        try (BuildState.Writer w = BuildState.writer(state, fingerprint)) {
            for (Article a : ArticleLoader.load(articles)) {
                w.add(a.id(), new BuildState.ArticleState(a.digest(), 10, 1, List.of("armenia"), List.of()));
            }
        }
    }
}
