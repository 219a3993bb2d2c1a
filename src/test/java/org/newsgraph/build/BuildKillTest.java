package org.newsgraph.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.SampleDataset;
import org.newsgraph.Slow;
import org.newsgraph.StoreException;
import org.newsgraph.store.Store;

/**
 * Builds that die: a real {@code newsgraph build} process is killed (SIGKILL) at several moments
 * while it rebuilds a dataset, and the previous dataset must still be there, whole and
 * queryable; a second build on the same folder while one runs is refused without harm.
 */
@Slow
class BuildKillTest {
    @TempDir
    Path tmp;
    Path out;
    Path big;
    byte[] before;

    @BeforeEach
    void previousDatasetAndABigCorpus() throws IOException {
        out = SampleDataset.build(tmp);
        before = Files.readAllBytes(out.resolve("dataset.nq"));
        big = tmp.resolve("big");
        Files.createDirectories(big);
        try (Stream<Path> files = Files.list(SampleDataset.DATA.resolve("articles"))) {
            List<Path> texts = files.filter(p -> p.toString().endsWith(".txt")).toList();
            for (int copy = 0; copy < 60; copy++) {
                for (Path t : texts) {
                    Files.copy(t, big.resolve(copy + "-" + t.getFileName()));
                }
            }
        }
    }

    private Process startBuild() throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), "org.newsgraph.cli.Main", "-q",
                "build", "--data", SampleDataset.DATA.toString(), "--articles", big.toString(), "--out", out.toString())
                .redirectErrorStream(true).redirectOutput(tmp.resolve("build.log").toFile()).start();
    }

    @Test
    void killingABuildAtAnyMomentLeavesThePreviousDataset() throws Exception {
        int killed = 0;
        for (long delay : new long[] {200, 900, 1600, 2500}) {
            Process build = startBuild();
            boolean finished = build.waitFor(delay, TimeUnit.MILLISECONDS);
            build.destroyForcibly().waitFor(20, TimeUnit.SECONDS);
            if (!finished) {
                killed++;
                assertArrayEquals(before, Files.readAllBytes(out.resolve("dataset.nq")),
                        "killed after " + delay + " ms: the previous dataset is unchanged");
            }
            assertTrue(countTriples() > 1000, "the dataset answers queries after a kill at " + delay + " ms");
            before = Files.readAllBytes(out.resolve("dataset.nq"));
        }
        assertTrue(killed >= 3, "the builds were killed while running, not after: " + killed);
        assertEquals(out, SampleDataset.build(tmp), "a build after the kills succeeds");
        try (Stream<Path> builds = Files.list(out.resolve("builds"))) {
            assertEquals(1, builds.count(), "folders of killed builds are cleaned up by the next build");
        }
    }

    @Test
    void killingAnUpdateLeavesTheOldOrTheNewDataset() throws Exception {
        Process full = startBuild();
        assertTrue(full.waitFor(300, TimeUnit.SECONDS), "the full build finishes");
        assertEquals(0, full.exitValue(), Files.readString(tmp.resolve("build.log")));
        long old = countTriples();
        Path changed;
        try (Stream<Path> files = Files.list(big)) {
            changed = files.sorted().findFirst().orElseThrow();
        }
        Files.writeString(changed, Files.readString(changed) + "\nSerbia accused Kosovo of provoking clashes in the north.\n");
        Path reference = tmp.resolve("reference");
        long expected = DatasetBuild.builder().data(SampleDataset.DATA).articles(big).out(reference).build().run().quads();
        int killed = 0;
        for (long delay : new long[] {300, 900, 1500, 2200}) {
            Process update = startBuild();
            boolean finished = update.waitFor(delay, TimeUnit.MILLISECONDS);
            update.destroyForcibly().waitFor(20, TimeUnit.SECONDS);
            killed += finished ? 0 : 1;
            long now = countTriples();
            assertTrue(now == old || now == expected, "killed after " + delay + " ms: the database holds the old ("
                    + old + ") or the new (" + expected + ") dataset, not " + now);
        }
        assertTrue(killed >= 2, "the updates were killed while running, not after: " + killed);
        BuildSummary after = DatasetBuild.builder().data(SampleDataset.DATA).articles(big).out(out).build().run();
        assertTrue(after.incremental(), "the next build updates the dataset in use");
        assertEquals(expected, after.quads());
        assertEquals(expected, countTriples(), "the next build completes the update");
        assertTrue(RDFDataMgr.loadDatasetGraph(reference.resolve("dataset.nq").toString()).stream().count() > 0);
        assertEquals(RDFDataMgr.loadDatasetGraph(reference.resolve("dataset.nq").toString()).stream().count(),
                RDFDataMgr.loadDatasetGraph(out.resolve("dataset.nq").toString()).stream().count(),
                "the dump is rewritten after an update that was cut short");
    }

    @Test
    void aSecondBuildWhileOneRunsIsRefused() throws Exception {
        Process first = startBuild();
        try {
            waitForBuildFolders(2);
            StoreException e = assertThrows(StoreException.class, () -> SampleDataset.build(tmp));
            assertTrue(e.getMessage().contains("another build is writing this dataset"), e.getMessage());
        } finally {
            assertTrue(first.waitFor(300, TimeUnit.SECONDS), "the first build finishes");
        }
        assertEquals(0, first.exitValue(), Files.readString(tmp.resolve("build.log")));
        assertTrue(countTriples() > 1000);
    }

    private void waitForBuildFolders(int count) throws Exception {
        for (int i = 0; i < 300; i++) {
            try (Stream<Path> builds = Files.list(out.resolve("builds"))) {
                if (builds.count() >= count) {
                    return;
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the first build never started writing");
    }

    private long countTriples() {
        try (Store store = Store.open(out)) {
            return Txn.calculateRead(store.dataset(), () -> {
                try (QueryExecution qe = QueryExecution.dataset(store.dataset())
                        .query("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }").build()) {
                    return qe.execSelect().next().getLiteral("n").getLong();
                }
            });
        }
    }
}
