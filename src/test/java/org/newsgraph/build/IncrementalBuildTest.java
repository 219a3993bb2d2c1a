package org.newsgraph.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.SampleDataset;
import org.newsgraph.store.DatasetLayout;

/**
 * Incremental builds: a rebuild converts only new and changed articles, removes the graphs of
 * deleted ones, and ends with exactly the dataset a full build of the same articles makes, in the
 * database and in the dumps; other data, rules or too many changes mean a full build.
 */
class IncrementalBuildTest {
    @TempDir
    Path tmp;
    Path articles;

    @BeforeEach
    void corpus() throws IOException {
        articles = SampleDataset.copyArticles(tmp.resolve("articles"));
        write("extra-1.txt", "Kenyan President William Ruto met Somali President Hassan Sheikh Mohamud in Nairobi on "
                + "Monday. Ruto said Kenya would support Somalia against al-Shabaab.\n");
        write("extra-2.txt", "Serbia accused Kosovo of provoking clashes in the north, killing two police officers, "
                + "the Serbian Foreign Ministry said.\n");
        write("extra-3.txt", "India and Pakistan agreed to a ceasefire along the Line of Control, the Indian army "
                + "said on Thursday.\n");
    }

    private void write(String name, String text) throws IOException {
        Files.writeString(articles.resolve(name), text, StandardCharsets.UTF_8);
    }

    private BuildSummary build(Path out, boolean full) {
        return DatasetBuild.builder().data(SampleDataset.DATA).articles(articles).out(out).full(full).build().run();
    }

    @Test
    void aRebuildRedoesOnlyWhatChangedAndEqualsAFullBuild() throws IOException {
        Path out = tmp.resolve("out");
        BuildSummary first = build(out, false);
        assertFalse(first.incremental(), "the first build is a full one");
        assertEquals(5, first.articles());

        BuildSummary same = build(out, false);
        assertTrue(same.incremental());
        assertEquals(0, same.changed() + same.removed(), "nothing changed, nothing redone");
        assertEquals(first.quads(), same.quads());

        write("extra-1.txt", "Kenyan President William Ruto met Ethiopian Prime Minister Abiy Ahmed in Addis Ababa "
                + "on Tuesday.\n");
        Files.delete(articles.resolve("extra-2.txt"));
        BuildSummary updated = build(out, false);
        assertTrue(updated.incremental(), "one changed and one deleted article of five: an update");
        assertEquals(1, updated.changed());
        assertEquals(1, updated.removed());
        assertEquals(4, updated.articles());

        Path reference = tmp.resolve("reference");
        BuildSummary full = build(reference, true);
        assertFalse(full.incremental());
        assertEquals(full.quads(), updated.quads());
        assertEquals(full.entities(), updated.entities());
        assertEquals(full.mentions(), updated.mentions());
        DatasetGraph expected = RDFDataMgr.loadDatasetGraph(reference.resolve("dataset.nq").toString());
        assertSameGraphs(expected, RDFDataMgr.loadDatasetGraph(out.resolve("dataset.nq").toString()), "N-Quads dump");
        assertSameGraphs(expected, RDFDataMgr.loadDatasetGraph(out.resolve("dataset.trig").toString()), "TriG dump");
        String trig = Files.readString(out.resolve("dataset.trig"));
        assertTrue(trig.contains("PREFIX ng:") || trig.contains("@prefix ng:"), "an update keeps the dump's prefixes");
        assertTrue(Files.size(out.resolve("dataset.trig")) < Files.size(reference.resolve("dataset.trig")) * 11 / 10,
                "an update's TriG dump is as compact as a full build's");
        DatasetGraph tdb2 = DatabaseMgr.connectDatasetGraph(Location.create(out.resolve("tdb2")));
        try {
            Txn.executeRead(tdb2, () -> assertSameGraphs(expected, copy(tdb2), "database"));
        } finally {
            TDBInternal.expel(tdb2);
        }
    }

    /**
     * A build reports its phases and how far the conversion got; one that finds nothing changed
     * says so after checking, without loading the gazetteer, rules and shapes.
     */
    @Test
    void aBuildReportsItsPhasesAndAnUpToDateOneLoadsNothing() {
        Path out = tmp.resolve("out");
        List<BuildProgress.Progress> first = new ArrayList<>();
        DatasetBuild.builder().data(SampleDataset.DATA).articles(articles).out(out).progress(first::add).build().run();
        assertEquals(List.of(BuildProgress.Phase.PREPARING, BuildProgress.Phase.CONVERTING,
                BuildProgress.Phase.LOADING, BuildProgress.Phase.PUBLISHING),
                first.stream().map(BuildProgress.Progress::phase).distinct().toList());
        BuildProgress.Progress loading = first.stream().filter(p -> p.phase() == BuildProgress.Phase.LOADING)
                .findFirst().orElseThrow();
        assertTrue(loading.elapsed().toNanos() > 0);

        List<BuildProgress.Progress> again = new ArrayList<>();
        BuildSummary same = DatasetBuild.builder().data(SampleDataset.DATA).articles(articles).out(out)
                .progress(again::add).build().run();
        assertEquals(List.of(BuildProgress.Phase.CHECKING), again.stream().map(BuildProgress.Progress::phase).toList(),
                "nothing changed: nothing loaded, nothing converted");
        assertEquals(5, same.articles());
        assertTrue(same.entities() > 0 && same.quads() > 0, "the counts come from the previous build");
    }

    @Test
    void otherRulesMeanAFullBuild() throws IOException {
        Path out = tmp.resolve("out");
        build(out, false);
        Path data = tmp.resolve("data");
        copyTree(SampleDataset.DATA, data);
        Files.writeString(data.resolve("rules/abbreviations.csv"), "\n", StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.APPEND);
        BuildSummary after = DatasetBuild.builder().data(data).articles(articles).out(out).build().run();
        assertFalse(after.incremental(), "a changed rule file can change every graph");
    }

    @Test
    void manyChangesMeanAFullBuild() throws IOException {
        Path out = tmp.resolve("out");
        build(out, false);
        for (String name : List.of("extra-1.txt", "extra-2.txt", "extra-3.txt")) {
            write(name, "Chile and Peru signed a trade agreement in Lima on " + name.charAt(6) + " May.\n");
        }
        BuildSummary after = build(out, false);
        assertFalse(after.incremental(), "three of five articles changed: building all is cheaper");
        assertEquals(5, after.articles());
    }

    @Test
    void fullWhenAskedAndNoDumpsWhenNotWanted() {
        Path out = tmp.resolve("out");
        build(out, false);
        BuildSummary again = DatasetBuild.builder().data(SampleDataset.DATA).articles(articles).out(out).full(true)
                .dumps(false).build().run();
        assertFalse(again.incremental());
        assertFalse(Files.exists(out.resolve("dataset.nq")), "--no-dumps writes no N-Quads dump");
        assertFalse(Files.exists(out.resolve("dataset.trig")), "--no-dumps writes no TriG dump");
        assertTrue(new DatasetLayout(out).isDataset());
    }

    private static DatasetGraph copy(DatasetGraph dsg) {
        DatasetGraph copy = DatasetGraphFactory.createGeneral();
        dsg.find().forEachRemaining(copy::add);
        return copy;
    }

    private static void assertSameGraphs(DatasetGraph expected, DatasetGraph actual, String what) {
        List<Node> names = new ArrayList<>();
        expected.listGraphNodes().forEachRemaining(names::add);
        List<Node> actualNames = new ArrayList<>();
        actual.listGraphNodes().forEachRemaining(actualNames::add);
        assertEquals(names.stream().map(Node::getURI).sorted().toList(),
                actualNames.stream().map(Node::getURI).sorted().toList(), what + ": the same named graphs");
        for (Node g : names) {
            assertTrue(expected.getGraph(g).isIsomorphicWith(actual.getGraph(g)), what + ": graph " + g);
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }
}
