package org.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.fuseki.main.FusekiServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.SampleDataset;
import org.newsgraph.cli.CommandRun;
import org.newsgraph.query.QueryRunner;
import org.newsgraph.query.ResultFormat;
import org.newsgraph.io.TextFiles;

/**
 * The {@code fuseki.ttl} a build writes, read the way a stock Fuseki server reads it
 * ({@code --config}): the server answers a query exactly as {@code newsgraph query} does, over
 * the union default graph, and refuses updates; the read-write variant of {@code newsgraph
 * fuseki-config --update} takes Graph Store and SPARQL Update writes into named graphs.
 */
class FusekiConfigTest {
    @TempDir
    Path tmp;

    @Test
    void stockConfigurationAnswersLikeNewsgraphQuery() throws Exception {
        Path out = SampleDataset.build(tmp);
        Path queryFile = Path.of("queries/entities.rq");
        String sparql = TextFiles.readUtf8(queryFile);
        String unionQuery = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }";

        ByteArrayOutputStream local = new ByteArrayOutputStream();
        ByteArrayOutputStream localUnion = new ByteArrayOutputStream();
        try (Store store = Store.open(out)) {
            QueryRunner.run(store.dataset(), QueryRunner.parse(queryFile, sparql), ResultFormat.CSV, local);
            QueryRunner.run(store.dataset(), QueryRunner.parse(queryFile, unionQuery), ResultFormat.CSV, localUnion);
        }

        FusekiServer server = FusekiServer.create().port(0).loopback(true)
                .parseConfigFile(new DatasetLayout(out).fusekiConfig()).build().start();
        try {
            String base = "http://localhost:" + server.getHttpPort() + "/newsgraph/";
            HttpClient http = HttpClient.newHttpClient();
            assertEquals(local.toString(StandardCharsets.UTF_8), get(http, base + "sparql", sparql));
            String union = get(http, base + "sparql", unionQuery);
            assertEquals(localUnion.toString(StandardCharsets.UTF_8), union);
            assertTrue(Long.parseLong(union.lines().skip(1).findFirst().orElseThrow().strip()) > 1000,
                    "the default graph is the union of the named graphs");
            HttpResponse<String> update = http.send(HttpRequest.newBuilder(URI.create(base + "update"))
                    .header("Content-Type", "application/sparql-update")
                    .POST(HttpRequest.BodyPublishers.ofString("INSERT DATA { <urn:a> <urn:b> <urn:c> }")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertTrue(update.statusCode() >= 400, "updates are refused: " + update.statusCode());
        } finally {
            server.stop();
        }
    }

    @Test
    void updateVariantTakesWritesIntoNamedGraphs() throws Exception {
        Path out = SampleDataset.build(tmp);
        CommandRun r = CommandRun.of("fuseki-config", "--db", out.toString(), "--update");
        assertEquals(0, r.code(), r.err());
        Path config = out.resolve(FusekiConfig.UPDATE_FILE);
        assertTrue(r.out().startsWith("Wrote ") && r.out().contains("read-write"), r.out());
        assertTrue(Files.readString(config).contains("fuseki:gsp-rw"));

        FusekiServer server = FusekiServer.create().port(0).loopback(true).parseConfigFile(config).build().start();
        try {
            String base = "http://localhost:" + server.getHttpPort() + "/newsgraph/";
            HttpClient http = HttpClient.newHttpClient();
            HttpResponse<String> put = http.send(HttpRequest.newBuilder(URI.create(base + "data?graph="
                    + URLEncoder.encode("urn:example:notes", StandardCharsets.UTF_8)))
                    .header("Content-Type", "text/turtle")
                    .PUT(HttpRequest.BodyPublishers.ofString("<urn:example:a> <urn:example:b> \"note\" .")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertTrue(put.statusCode() == 200 || put.statusCode() == 201, put.statusCode() + " " + put.body());
            HttpResponse<String> update = http.send(HttpRequest.newBuilder(URI.create(base + "update"))
                    .header("Content-Type", "application/sparql-update")
                    .POST(HttpRequest.BodyPublishers.ofString(
                            "INSERT DATA { GRAPH <urn:example:notes> { <urn:example:a> <urn:example:b> \"more\" } }"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertTrue(update.statusCode() / 100 == 2, update.statusCode() + " " + update.body());
            // the union default graph sees what was written into the named graph
            String answer = get(http, base + "sparql", "SELECT ?o WHERE { <urn:example:a> <urn:example:b> ?o } ORDER BY ?o");
            assertEquals(List.of("o", "more", "note"), answer.lines().map(String::strip).toList());
        } finally {
            server.stop();
        }
    }

    @Test
    void readOnlyVariantFromTheCommandHasNoWriteEndpoints() throws Exception {
        Path out = SampleDataset.build(tmp);
        Path config = tmp.resolve("conf/read-only.ttl");
        CommandRun r = CommandRun.of("fuseki-config", "--db", out.toString(), "--out", config.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("read-only"), r.out());
        assertEquals(FusekiConfig.text(config, new DatasetLayout(out).tdb2()), Files.readString(config));
        FusekiServer server = FusekiServer.create().port(0).loopback(true).parseConfigFile(config).build().start();
        try {
            String base = "http://localhost:" + server.getHttpPort() + "/newsgraph/";
            HttpResponse<String> put = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base
                    + "data?graph=urn:example:x")).header("Content-Type", "text/turtle")
                    .PUT(HttpRequest.BodyPublishers.ofString("<urn:example:a> <urn:example:b> <urn:example:c> .")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertTrue(put.statusCode() >= 400, "writes are refused: " + put.statusCode());
        } finally {
            server.stop();
        }
    }

    @Test
    void noDatasetIsOneLineSayingHowToBuildOne() {
        CommandRun r = CommandRun.of("fuseki-config", "--db", tmp.resolve("nothing").toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("no newsgraph dataset here"), r.err());
    }

    /**
     * A dataset folder moved elsewhere (or copied, or archived and unpacked) still serves: its
     * {@code fuseki.ttl} names the database relative to itself, so a stock Fuseki started from
     * another working folder reads the moved database, and {@code newsgraph query} reads it too.
     */
    @Test
    void movedDatasetFolderStillServes() throws Exception {
        Path built = SampleDataset.build(tmp.resolve("before"));
        Path moved = tmp.resolve("elsewhere/moved");
        Files.createDirectories(moved.getParent());
        Files.move(built, moved);
        assertFalse(Files.readString(moved.resolve("fuseki.ttl")).contains(tmp.toString()),
                "fuseki.ttl names no absolute path");

        FusekiServer server = FusekiServer.create().port(0).loopback(true)
                .parseConfigFile(moved.resolve("fuseki.ttl")).build().start();
        try {
            String answer = get(HttpClient.newHttpClient(), "http://localhost:" + server.getHttpPort()
                    + "/newsgraph/sparql", "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }");
            assertTrue(Long.parseLong(answer.lines().skip(1).findFirst().orElseThrow().strip()) > 1000, answer);
        } finally {
            server.stop();
        }
        assertFalse(Files.exists(built), "the stock server created no database at the old place");
        CommandRun r = CommandRun.of("query", "--db", moved.toString(), "--format", "csv", "--sparql",
                "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }");
        assertEquals(0, r.code(), r.err());
        assertTrue(Long.parseLong(r.out().lines().skip(1).findFirst().orElseThrow().strip()) > 1000, r.out());
    }

    static String get(HttpClient http, String endpoint, String sparql) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(endpoint + "?query="
                + URLEncoder.encode(sparql, StandardCharsets.UTF_8))).header("Accept", "text/csv").GET().build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        return response.body();
    }
}
