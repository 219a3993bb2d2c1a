package org.newsgraph.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.jena.atlas.json.JSON;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.cli.CommandRun;

/**
 * {@code newsgraph link} against a real Fuseki server holding a Wikidata-shaped fixture: the first
 * run (in {@link #linkOnce()}) fetches every answer; the server is then stopped, so every later run
 * works from the cache or fails.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LinkCommandTest {
    @TempDir
    static Path tmp;

    private WikidataFixture.Server wikidata;
    private String endpoint;
    private Path db;
    private Path cache;
    private Path links;
    private CommandRun first;

    @BeforeAll
    void linkOnce() throws Exception {
        db = WikidataFixture.buildDataset(tmp);
        cache = tmp.resolve("cache");
        links = tmp.resolve("links/wikidata-links.csv");
        wikidata = WikidataFixture.start();
        endpoint = wikidata.endpoint();
        try {
            first = CommandRun.of("link", "--db", db.toString(), "--endpoint", endpoint, "--links", links.toString(),
                    "--cache", cache.toString());
        } finally {
            wikidata.stop();
        }
    }

    @Test
    void firstRunAsksTheEndpointForEveryEntity() {
        assertEquals(0, first.code(), first.err());
        assertTrue(first.out().contains("5 entities looked up, 10 candidates, 4 links accepted, 0 cached answers used "
                + "(5 fetched)"), first.out());
        assertEquals(5, wikidata.agents().size(), "one request per entity: " + wikidata.agents());
        assertTrue(wikidata.agents().stream().allMatch(EndpointSource.USER_AGENT::equals),
                "every request names newsgraph: " + wikidata.agents());
        List<Long> arrivals = wikidata.arrivals();
        long spanMillis = (arrivals.get(arrivals.size() - 1) - arrivals.get(0)) / 1_000_000;
        // four gaps of at least 250 ms between request starts; the first request may arrive late by its connection set-up
        assertTrue(spanMillis >= 750, "requests are paced, at most four a second: 5 requests in " + spanMillis + " ms");
    }

    @Test
    void everyCandidateIsWrittenWithItsScore() throws Exception {
        List<CSVRecord> rows = csv(links);
        List<String> got = new ArrayList<>();
        for (CSVRecord r : rows) {
            got.add(String.join(",", r.get("entity"), r.get("label"), r.get("kind"), r.get("candidate"),
                    r.get("candidate_label"), r.get("score"), r.get("accepted")));
        }
        assertEquals(List.of(
                // the only candidate, found by its English alias: 0.8 × 1 / 1, at the threshold
                "example-bloc,Example Bloc,Organization,Q300,Example Alliance of States,0.800,true",
                // the country; the film of the same name is the wrong kind
                "freedonia,Freedonia,Country,Q400,Freedonia,1.000,true",
                "freedonia,Freedonia,Country,Q401,Freedonia,0.000,false",
                // the namesake in the entity's country wins; the other scores 1 × 0.5 / 1
                "john-smith,John Smith,Person,Q100,John Smith,1.000,true",
                "john-smith,John Smith,Person,Q101,John Smith,0.500,false",
                // two namesakes, nothing to tell them apart: 1 × 1 / 2 each, neither accepted
                "maria-lopez,Maria Lopez,Person,Q102,Maria Lopez,0.500,false",
                "maria-lopez,Maria Lopez,Person,Q103,Maria Lopez,0.500,false",
                // the city in the United States; the big city (a subclass of city) elsewhere; the human is the wrong kind
                "springfield,Springfield,Settlement,Q200,Springfield,1.000,true",
                "springfield,Springfield,Settlement,Q202,Springfield,0.500,false",
                "springfield,Springfield,Settlement,Q201,Springfield,0.000,false"), got);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        for (CSVRecord r : rows) {
            LocalDate date = LocalDate.parse(r.get("date"));
            assertTrue(!date.isAfter(today) && !date.isBefore(today.minusDays(1)), "fetched today: " + date);
            assertEquals(endpoint, r.get("endpoint"));
        }
    }

    @Test
    void linksFileReturnsTheAcceptedLinks() {
        Map<String, LinkDecision> accepted = LinksFile.read(links);
        assertEquals(List.of("example-bloc", "freedonia", "john-smith", "springfield"), List.copyOf(accepted.keySet()));
        LinkDecision bloc = accepted.get("example-bloc");
        assertEquals("Q300", bloc.qid());
        assertEquals(0.8, bloc.score(), 1e-9);
        assertEquals(endpoint, bloc.endpoint());
        assertEquals("Q400", accepted.get("freedonia").qid());
        assertEquals("Q100", accepted.get("john-smith").qid());
        assertEquals("Q200", accepted.get("springfield").qid());
        assertEquals(1.0, accepted.get("springfield").score(), 1e-9);
    }

    @Test
    void cacheHoldsOneFileNamedByTheHashOfEachQuery() throws Exception {
        List<Path> files;
        try (Stream<Path> list = Files.list(cache)) {
            files = list.sorted().toList();
        }
        assertEquals(5, files.size(), files.toString());
        for (Path file : files) {
            var json = JSON.parse(Files.readString(file));
            String query = json.getString("query");
            String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(query.getBytes(StandardCharsets.UTF_8)));
            assertEquals(hash + ".json", file.getFileName().toString());
            assertEquals(endpoint, json.getString("endpoint"));
            assertTrue(json.get("results").isObject(), "the endpoint's SPARQL JSON results are kept");
        }
    }

    @Test
    void offlineRerunGivesTheSameFileFromTheCache() throws Exception {
        Path again = tmp.resolve("offline/wikidata-links.csv");
        CommandRun r = CommandRun.of("link", "--db", db.toString(), "--endpoint", endpoint, "--links", again.toString(),
                "--cache", cache.toString(), "--offline");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("5 entities looked up, 10 candidates, 4 links accepted, 5 cached answers used "
                + "(0 fetched)"), r.out());
        assertEquals(Files.readString(links), Files.readString(again));
    }

    @Test
    void higherThresholdRejectsTheAliasMatch() {
        Path strict = tmp.resolve("strict/wikidata-links.csv");
        CommandRun r = CommandRun.of("link", "--db", db.toString(), "--endpoint", endpoint, "--links", strict.toString(),
                "--cache", cache.toString(), "--offline", "--threshold", "0.9");
        assertEquals(0, r.code(), r.err());
        Map<String, LinkDecision> accepted = LinksFile.read(strict);
        assertFalse(accepted.containsKey("example-bloc"), accepted.toString());
        assertEquals(List.of("freedonia", "john-smith", "springfield"), List.copyOf(accepted.keySet()));
    }

    @Test
    void lowThresholdStillAcceptsNoneOfTwoEqualNamesakes() {
        Path loose = tmp.resolve("loose/wikidata-links.csv");
        CommandRun r = CommandRun.of("link", "--db", db.toString(), "--endpoint", endpoint, "--links", loose.toString(),
                "--cache", cache.toString(), "--offline", "--threshold", "0.5");
        assertEquals(0, r.code(), r.err());
        assertFalse(LinksFile.read(loose).containsKey("maria-lopez"));
    }

    @Test
    void offlineWithAnEmptyCacheFailsClearly() {
        Path empty = tmp.resolve("empty-cache");
        CommandRun r = CommandRun.of("link", "--db", db.toString(), "--endpoint", endpoint, "--links",
                tmp.resolve("none/links.csv").toString(), "--cache", empty.toString(), "--offline");
        assertEquals(1, r.code(), r.out());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().startsWith("newsgraph: --offline: no cached answer for the candidates of \"Example Bloc\" "
                + "(Organization)"), r.err());
        assertTrue(r.err().contains("without --offline"), r.err());
        assertFalse(Files.exists(tmp.resolve("none/links.csv")), "no links file is written");
    }

    @Test
    void unreachableEndpointFailsClearly() {
        CommandRun r = CommandRun.of("link", "--db", db.toString(), "--endpoint", endpoint, "--links",
                tmp.resolve("down/links.csv").toString(), "--cache", tmp.resolve("down-cache").toString());
        assertEquals(1, r.code(), r.out());
        assertEquals(1, r.err().lines().count(), r.err());
        assertShortLine(r.err(), "newsgraph: cannot reach " + endpoint + ": connection refused (ConnectException), "
                + "asking for the candidates of \"Example Bloc\" (Organization);");
    }

    @Test
    void noNetworkIsOneShortLineNamingTheHostAndTheCause() {
        String nowhere = "http://newsgraph-test.invalid/sparql";
        CommandRun r = CommandRun.of("link", "--db", db.toString(), "--endpoint", nowhere, "--links",
                tmp.resolve("offline-net/links.csv").toString(), "--cache", tmp.resolve("offline-net-cache").toString());
        assertEquals(1, r.code(), r.out());
        // java.net.http says UnresolvedAddressException, other clients UnknownHostException
        assertShortLine(r.err(), "cannot reach " + nowhere + ": no network, or no such host newsgraph-test.invalid (");
        assertTrue(r.err().contains("--offline"), r.err());
    }

    /** One line, short enough to read, that says {@code what} and never shows the query sent. */
    private static void assertShortLine(String err, String what) {
        assertEquals(1, err.lines().count(), err);
        assertTrue(err.contains(what), err);
        assertTrue(err.length() < 400, "a short line, not the URL-encoded query: " + err.length() + " characters: " + err);
        assertFalse(err.contains("query=") || err.contains("PREFIX") || err.contains("%3C"), err);
    }

    @Test
    void badThresholdIsRefused() {
        for (String bad : List.of("1.5", "0", "-0.2", "NaN")) {
            CommandRun r = CommandRun.of("link", "--db", db.toString(), "--endpoint", endpoint, "--cache",
                    cache.toString(), "--links", tmp.resolve("bad/links.csv").toString(), "--threshold", bad);
            assertEquals(1, r.code(), bad + ": " + r.out());
            assertTrue(r.err().startsWith("newsgraph: --threshold "), r.err());
            assertTrue(r.err().contains("above 0 and at most 1"), r.err());
        }
        CommandRun word = CommandRun.of("link", "--db", db.toString(), "--threshold", "high");
        assertEquals(2, word.code(), word.out());
        assertTrue(word.err().contains("--threshold"), word.err());
        assertFalse(Files.exists(tmp.resolve("bad/links.csv")));
    }

    @Test
    void badEndpointIsRefused() {
        CommandRun r = CommandRun.of("link", "--db", db.toString(), "--endpoint", "ftp://127.0.0.1/sparql",
                "--cache", tmp.resolve("ftp-cache").toString(), "--links", tmp.resolve("ftp/links.csv").toString());
        assertEquals(1, r.code(), r.out());
        assertTrue(r.err().startsWith("newsgraph: --endpoint ftp://127.0.0.1/sparql: not an http or https URL"),
                r.err());
    }

    private static List<CSVRecord> csv(Path file) throws Exception {
        try (Reader reader = Files.newBufferedReader(file);
                CSVParser parser = CSVParser.builder().setReader(reader)
                        .setFormat(CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()).get()) {
            assertEquals(LinksFile.COLUMNS, parser.getHeaderNames());
            return parser.getRecords();
        }
    }
}
