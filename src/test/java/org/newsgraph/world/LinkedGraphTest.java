package org.newsgraph.world;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.cli.CommandRun;
import org.newsgraph.rdf.Iris;
import org.newsgraph.rdf.NG;

/**
 * The links in the graph: {@code owl:sameAs} with its {@code ng:linkEvidence}, refusals with theirs, and the
 * posts the data knows kept apart from the article's statements; the whole graph passes SHACL, and an
 * incremental build (which rebuilds the entities graph from the saved state) gives the same links.
 */
class LinkedGraphTest {
    private static final Iris IRIS = new Iris(Iris.DEFAULT_BASE);
    private static final Node ENTITIES = IRIS.entitiesGraph();

    @TempDir
    static Path tmp;
    static CommandRun build;
    static CommandRun rebuild;
    static DatasetGraph dataset;
    static DatasetGraph rebuilt;

    @BeforeAll
    static void buildWithOpenData() throws IOException {
        Path data = tmp.resolve("data");
        copy(Path.of("data/gazetteer"), data.resolve("gazetteer"));
        copy(Path.of("data/rules"), data.resolve("rules"));
        copy(Path.of("src/test/resources/world/opendata"), data.resolve("opendata"));
        Path articles = Files.createDirectories(tmp.resolve("articles"));
        Files.writeString(articles.resolve("a1.txt"), "Border clashes\n"
                + "Armenian troops were shelled near Tavushavan on Tuesday, and Ukrainian troops regrouped in Zorya.\n"
                + "Armenian Foreign Minister Hovik Sargsyan called President Ilham Aliyev.\n");
        Files.writeString(articles.resolve("articles.csv"), "id,file,title,publisher,url,published,author\n"
                + "a1,a1.txt,,,,2022-09-13,\n");
        Path out = tmp.resolve("out");
        build = CommandRun.of("build", "--validate-all", "--data", data.toString(), "--articles", articles.toString(),
                "--out", out.toString());
        dataset = build.code() == 0 ? RDFDataMgr.loadDatasetGraph(out.resolve("dataset.nq").toString()) : null;
        Files.writeString(articles.resolve("a2.txt"), "More talks\nArmenian officials met in Yerevan.\n");
        Files.writeString(articles.resolve("articles.csv"), "a2,a2.txt,,,,2022-09-14,\n",
                java.nio.file.StandardOpenOption.APPEND);
        rebuild = CommandRun.of("build", "--validate-all", "--data", data.toString(), "--articles", articles.toString(),
                "--out", out.toString());
        rebuilt = rebuild.code() == 0 ? RDFDataMgr.loadDatasetGraph(out.resolve("dataset.nq").toString()) : null;
    }

    private static void copy(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path f : files.toList()) {
                Files.copy(f, to.resolve(f.getFileName()));
            }
        }
    }

    private static Node entity(String id) {
        return IRIS.entity(id);
    }

    private static Set<String> objects(DatasetGraph d, Node subject, Node predicate) {
        Set<String> values = new TreeSet<>();
        d.find(ENTITIES, subject, predicate, Node.ANY).forEachRemaining(q -> values.add(q.getObject().isLiteral()
                ? q.getObject().getLiteralLexicalForm() : q.getObject().getURI()));
        return values;
    }

    private static Node evidence(String id) {
        return NodeFactory.createURI(entity(id).getURI() + "/link");
    }

    @Test
    void theBuildPassesShacl() {
        assertEquals(0, build.code(), build.err());
        assertEquals(0, rebuild.code(), rebuild.err());
    }

    @Test
    void aLinkSaysWhyItWasMade() {
        assertEquals(Set.of(NG.WD + "Q9900001"), objects(dataset, entity("tavush-town-am"), OWL.sameAs.asNode()));
        Node why = evidence("tavush-town-am");
        assertEquals(Set.of("true"), objects(dataset, why, NG.linked));
        assertEquals(Set.of("place-in-named-country"), objects(dataset, why, NG.linkRule));
        assertEquals(Set.of("confirmed"), objects(dataset, why, NG.idQuality));
        assertEquals(Set.of(NG.WD + "Q9900022"), objects(dataset, evidence("hovik-sargsyan"), NG.candidate),
                "the namesake weighed");
    }

    @Test
    void aRefusalIsRecordedWithoutALink() {
        assertEquals(Set.of(), objects(dataset, entity("zorya-ua"), OWL.sameAs.asNode()));
        assertEquals(Set.of("false"), objects(dataset, evidence("zorya-ua"), NG.linked));
    }

    @Test
    void theDataKnowsPostsTheArticleDoesNotSay() {
        assertEquals(Set.of(NG.WD + "Q9900020"), objects(dataset, entity("ilham-aliyev"), OWL.sameAs.asNode()),
                "the curated entity takes the open data's id");
        Set<String> terms = objects(dataset, entity("ilham-aliyev"), NG.knownPosition);
        assertEquals(1, terms.size());
        Node term = NodeFactory.createURI(terms.iterator().next());
        assertEquals(Set.of("President of Azerbaijan"), objects(dataset, term, RDFS.label.asNode()));
        assertEquals(Set.of("2003-10-31"), objects(dataset, term, NG.heldFrom));
        dataset.find(Node.ANY, term, Node.ANY, Node.ANY).forEachRemaining(q -> assertEquals(ENTITIES, q.getGraph(),
                "what the data knows stays out of the article graphs"));
    }

    @Test
    void anIncrementalBuildKeepsTheLinks() {
        for (String id : new String[] {"tavush-town-am", "zorya-ua", "hovik-sargsyan", "ilham-aliyev"}) {
            for (Node p : new Node[] {OWL.sameAs.asNode(), NG.linkEvidence}) {
                assertEquals(objects(dataset, entity(id), p), objects(rebuilt, entity(id), p), id);
            }
            assertEquals(objects(dataset, evidence(id), NG.linkRule), objects(rebuilt, evidence(id), NG.linkRule), id);
            assertEquals(objects(dataset, evidence(id), NG.candidate), objects(rebuilt, evidence(id), NG.candidate), id);
        }
        assertTrue(rebuild.out().contains("Updated (1 new or changed"), "the entities graph came from the saved state: "
                + rebuild.out());
    }
}
