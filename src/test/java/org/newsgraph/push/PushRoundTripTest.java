package org.newsgraph.push;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.http.DSP;
import org.apache.jena.sparql.exec.http.GSP;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.ConfigurationException;
import org.newsgraph.SampleDataset;
import org.newsgraph.Slow;
import org.newsgraph.build.DatasetBuild;
import org.newsgraph.cli.CommandRun;
import org.newsgraph.store.Store;

/**
 * {@code newsgraph push} against a stock Fuseki server in a separate JVM with basic
 * authentication: a first push, a push after one article was edited and another deleted, a
 * push that fails halfway (the server killed after the first graph landed) and is resumed after
 * the server restarts on the same database, and a push after a graph was deleted at the remote
 * store behind newsgraph's back. After each, the remote store must hold exactly the
 * local dataset, compared graph by graph, plus a graph of someone else's that push never touches.
 */
@Slow
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PushRoundTripTest {
    static final String USER = "alice";
    static final String PASSWORD = "s3cret:with colon";
    static final Node FOREIGN = NodeFactory.createURI("urn:example:not-ours");

    @TempDir
    static Path tmp;
    Path articles;
    Path db;
    Path credentials;
    StockFuseki fuseki;

    @BeforeAll
    void startServerAndBuild() throws Exception {
        articles = tmp.resolve("articles");
        Files.createDirectories(articles);
        try (Stream<Path> files = Files.list(SampleDataset.DATA.resolve("articles"))) {
            List<Path> texts = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
            for (int copy = 0; copy < 3; copy++) {
                for (Path t : texts) {
                    Files.copy(t, articles.resolve("a" + copy + "-" + t.getFileName()));
                }
            }
        }
        db = tmp.resolve("out");
        build();
        credentials = tmp.resolve("push.credentials");
        Files.writeString(credentials, "# the test server's login\n" + USER + ":" + PASSWORD + "\n");
        Files.setPosixFilePermissions(credentials, PosixFilePermissions.fromString("rw-------"));
        fuseki = StockFuseki.start(tmp.resolve("remote"), USER, PASSWORD);
    }

    @AfterAll
    void stopServer() throws InterruptedException {
        if (fuseki != null) {
            fuseki.stop();
        }
    }

    private void build() {
        DatasetBuild.builder().data(SampleDataset.DATA).articles(articles).out(db).build().run();
    }

    private CommandRun push(String... more) {
        List<String> args = new ArrayList<>(List.of("push", "--db", db.toString(), "--endpoint", fuseki.endpoint(),
                "--credentials-file", credentials.toString()));
        args.addAll(List.of(more));
        return CommandRun.of(args);
    }

    @Test
    void remoteStoreFollowsTheDatasetThroughEditsDeletesAndAFailedPush() throws Exception {
        Graph theirs = GraphFactory.createDefaultGraph();
        theirs.add(NodeFactory.createURI("urn:example:s"), NodeFactory.createURI("urn:example:p"),
                NodeFactory.createLiteralString("kept"));
        GSP.service(fuseki.endpoint()).httpHeader("Authorization", login().authorization()).graphName(FOREIGN).PUT(theirs);

        // 1. first push: every graph (6 articles + entities)
        CommandRun first = push();
        assertEquals(0, first.code(), first.err());
        assertEquals(List.of(7, 0, 0, 7), counts(first.out()), first.out());
        assertRemoteHoldsTheDataset();

        // nothing changed: nothing sent
        CommandRun same = push();
        assertEquals(0, same.code(), same.err());
        assertEquals(List.of(0, 0, 7, 7), counts(same.out()), same.out());

        // someone deleted a graph at the remote store: the record says it landed, the push sends it again
        String lost = graphOf("a0-000_1bcd3c680e85a0d7");
        deleteRemote(lost);
        CommandRun restored = push();
        assertEquals(0, restored.code(), restored.err());
        assertEquals(List.of(1, 0, 6, 7), counts(restored.out()), restored.out());
        assertTrue(restored.out().contains("(1 missing at the endpoint)"), restored.out());
        assertRemoteHoldsTheDataset();

        // 2. edit one article, delete another, rebuild, push again
        Map<String, String> before = localHashes();
        Path edited = articles.resolve("a1-000_1bcd3c680e85a0d7.txt");
        Files.writeString(edited, Files.readString(edited) + "\n\nArmenia and Azerbaijan met in Brussels on Friday.\n");
        Files.delete(articles.resolve("a2-003_a97cd004bbf5f12d.txt"));
        build();
        Map<String, String> after = localHashes();
        int changed = (int) after.entrySet().stream().filter(e -> !e.getValue().equals(before.get(e.getKey()))).count();
        assertTrue(changed >= 1 && after.containsKey(graphOf("a1-000_1bcd3c680e85a0d7")), "the edited article changed");
        assertFalse(after.containsKey(graphOf("a2-003_a97cd004bbf5f12d")));
        CommandRun second = push();
        assertEquals(0, second.code(), second.err());
        assertEquals(List.of(changed, 1, 6 - changed, 6), counts(second.out()), second.out());
        assertRemoteHoldsTheDataset();

        // 3. three more edits; the server is killed after the first graph has landed
        for (String id : List.of("a0-000_1bcd3c680e85a0d7", "a0-003_a97cd004bbf5f12d", "a1-003_a97cd004bbf5f12d")) {
            Path file = articles.resolve(id + ".txt");
            Files.writeString(file, Files.readString(file) + "\n\nRussia urged restraint on Thursday.\n");
        }
        build();
        List<PushStep> landed = new ArrayList<>();
        ConfigurationException failed = assertThrows(ConfigurationException.class, () -> Pusher.builder().db(db)
                .endpoint(fuseki.endpoint()).credentials(Optional.of(login())).listener(step -> {
                    landed.add(step);
                    if (step.done() == 1) {
                        try {
                            fuseki.kill();
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                    }
                }).build().push());
        int total = landed.get(0).total();
        assertTrue(total >= 3, "three article graphs changed: " + total);
        assertEquals(1, landed.size(), "nothing lands once the server is gone");
        assertTrue(failed.getMessage().contains("cannot reach the endpoint: ")
                && failed.getMessage().contains("1 of " + total + " changes had landed"), failed.getMessage());
        assertFalse(failed.getMessage().contains("\n"), "one line: " + failed.getMessage());

        fuseki.restart();
        CommandRun resumed = push();
        assertEquals(0, resumed.code(), resumed.err());
        assertEquals(List.of(total - 1, 0, 6 - (total - 1), 6), counts(resumed.out()),
                "the graph that landed before the failure is not sent again: " + resumed.out());
        assertRemoteHoldsTheDataset();
    }

    @Test
    void wrongPasswordIsOneLineWithTheStatus() throws Exception {
        Path wrong = tmp.resolve("wrong.credentials");
        Files.writeString(wrong, USER + ":nope\n");
        Files.setPosixFilePermissions(wrong, PosixFilePermissions.fromString("rw-------"));
        CommandRun r = CommandRun.of("push", "--db", db.toString(), "--endpoint", fuseki.endpoint(),
                "--credentials-file", wrong.toString(), "--all");
        assertEquals(1, r.code(), r.out());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().contains("401 Unauthorized") && r.err().contains("refused the login of user alice"), r.err());
        assertFalse(r.err().contains("nope"), "the password is never printed: " + r.err());
    }

    @Test
    void noLoginIsOneLineSayingHowToGiveOne() {
        // --all: send every graph even when the record says they all landed already
        CommandRun r = CommandRun.of("push", "--db", db.toString(), "--endpoint", fuseki.endpoint(), "--all");
        assertEquals(1, r.code(), r.out());
        assertTrue(r.err().contains("asks for a login") && r.err().contains(Credentials.USER_VARIABLE), r.err());
    }

    @Test
    void wrongPathIsOneLineSayingWhatUrlToGive() {
        CommandRun r = CommandRun.of("push", "--db", db.toString(), "--endpoint",
                fuseki.endpoint().replace("/ds/data", "/nothing/data"), "--credentials-file", credentials.toString());
        assertEquals(1, r.code(), r.out());
        assertTrue(r.err().contains("404") && r.err().contains("/ds/data"), r.err());
    }

    @Test
    void unreachableEndpointIsOneLine() throws Exception {
        int closed;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
            closed = s.getLocalPort();
        }
        CommandRun r = CommandRun.of("push", "--db", db.toString(), "--endpoint", "http://127.0.0.1:" + closed + "/ds/data");
        assertEquals(1, r.code(), r.out());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().contains("cannot reach the endpoint: connection refused (ConnectException)"), r.err());
    }

    @Test
    void badUrlsAreRefusedBeforeAnythingIsSent() {
        for (String[] bad : new String[][] {{"ftp://example.org/ds", "not an http or https URL"},
                {"http://user:pw@localhost:3030/ds/data", "shell history"},
                {"http://localhost:3030/ds/data?graph=x", "must not have a query"},
                {"http://exa mple.org/", "not a URL"}}) {
            CommandRun r = CommandRun.of("push", "--db", db.toString(), "--endpoint", bad[0]);
            assertEquals(1, r.code(), bad[0]);
            assertTrue(r.err().contains(bad[1]), r.err());
            assertFalse(r.err().contains("pw@"), r.err());
        }
    }

    @Test
    void dryRunSendsNothing() {
        String nowhere = "http://127.0.0.1:9/ds/data";
        CommandRun r = CommandRun.of("push", "--db", db.toString(), "--endpoint", nowhere, "--dry-run");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("Would push") && r.out().contains("to replace, 0 graphs to delete, 0 unchanged")
                && r.out().contains("nothing sent"), r.out());
        assertFalse(Files.exists(PushRecord.open(db, URI.create(nowhere)).file()), "no record of a dry run");
    }

    /** Deletes a graph at the remote store behind newsgraph's back. */
    private void deleteRemote(String graph) throws Exception {
        HttpRequest delete = HttpRequest.newBuilder(URI.create(fuseki.endpoint() + "?graph="
                + URLEncoder.encode(graph, StandardCharsets.UTF_8))).header("Authorization", login().authorization())
                .DELETE().build();
        int status = HttpClient.newHttpClient().send(delete, HttpResponse.BodyHandlers.discarding()).statusCode();
        assertEquals(204, status, "deleted at the remote store");
    }

    private static Credentials login() {
        return new Credentials(USER, PASSWORD);
    }

    private static String graphOf(String articleId) {
        return "https://w3id.org/newsgraph/id/graph/article/" + articleId;
    }

    /** replaced, deleted, unchanged, graphs in the dataset, from the command's summary line. */
    private static List<Integer> counts(String out) {
        Matcher m = Pattern.compile("(\\d+) graphs? replaced(?: \\(\\d+ missing at the endpoint\\))?, "
                + "(\\d+) graphs? deleted, (\\d+) unchanged \\((\\d+) graphs? in")
                .matcher(out);
        assertTrue(m.find(), out);
        return List.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)),
                Integer.parseInt(m.group(4)));
    }

    private Map<String, String> localHashes() {
        Map<String, String> hashes = new TreeMap<>();
        local().forEach((name, graph) -> hashes.put(name, GraphHasher.hash(graph)));
        return hashes;
    }

    private Map<String, Graph> local() {
        Map<String, Graph> graphs = new TreeMap<>();
        try (Store store = Store.open(db)) {
            DatasetGraph dsg = store.dataset().asDatasetGraph();
            Txn.executeRead(dsg, () -> {
                for (Node name : Iter.toList(dsg.listGraphNodes())) {
                    Graph copy = GraphFactory.createDefaultGraph();
                    dsg.getGraph(name).find().forEach(copy::add);
                    graphs.put(name.getURI(), copy);
                }
            });
        }
        return graphs;
    }

    /** The remote store holds each local graph, isomorphic, and no other graph but the foreign one. */
    private void assertRemoteHoldsTheDataset() {
        DatasetGraph remote = DSP.service(fuseki.endpoint()).httpHeader("Authorization", login().authorization()).GET();
        Map<String, Graph> local = local();
        Set<String> remoteNames = new TreeSet<>();
        remote.listGraphNodes().forEachRemaining(n -> remoteNames.add(n.getURI()));
        Set<String> expected = new TreeSet<>(local.keySet());
        expected.add(FOREIGN.getURI());
        assertEquals(expected, remoteNames, "the remote graphs are the dataset's and the foreign one");
        for (Map.Entry<String, Graph> e : local.entrySet()) {
            Graph there = remote.getGraph(NodeFactory.createURI(e.getKey()));
            if (!there.isIsomorphicWith(e.getValue())) {
                fail(e.getKey() + " differs: local " + e.getValue().size() + " triples, remote " + there.size()
                        + "\nlocal:\n" + nt(e.getValue()) + "\nremote:\n" + nt(there));
            }
        }
        assertEquals(1, remote.getGraph(FOREIGN).size(), "the foreign graph is untouched");
        assertTrue(remote.getDefaultGraph().isEmpty(), "nothing was written to the default graph");
    }

    private static String nt(Graph g) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        RDFDataMgr.write(out, g, Lang.NTRIPLES);
        return out.toString(StandardCharsets.UTF_8);
    }
}
