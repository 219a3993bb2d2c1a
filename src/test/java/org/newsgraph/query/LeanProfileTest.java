package org.newsgraph.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.jena.query.Query;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.resultset.ResultsCompare;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.SampleDataset;
import org.newsgraph.build.BuildSummary;
import org.newsgraph.build.DatasetBuild;
import org.newsgraph.io.TextFiles;
import org.newsgraph.rdf.GraphProfile;
import org.newsgraph.rdf.NG;
import org.newsgraph.store.Store;

/**
 * The lean profile on the sample articles: the build validates (every article, against the same
 * shapes), is smaller than the full build, holds no mention, holds every other quad of the full build
 * and nothing else, and answers every competency query that does not read mentions with the full
 * build's rows.
 */
class LeanProfileTest {
    /** The queries that read ng:Mention nodes, and say in their first lines that they need the full profile. */
    private static final Set<String> NEED_MENTIONS = Set.of("entities.rq", "mentions.rq");

    @TempDir
    static Path tmp;
    static Store full;
    static Store lean;
    static BuildSummary leanSummary;

    @BeforeAll
    static void build() {
        leanSummary = DatasetBuild.builder().data(SampleDataset.DATA).out(tmp.resolve("lean")).validateAll(true)
                .profile(GraphProfile.LEAN).build().run();
        full = Store.open(SampleDataset.shared());
        lean = Store.open(tmp.resolve("lean"));
    }

    @AfterAll
    static void close() {
        full.close();
        lean.close();
    }

    @Test
    void theLeanGraphIsTheFullGraphWithoutItsMentions() {
        List<Quad> fullQuads = quads(full);
        List<Quad> leanQuads = quads(lean);
        Set<Quad> mentionQuads = Set.copyOf(fullQuads.stream()
                .filter(q -> q.getSubject().isURI() && q.getSubject().getURI().contains("/mention/")).toList());
        assertFalse(mentionQuads.isEmpty(), "the full build has mentions");
        assertTrue(leanQuads.stream().noneMatch(q -> q.getObject().equals(NG.Mention)), "no ng:Mention in the lean build");
        List<Quad> expected = new ArrayList<>(fullQuads);
        expected.removeAll(mentionQuads);
        assertEquals(Set.copyOf(expected), Set.copyOf(leanQuads), "the full build's quads but its mentions");
        assertEquals(leanQuads.size(), leanSummary.quads(), "the summary counts what the database holds");
        assertTrue(leanQuads.size() < fullQuads.size() * 0.75,
                "the lean build is smaller: " + leanQuads.size() + " of " + fullQuads.size() + " triples");
        assertEquals(GraphProfile.LEAN, lean.info().profile());
        assertEquals(GraphProfile.FULL, full.info().profile());
    }

    @TestFactory
    Stream<DynamicTest> queriesWithoutMentionsGiveTheFullBuildsRows() throws IOException {
        List<Path> queries = QueriesTest.queryFiles().stream()
                .filter(q -> !NEED_MENTIONS.contains(q.getFileName().toString())).toList();
        assertFalse(queries.isEmpty());
        return queries.stream().map(q -> DynamicTest.dynamicTest(q.getFileName().toString(), () -> {
            List<Binding> want = rows(full, q);
            List<Binding> got = rows(lean, q);
            if (!ResultsCompare.equalsByTerm(want, got)) {
                fail(q + ": the lean build gives other rows (" + got.size() + ") than the full build (" + want.size() + ")");
            }
        }));
    }

    @Test
    void theQueriesThatNeedMentionsSaySo() {
        for (String name : NEED_MENTIONS) {
            Path q = QueriesTest.QUERIES.resolve(name);
            assertTrue(TextFiles.readUtf8(q).contains("Needs the full profile"), q + " says it needs mentions");
            assertFalse(rows(full, q).isEmpty(), name + " has rows on the full build");
            assertTrue(rows(lean, q).isEmpty(), name + " has no rows on the lean build");
        }
    }

    private static List<Quad> quads(Store store) {
        DatasetGraph dsg = store.dataset().asDatasetGraph();
        return Txn.calculateRead(dsg, () -> {
            List<Quad> all = new ArrayList<>();
            dsg.find().forEachRemaining(all::add);
            return all;
        });
    }

    private static List<Binding> rows(Store store, Path queryFile) {
        Query query = QueryRunner.parse(queryFile, TextFiles.readUtf8(queryFile));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        QueryRunner.run(store.dataset(), query, ResultFormat.TSV, out);
        ResultSet rs = ResultSetMgr.read(new ByteArrayInputStream(out.toByteArray()), ResultSetLang.RS_TSV);
        List<Binding> rows = new ArrayList<>();
        while (rs.hasNext()) {
            rows.add(rs.nextBinding());
        }
        return rows;
    }
}
