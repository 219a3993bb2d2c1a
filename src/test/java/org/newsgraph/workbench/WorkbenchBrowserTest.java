package org.newsgraph.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.SampleDataset;
import org.newsgraph.Slow;

/**
 * The workbench in a real headless Chromium, driven through its DevTools protocol ({@link Chromium}):
 * {@code newsgraph serve} runs in a process of its own on the sample dataset, and the browser opens
 * the search, an entity page, an article page, who says what, the timeline, the map and the graph,
 * checking what they show. Any request to another origin, console error, exception or dialog fails
 * the test. A second server holds the hostile article of {@link HostileArticle}: no dialog opens and no
 * element is made from its text.
 *
 * <p>Needs Chromium ({@code apt-get install chromium}): without it the test is skipped, but fails when
 * the environment variable {@code CI} is set. With {@code -Dnewsgraph.workbench.screenshots=docs} it writes
 * the README's screenshots, {@code workbench-entity.png} and {@code workbench-disagreements.png}.
 */
@Slow
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WorkbenchBrowserTest {
    static final String SCREENSHOTS = System.getProperty("newsgraph.workbench.screenshots", "");
    @TempDir
    static Path tmp;
    static final List<Process> SERVERS = new ArrayList<>();
    static Chromium browser;
    static String origin;
    static String hostileOrigin;
    static int seen;

    @BeforeAll
    static void start() throws Exception {
        var chromium = Chromium.find();
        if (chromium.isEmpty()) {
            String message = "Chromium is not installed (apt-get install chromium): the workbench's browser test cannot run";
            if (System.getenv("CI") != null) {
                fail(message + ", and CI is set");
            }
            Assumptions.abort(message);
        }
        origin = serve(SampleDataset.build(Files.createDirectories(tmp.resolve("sample"))), "sample");
        hostileOrigin = serve(HostileArticle.build(Files.createDirectories(tmp.resolve("hostile"))), "hostile");
        browser = Chromium.start(chromium.get(), tmp);
        for (String domain : new String[] {"Page", "Network", "Runtime", "Log"}) {
            browser.send(domain + ".enable");
        }
        JsonObject viewport = new JsonObject();
        viewport.put("width", 1280);
        viewport.put("height", 800);
        viewport.put("deviceScaleFactor", 1);
        viewport.put("mobile", false);
        browser.send("Emulation.setDeviceMetricsOverride", viewport);
    }

    /** Starts {@code newsgraph serve} on {@code db} on a free port; returns the workbench's origin. */
    static String serve(Path db, String name) throws Exception {
        Path log = tmp.resolve(name + "-serve.log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process serve = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), "org.newsgraph.cli.Main",
                "serve", "--db", db.toString(), "--port", "0").redirectErrorStream(true).redirectOutput(log.toFile()).start();
        SERVERS.add(serve);
        Pattern workbench = Pattern.compile("Workbench: (http://\\S+)/workbench/");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            Matcher m = workbench.matcher(Files.readString(log, StandardCharsets.UTF_8));
            if (m.find()) {
                return m.group(1);
            }
            if (!serve.isAlive()) {
                break;
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("newsgraph serve did not print the workbench's address:\n" + Files.readString(log));
    }

    @AfterAll
    static void stop() throws InterruptedException {
        if (browser != null) {
            browser.close();
        }
        for (Process serve : SERVERS) {
            serve.destroy();
            if (!serve.waitFor(20, TimeUnit.SECONDS)) {
                serve.destroyForcibly();
            }
        }
    }

    /** After each test: every request went to a server under test, and nothing went wrong in the page. */
    @AfterEach
    void nothingForeignAndNoErrors() {
        List<JsonObject> events = browser.events.subList(seen, browser.events.size());
        seen += events.size();
        List<String> problems = new ArrayList<>();
        for (JsonObject e : events) {
            String method = e.getString("method");
            JsonObject params = e.getObj("params");
            switch (method) {
                case "Network.requestWillBeSent" -> {
                    String url = params.getObj("request").getString("url");
                    if (!url.startsWith("data:") && !origin(url).equals(origin) && !origin(url).equals(hostileOrigin)) {
                        problems.add("request to another origin: " + url);
                    }
                }
                case "Runtime.consoleAPICalled" -> {
                    if (List.of("error", "assert", "warning").contains(params.getString("type"))) {
                        problems.add("console " + params.getString("type") + ": " + JSON.toStringFlat(params.get("args")));
                    }
                }
                case "Runtime.exceptionThrown", "Page.javascriptDialogOpening" -> problems.add(method + ": " + JSON.toStringFlat(params));
                case "Log.entryAdded" -> {
                    JsonObject entry = params.getObj("entry");
                    if (List.of("error", "warning").contains(entry.getString("level"))) {
                        problems.add("console " + entry.getString("level") + ": " + entry.getString("text") + " " + entry.getString("url"));
                    }
                }
                default -> {
                    // other events say nothing about the page's health
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    private static String origin(String url) {
        URI uri = URI.create(url);
        return uri.getScheme() + "://" + uri.getRawAuthority();
    }

    private static String text(String selector) throws Exception {
        return browser.evaluate("(document.querySelector(" + JSON.toStringFlat(new org.apache.jena.atlas.json.JsonString(selector))
                + ") || {}).textContent || ''");
    }

    private static long count(String selector) throws Exception {
        return Long.parseLong(browser.evaluate("String(document.querySelectorAll("
                + JSON.toStringFlat(new org.apache.jena.atlas.json.JsonString(selector)) + ").length)"));
    }

    private static void screenshot(String name) throws Exception {
        if (!SCREENSHOTS.isEmpty()) {
            browser.screenshot(Path.of(SCREENSHOTS, name));
        }
    }

    @Test
    @Order(1)
    void searchFindsAPersonAndLinksToTheirPage() throws Exception {
        browser.navigate(origin + "/workbench/");
        assertEquals("Search the entities", text("h1"));
        assertNotEquals("rgba(0, 0, 0, 0)", browser.evaluate("getComputedStyle(document.querySelector('header')).backgroundColor"),
                "the stylesheet applies");
        browser.navigate(origin + "/workbench/?q=Pashinyan");
        assertEquals("Nikol Pashinyan", text("table.hits tbody a"));
        assertEquals("Pashinyan", browser.evaluate("document.querySelector('input[name=q]').value"));
        assertEquals("Skip to content", text("a.skip"), "a skip link first");
    }

    @Test
    @Order(2)
    void anEntityPageShowsWhatTheArticlesSay() throws Exception {
        browser.navigate(origin + "/workbench/?q=Pashinyan");
        browser.navigate(browser.evaluate("document.querySelector('table.hits tbody a').href"));
        assertEquals("Nikol Pashinyan", text("h1"));
        String headings = browser.evaluate("[...document.querySelectorAll('h2')].map(h => h.textContent).join('|')");
        for (String heading : new String[] {"Positions held", "Claims it makes", "Claims against it", "Events it takes part in",
            "Mentioned with it"}) {
            assertTrue(headings.contains(heading), headings);
        }
        assertTrue(browser.evaluate("[...document.querySelectorAll('blockquote.evidence mark')].map(m => m.textContent).join('|')")
                .contains("Pashinyan"), "his mentions marked in the evidence");
        assertTrue(text("dl.facts").contains("Q7035479"), text("dl.facts"));
        assertTrue(count("ul.co a") > 3, "co-mentioned entities");
        screenshot("workbench-entity.png");
    }

    @Test
    @Order(3)
    void anArticlePageLinksItsMentions() throws Exception {
        browser.navigate(origin + "/workbench/article?id=003_a97cd004bbf5f12d");
        assertTrue(text("h1").contains("Reuters") || text("h1").length() > 5, text("h1"));
        assertTrue(count(".article-text a.mention") > 20, "mentions linked");
        assertTrue(browser.evaluate("[...document.querySelectorAll('.article-text a.mention')].map(a => a.textContent).join('|')")
                .contains("Nikol Pashinyan"));
        assertTrue(count("table.statements tbody tr") > 5, "statements listed");
        assertTrue(count("table.statements code") > 5, "with their rules");
    }

    @Test
    @Order(4)
    void whoSaysWhatSetsClaimsSideBySide() throws Exception {
        browser.navigate(origin + "/workbench/disagreements");
        assertEquals("Who says what", text("h1"));
        assertTrue(count("li.pair") >= 1, "at least one pair of claims");
        String pair = text("li.pair");
        assertTrue(pair.contains("accuses") && pair.contains("Armenia") && pair.contains("Azerbaijan"), pair);
        assertEquals(2, count("li.pair:first-child .side"));
        screenshot("workbench-disagreements.png");
    }

    @Test
    @Order(5)
    void theTimelineListsDatedEvents() throws Exception {
        browser.navigate(origin + "/workbench/timeline");
        assertEquals("Timeline", text("h1"));
        assertTrue(browser.evaluate("[...document.querySelectorAll('h2.date')].map(h => h.textContent).join('|')")
                .contains("2022-09-13"));
        assertTrue(count("li.event") > 3);
    }

    @Test
    @Order(6)
    void theMapDrawsPlacesOnTheBasemap() throws Exception {
        browser.navigate(origin + "/workbench/map");
        assertEquals("Map", text("h1"));
        assertTrue(Long.parseLong(browser.evaluate("String(document.querySelector('svg.map path.land').getAttribute('d').length)")) > 1000,
                "Natural Earth's countries drawn");
        assertTrue(browser.evaluate("[...document.querySelectorAll('svg.map > a.place > text')].map(t => t.textContent).join('|')")
                .contains("Yerevan"), "places drawn on the map, not inside another shape");
        assertTrue(count("svg.map > path.land") == 1 && count("svg.map > a.place > circle.dot") > 3);
        assertTrue(Double.parseDouble(browser.evaluate("String(document.querySelector('svg.map').getBoundingClientRect().height)")) > 200,
                "the map has a size");
    }

    @Test
    @Order(7)
    void theGraphShowsAnEntitysNeighbourhood() throws Exception {
        browser.navigate(origin + "/workbench/?q=Armenia");
        browser.navigate(browser.evaluate("document.querySelector('table.hits tbody a').href"));
        browser.navigate(browser.evaluate("document.querySelector('p.views a').href"));
        assertEquals("Neighbourhood of Armenia", text("h1"));
        assertTrue(browser.evaluate("[...document.querySelectorAll('svg.graph > a.node > .node-label')].map(t => t.textContent)"
                + ".join('|')").contains("Azerbaijan"), "neighbours drawn, not inside another shape");
        assertTrue(count("svg.graph > line.edge") > 3);
    }

    @Test
    @Order(8)
    void hostileTextStaysText() throws Exception {
        String[] pages = {"/workbench/article?id=hostile", "/workbench/?q=script",
            "/workbench/entity?iri=https%3A%2F%2Fw3id.org%2Fnewsgraph%2Fid%2Fentity%2Farmenia",
            "/workbench/entity?iri=https%3A%2F%2Fw3id.org%2Fnewsgraph%2Fid%2Fentity%2Fnikol-pashinyan",
            "/workbench/disagreements", "/workbench/timeline"};
        for (String page : pages) {
            browser.navigate(hostileOrigin + page);
            assertEquals(0, count("script, img, iframe, object, embed, b, main svg [onload]"), page + ": an element made from the text");
            assertEquals("0", browser.evaluate("String([...document.querySelectorAll('*')].filter(e => [...e.attributes]"
                    + ".some(a => a.name.startsWith('on'))).length)"), page + ": an event handler attribute");
        }
        browser.navigate(hostileOrigin + "/workbench/article?id=hostile");
        String body = browser.evaluate("document.body.innerText");
        assertTrue(body.contains(HostileArticle.SCRIPT), body);
        assertTrue(body.contains(HostileArticle.IMG), body);
        assertFalse(browser.events("Page.javascriptDialogOpening").size() > 0, "no dialog opened");
    }

}
