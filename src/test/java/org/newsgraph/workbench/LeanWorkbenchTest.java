package org.newsgraph.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.SampleDataset;
import org.newsgraph.ServedDataset;
import org.newsgraph.build.DatasetBuild;
import org.newsgraph.rdf.GraphProfile;

/**
 * The workbench on a lean dataset ({@code build --profile lean}): the pages that read mentions (an article's
 * linked names, the search's counts, the entities mentioned with another) say on the page that the dataset is
 * lean and keeps no mentions, instead of showing nothing; on the full sample dataset they do not.
 */
class LeanWorkbenchTest {
    private static final String NOTE = "This dataset is lean (built with --profile lean)";

    @TempDir
    static Path tmp;
    static ServedDataset lean;
    static ServedDataset full;

    @BeforeAll
    static void start() {
        Path out = tmp.resolve("lean");
        DatasetBuild.builder().data(SampleDataset.DATA).out(out).profile(GraphProfile.LEAN).build().run();
        lean = ServedDataset.start(out);
        full = ServedDataset.start(SampleDataset.shared());
    }

    @AfterAll
    static void stop() {
        lean.close();
        full.close();
    }

    private static String page(ServedDataset served, String path) throws Exception {
        HttpResponse<String> response = served.get(path);
        assertEquals(200, response.statusCode(), path + ": " + response.body());
        return response.body();
    }

    @Test
    void theArticlePageSaysItsNamesAreNotLinked() throws Exception {
        String html = page(lean, "/workbench/article?id=003_a97cd004bbf5f12d");
        assertTrue(html.contains(NOTE), html);
        assertTrue(html.contains("the names in this text are not linked"), html);
        assertFalse(page(full, "/workbench/article?id=003_a97cd004bbf5f12d").contains(NOTE));
    }

    @Test
    void theSearchSaysTheCountsAreNotKnown() throws Exception {
        String html = page(lean, "/workbench/?q=armenia");
        assertTrue(html.contains(NOTE), html);
        assertTrue(html.contains("how many articles mention each entity is not known"), html);
        assertTrue(html.contains(">Armenia</a>"), "the entities are still found");
        assertFalse(page(full, "/workbench/?q=armenia").contains(NOTE));
    }

    @Test
    void theEntityPageSaysWhoIsMentionedWithItIsNotKnown() throws Exception {
        String path = Links.entity(WorkbenchTest.ARMENIA);
        String html = page(lean, path);
        assertTrue(html.contains("the entities mentioned in the same articles are not known"), html);
        assertTrue(html.contains("Claims it makes"), "the statements are still shown");
        assertFalse(page(full, path).contains(NOTE));
    }
}
