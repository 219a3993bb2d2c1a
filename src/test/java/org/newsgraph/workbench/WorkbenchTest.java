package org.newsgraph.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.SampleDataset;
import org.newsgraph.ServedDataset;

/**
 * The workbench's pages served by a real server on the sample dataset: their content, their headers,
 * and that every view is reachable by links from the home page. Robust facts only (names, headings,
 * marks): the extraction rules, and so the sample's statements, change.
 */
class WorkbenchTest {
    static final String PASHINYAN = "https://w3id.org/newsgraph/id/entity/nikol-pashinyan";
    static final String ARMENIA = "https://w3id.org/newsgraph/id/entity/armenia";
    static ServedDataset served;

    @BeforeAll
    static void start() {
        served = ServedDataset.start(SampleDataset.shared());
    }

    @AfterAll
    static void stop() {
        served.close();
    }

    static HttpResponse<String> get(String path) throws Exception {
        return served.get(path);
    }

    static String page(String path) throws Exception {
        HttpResponse<String> response = get(path);
        assertEquals(200, response.statusCode(), path + ": " + response.body());
        assertEquals("text/html;charset=utf-8", response.headers().firstValue("Content-Type").orElse("").replace(" ", "")
                .toLowerCase(), path);
        return response.body();
    }

    @Test
    void searchFindsAnEntityByAnyOfItsNames() throws Exception {
        String found = page("/workbench/?q=pashinyan");
        assertTrue(found.contains(">Nikol Pashinyan</a>"), found);
        assertTrue(found.contains(">Q7035479</a>"), "its Wikidata id, linked");
        assertTrue(found.contains(">Armenia</a>"), "its country");
        String none = page("/workbench/?q=zzzz-no-such-name");
        assertTrue(none.contains("No entity has a name containing"), none);
        assertTrue(page("/workbench/").contains(">Azerbaijan</a>"), "without a name, every entity");
    }

    @Test
    void anEntityPageShowsFactsSectionsAndMarkedEvidence() throws Exception {
        String html = page(Links.entity(PASHINYAN));
        assertTrue(html.contains("<h1>Nikol Pashinyan</h1>"), html);
        for (String heading : new String[] {"Positions held", "Memberships and relations", "Quotations", "Claims it makes",
            "Claims against it", "Events it takes part in", "Mentioned with it"}) {
            assertTrue(html.contains(">" + heading + "</h2>"), heading);
        }
        assertTrue(html.contains("https://www.wikidata.org/wiki/Q7035479"), "the Wikidata link");
        assertTrue(Pattern.compile("<mark>[^<]*Pashinyan</mark>").matcher(html).find(), "a mention of him marked");
        assertTrue(html.contains("href=\"/workbench/article?id=003_a97cd004bbf5f12d#s"), "evidence links to its sentence");
        assertEquals(404, get(Links.entity("https://w3id.org/newsgraph/id/entity/no-such-entity")).statusCode());
    }

    @Test
    void anArticlePageLinksMentionsAndListsStatementsWithTheirRules() throws Exception {
        String html = page(Links.article("003_a97cd004bbf5f12d"));
        assertTrue(html.contains("class=\"mention\" title=\"Nikol Pashinyan\">Nikol Pashinyan</a>"), "a linked mention");
        assertTrue(html.contains(">Statements</h2>"), html);
        assertTrue(html.contains("<code>claim-say</code>") || html.contains("<code>claim-accuse</code>"), "the rules");
        assertTrue(html.contains("id=\"s"), "sentence anchors");
        assertEquals(404, get(Links.article("no-such-article")).statusCode());
    }

    @Test
    void whoSaysWhatShowsClaimsSideBySide() throws Exception {
        String html = page(Links.DISAGREEMENTS);
        assertTrue(html.contains("class=\"pair\""), html);
        assertTrue(html.contains(">Armenia</a> accuses <a") && html.contains(">Azerbaijan</a> accuses <a"), html);
        assertTrue(page(Links.DISAGREEMENTS + "?page=999").contains("No more pairs."), "pages past the end are empty");
        assertTrue(page(Links.DISAGREEMENTS + "?offset=1000").contains("No more pairs."), "articles past the end have none");
        String odd = page(Links.DISAGREEMENTS + "?offset=%3Cscript%3E&page=-1");
        assertTrue(odd.contains("class=\"pair\"") && !odd.contains("<script>"), "anything else is the first page");
    }

    @Test
    void timelineMapAndGraphDrawTheData() throws Exception {
        String timeline = page(Links.TIMELINE);
        assertTrue(timeline.contains(">2022-09-13 ("), timeline);
        assertTrue(page(Links.timeline(ARMENIA)).contains("<h1>Timeline of Armenia</h1>"));
        String map = page(Links.MAP);
        assertTrue(map.contains("<svg") && map.contains("class=\"land\""), "the basemap");
        assertTrue(map.contains(">Yerevan</text>"), "a place on it");
        String graph = page(Links.graph(ARMENIA));
        assertTrue(graph.contains("<svg") && graph.contains(">Azerbaijan</text>"), graph);
    }

    @Test
    void everyAnswerForbidsScriptAndSniffing() throws Exception {
        for (String path : new String[] {"/workbench/", Links.STYLE, "/workbench/nothing-here", Links.MAP}) {
            HttpResponse<String> response = get(path);
            String csp = response.headers().firstValue("Content-Security-Policy").orElse("");
            assertEquals(WorkbenchServlet.CONTENT_SECURITY_POLICY, csp, path);
            assertTrue(csp.contains("script-src 'none'") && csp.contains("default-src 'none'"), csp);
            assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElse(""), path);
        }
        assertTrue(get(Links.STYLE).headers().firstValue("Content-Type").orElse("").startsWith("text/css"));
    }

    @Test
    void everyViewIsReachableByLinksFromTheHomePage() throws Exception {
        Set<String> kinds = new TreeSet<>();
        Set<String> seen = new LinkedHashSet<>();
        Deque<String> todo = new ArrayDeque<>(Set.of(Links.HOME));
        Pattern href = Pattern.compile("href=\"(/workbench/[^\"#]*)");
        while (!todo.isEmpty() && seen.size() < 60) {
            String path = todo.poll();
            if (!seen.add(path)) {
                continue;
            }
            String html = page(path);
            kinds.add(path.replaceAll("^/workbench/([a-z]*).*", "$1"));
            Matcher m = href.matcher(html);
            while (m.find()) {
                String next = m.group(1).replace("&amp;", "&");
                if (!next.startsWith(Links.HOME + "static/") && !seen.contains(next)) {
                    todo.add(next);
                }
            }
        }
        assertEquals(Set.of("", "article", "disagreements", "entity", "graph", "map", "timeline"), kinds, "pages seen: " + seen);
    }
}
