package org.newsgraph.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.InputException;
import org.newsgraph.SampleDataset;
import org.newsgraph.rdf.GraphProfile;
import org.newsgraph.rdf.Iris;
import org.newsgraph.store.DatasetLayout;
import org.newsgraph.store.Store;

/**
 * Loading quads made elsewhere (as the build on Spark makes them: gzipped N-Quads in subfolders
 * and the build state beside them) into a dataset: it holds the quads, is put in use as a build's
 * is, and the next build of the same articles finds it up to date instead of building it anew.
 */
class ShardLoadTest {
    @TempDir
    Path tmp;

    @Test
    void loadedQuadsAreADatasetTheNextBuildUpdates() throws IOException {
        Path built = SampleDataset.build(tmp.resolve("built"));
        DatasetLayout.Build build = new DatasetLayout.Build(new DatasetLayout(built).current().toRealPath());
        Path from = Files.createDirectories(tmp.resolve("from").resolve("graphs"));
        try (InputStream in = Files.newInputStream(build.nquads());
                OutputStream out = new GZIPOutputStream(Files.newOutputStream(from.resolve("part-00000.nq.gz")))) {
            in.transferTo(out);
        }
        Files.writeString(from.resolve(".part-00001.nq.gz.7"), "not N-Quads: a task's leftover, hidden");
        Files.copy(build.state(), tmp.resolve("from").resolve(ShardLoad.STATE));

        Path out = tmp.resolve("loaded");
        BuildSummary loaded = ShardLoad.load(tmp.resolve("from"), out, new Iris(Iris.DEFAULT_BASE), GraphProfile.FULL);
        assertEquals(2, loaded.articles());
        BuildSummary again = DatasetBuild.builder().data(SampleDataset.DATA).out(built).build().run();
        assertEquals(again.entities(), loaded.entities(), "the entities, as the build counts them");
        DatasetGraph expected = RDFDataMgr.loadDatasetGraph(build.nquads().toString());
        assertEquals(expected.stream().count(), loaded.quads());
        try (Store store = Store.open(out)) {
            DatasetGraph actual = store.dataset().asDatasetGraph();
            assertTrue(Txn.calculateRead(actual, () -> IsoMatcher.isomorphic(expected, actual)), "the loaded dataset");
        }

        BuildSummary next = DatasetBuild.builder().data(SampleDataset.DATA).out(out).dumps(false).build().run();
        assertTrue(next.incremental(), "the next build updates the loaded dataset");
        assertEquals(0, next.changed() + next.removed());
    }

    @Test
    void aFolderWithoutQuadsIsRefused() throws IOException {
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        String message = assertThrows(InputException.class, () -> ShardLoad.load(empty, tmp.resolve("out"),
                new Iris(Iris.DEFAULT_BASE), GraphProfile.FULL)).getMessage();
        assertTrue(message.contains("no .nq or .nq.gz file"), message);
        assertFalse(Files.exists(tmp.resolve("out").resolve("current")));
    }

    @Test
    void theFingerprintReadsNewsgraphsEntriesOnly() {
        assertTrue(BuildFingerprint.decides("org/newsgraph/build/ShardLoad.class"));
        assertTrue(BuildFingerprint.decides("newsgraph-defaults/data/rules/titles.csv"));
        assertTrue(BuildFingerprint.decides("META-INF/maven/org.apache.jena/jena-arq/pom.properties"));
        assertFalse(BuildFingerprint.decides("org/newsgraph/spark/SparkJob.class"));
        assertFalse(BuildFingerprint.decides("META-INF/maven/org.newsgraph/newsgraph-spark/pom.properties"));
        assertFalse(BuildFingerprint.decides("org/apache/jena/riot/RDFDataMgr.class"));
    }
}
