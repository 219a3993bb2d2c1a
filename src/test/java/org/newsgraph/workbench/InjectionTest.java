package org.newsgraph.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.ServedDataset;

/**
 * An article whose text, title, publisher and author hold {@code <script>}, {@code "><img onerror=…>}
 * and the like: every workbench page shows them as text, and every answer forbids script.
 */
class InjectionTest {
    @TempDir
    static Path tmp;
    static ServedDataset served;

    @BeforeAll
    static void start() throws Exception {
        served = ServedDataset.start(HostileArticle.build(tmp));
    }

    @AfterAll
    static void stop() {
        served.close();
    }

    static HttpResponse<String> get(String path) throws Exception {
        return served.get(path);
    }

    static List<String> pages() {
        String entity = "https://w3id.org/newsgraph/id/entity/";
        return List.of(Links.HOME, Links.search("script"), Links.search(HostileArticle.IMG), Links.article(HostileArticle.ID),
                Links.entity(entity + "armenia"), Links.entity(entity + "azerbaijan"), Links.entity(entity + "nikol-pashinyan"),
                Links.DISAGREEMENTS, Links.TIMELINE, Links.MAP, Links.graph(entity + "armenia"),
                Links.article(HostileArticle.SCRIPT), Links.entity(HostileArticle.IMG));
    }

    @Test
    void everyPageShowsTheMarkupAsText() throws Exception {
        for (String path : pages()) {
            HttpResponse<String> response = get(path);
            String body = response.body().toLowerCase(Locale.ROOT);
            assertFalse(body.contains("<script"), path + " holds a script element:\n" + response.body());
            assertFalse(body.contains("<img"), path + " holds an img element");
            assertFalse(body.contains("<svg onload") || body.contains("<b onmouseover"), path + " holds a hostile element");
            assertFalse(body.contains("onerror=alert(1)>") && !body.contains("onerror=alert(1)&gt;"), path);
        }
        String article = get(Links.article(HostileArticle.ID)).body();
        assertTrue(article.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "the text shows the markup:\n" + article);
        assertTrue(article.contains("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"), "in the text and the title");
        assertTrue(article.contains("&lt;b onmouseover=alert(1)&gt;Wire&lt;/b&gt;"), "the publisher");
        String armenia = get(Links.entity("https://w3id.org/newsgraph/id/entity/armenia")).body();
        assertTrue(armenia.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "claims show the markup as text:\n" + armenia);
    }

    @Test
    void everyAnswerCarriesTheContentSecurityPolicy() throws Exception {
        for (String path : pages()) {
            HttpResponse<String> response = get(path);
            assertEquals(WorkbenchServlet.CONTENT_SECURITY_POLICY,
                    response.headers().firstValue("Content-Security-Policy").orElse(""), path);
            assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElse(""), path);
        }
    }
}
