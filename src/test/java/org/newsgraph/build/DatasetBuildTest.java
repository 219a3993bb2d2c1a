package org.newsgraph.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.ConfigurationException;
import org.newsgraph.InputException;
import org.newsgraph.SampleDataset;
import org.newsgraph.StoreException;
import org.newsgraph.store.DatasetLayout;
import org.newsgraph.store.Store;

/**
 * Builds of the sample data: what they write, that they are repeatable, that offsets point into
 * the original text, and that a failed build leaves the previous dataset as it was.
 */
class DatasetBuildTest {
    @TempDir
    Path tmp;

    @Test
    void writesDatabaseDumpsAndFusekiConfig() {
        Path out = SampleDataset.shared();
        DatasetLayout layout = new DatasetLayout(out);
        assertTrue(layout.isDataset());
        assertTrue(Files.isRegularFile(layout.trig()));
        assertTrue(Files.isRegularFile(layout.nquads()));
        assertTrue(Files.isRegularFile(layout.fusekiConfig()));
        DatasetGraph trig = RDFDataMgr.loadDatasetGraph(layout.trig().toString());
        DatasetGraph nquads = RDFDataMgr.loadDatasetGraph(layout.nquads().toString());
        assertTrue(IsoMatcher.isomorphic(trig, nquads), "TriG and N-Quads dumps hold the same dataset");
        try (Store store = Store.open(out)) {
            long stored = Txn.calculateRead(store.dataset(), () -> store.dataset().asDatasetGraph().stream().count());
            assertEquals(nquads.stream().count(), stored);
        }
    }

    @Test
    void theLoadingStoreSettingsAreNotLeftForReaders() {
        DatasetLayout layout = new DatasetLayout(SampleDataset.shared());
        assertTrue(Files.isDirectory(layout.tdb2()));
        assertFalse(Files.exists(layout.tdb2().resolve("tdb.cfg")),
                "the load's small id-to-node cache must not become every reader's setting");
    }

    @Test
    void buildingTwiceGivesTheSameBytes() throws IOException {
        Path first = SampleDataset.shared();
        Path second = SampleDataset.build(tmp.resolve("b"));
        for (String file : new String[] {"dataset.nq", "dataset.trig", "newsgraph-build.properties"}) {
            assertArrayEquals(Files.readAllBytes(first.resolve(file)), Files.readAllBytes(second.resolve(file)), file);
        }
    }

    @Test
    void everyMentionAndSentenceOffsetPointsAtItsTextInTheOriginal() {
        Path out = SampleDataset.shared();
        String mismatches = """
                PREFIX ng: <https://w3id.org/newsgraph/ontology#>
                PREFIX schema: <https://schema.org/>
                SELECT (COUNT(*) AS ?n) (SUM(IF(SUBSTR(?text, ?s + 1, ?e - ?s) = ?surface, 0, 1)) AS ?bad) WHERE {
                  GRAPH ?g { ?m ng:inArticle ?a ; ng:start ?s ; ng:end ?e ; ng:surface ?surface .
                             ?a schema:text ?text }
                }""";
        try (Store store = Store.open(out)) {
            Txn.executeRead(store.dataset(), () -> {
                try (QueryExecution qe = QueryExecution.dataset(store.dataset()).query(mismatches).build()) {
                    var row = qe.execSelect().next();
                    assertTrue(row.getLiteral("n").getInt() > 100, "the sample articles have many mentions");
                    assertEquals(0, row.getLiteral("bad").getInt(), "mentions whose offsets miss their surface");
                }
            });
        }
    }

    @Test
    void failedBuildLeavesThePreviousDatasetIntact() throws IOException {
        Path out = SampleDataset.build(tmp);
        byte[] before = Files.readAllBytes(out.resolve("dataset.nq"));
        Path data = tmp.resolve("broken-data");
        copy(SampleDataset.DATA.resolve("rules"), data.resolve("rules"));
        Files.createDirectories(data.resolve("gazetteer"));
        Files.writeString(data.resolve("gazetteer/bad.csv"),
                "id,kind,label,aliases,demonyms,metonyms,country,wikidata,source\nx,Country,X,,,,,Q-12,src\n");
        InputException e = assertThrows(InputException.class, () -> DatasetBuild.builder().data(data)
                .articles(SampleDataset.DATA.resolve("articles")).out(out).build().run());
        assertTrue(e.getMessage().contains("bad.csv line 2"), e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(out.resolve("dataset.nq")));
        try (Store store = Store.open(out)) {
            assertTrue(Txn.calculateRead(store.dataset(), () -> !store.dataset().isEmpty()));
        }
        try (Stream<Path> builds = Files.list(out.resolve("builds"))) {
            assertEquals(1, builds.count(), "only the build in use is left; the failed one is removed");
        }
    }

    @Test
    void refusesToReplaceAFolderThatIsNotADataset() throws IOException {
        Path out = tmp.resolve("precious");
        Files.createDirectories(out);
        Files.writeString(out.resolve("notes.txt"), "keep me");
        StoreException e = assertThrows(StoreException.class,
                () -> DatasetBuild.builder().out(out).build().run());
        assertTrue(e.getMessage().contains("is not a newsgraph dataset"), e.getMessage());
        assertEquals("keep me", Files.readString(out.resolve("notes.txt")));
    }

    @Test
    void baseIriIsConfigurable() throws IOException {
        Path out = tmp.resolve("out");
        DatasetBuild.builder().out(out).base("http://example.org/news/").build().run();
        String nq = Files.readString(out.resolve("dataset.nq"));
        assertTrue(nq.contains("<http://example.org/news/entity/armenia>"));
        assertFalse(nq.contains("https://w3id.org/newsgraph/id/"));
    }

    @Test
    void badBaseIriIsAConfigurationError() {
        ConfigurationException e = assertThrows(ConfigurationException.class,
                () -> DatasetBuild.builder().out(tmp.resolve("out")).base("not an iri").build());
        assertTrue(e.getMessage().contains("base IRI \"not an iri\""), e.getMessage());
    }

    private static void copy(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path f : files.toList()) {
                Files.copy(f, to.resolve(f.getFileName()));
            }
        }
    }

    @Test
    void aBuildThatDoesNotConformToTheShapesIsRefused() throws IOException {
        Path out = SampleDataset.build(tmp);
        byte[] before = Files.readAllBytes(out.resolve("dataset.nq"));
        Path shapes = tmp.resolve("strict-shapes.ttl");
        Files.writeString(shapes, """
                PREFIX sh: <http://www.w3.org/ns/shacl#>
                PREFIX ng: <https://w3id.org/newsgraph/ontology#>
                PREFIX schema: <https://schema.org/>
                ng:PersonBirthShape a sh:NodeShape ;
                    sh:targetClass ng:Person ;
                    sh:property [ sh:path schema:birthDate ; sh:minCount 1 ;
                                  sh:message "a person needs a birth date" ] .
                """);
        StoreException e = assertThrows(StoreException.class,
                () -> DatasetBuild.builder().out(out).shapes(shapes).build().run());
        assertTrue(e.getMessage().contains("not valid"), e.getMessage());
        assertTrue(e.getMessage().contains("a person needs a birth date"), e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(out.resolve("dataset.nq")), "the previous dataset is unchanged");
    }
}
