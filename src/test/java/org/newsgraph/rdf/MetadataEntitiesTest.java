package org.newsgraph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SchemaDO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.cli.CommandRun;

/**
 * Ordinary metadata never breaks a build: articles whose manifest or batch record names a
 * publisher the text never names, authors written with a middle initial, and bylines that are
 * desks or agencies ("VOA News", "Reuters staff", "AP", "Office of the Spokesperson") build and
 * pass SHACL with {@code --validate-all}; every publisher and author is an entity the entities
 * graph describes, and none is a second copy of a gazetteer entity or a person that is a desk.
 */
class MetadataEntitiesTest {
    private static final Iris IRIS = new Iris(Iris.DEFAULT_BASE);
    private static final Node ENTITIES = IRIS.entitiesGraph();
    private static final Node REPORTED_BY = NodeFactory.createURI("https://w3id.org/newsgraph/ontology#reportedBy");
    private static final Node PERSON = NodeFactory.createURI("https://w3id.org/newsgraph/ontology#Person");

    @TempDir
    static Path tmp;
    static CommandRun build;
    static DatasetGraph dataset;

    @BeforeAll
    static void buildWithMetadata() throws IOException {
        Path articles = Files.createDirectories(tmp.resolve("articles"));
        // casualty counts with no stated source, in texts that never name their publisher
        Files.writeString(articles.resolve("a1.txt"), "Fighting on the border\n"
                + "At least 49 Armenian soldiers were killed on Tuesday, the defence ministry in Yerevan said later.\n"
                + "Seven civilians were killed in shelling near Jermuk.\n");
        Files.writeString(articles.resolve("a2.txt"), "Talks in Brussels\n"
                + "At least 12 Azerbaijani soldiers were killed on Monday.\n");
        Files.writeString(articles.resolve("articles.csv"), "id,file,title,publisher,url,published,author\n"
                + "a1,a1.txt,,Voice of America,,2022-09-13,Antony J. Blinken | VOA News\n"
                + "a2,a2.txt,,Reuters,,2022-09-14,Reuters staff | AP | Office of the Spokesperson | Jane Q. Doe\n");
        Files.writeString(articles.resolve("batch.jsonl"), "{\"id\": \"b1\", \"text\": \"Five Armenian soldiers were "
                + "killed overnight.\", \"publisher\": \"VOA News\", \"authors\": [\"Antony J Blinken\", \"VOA News\"]}\n");
        Path out = tmp.resolve("out");
        build = CommandRun.of("build", "--validate-all", "--articles", articles.toString(), "--out", out.toString());
        dataset = build.code() == 0 ? RDFDataMgr.loadDatasetGraph(out.resolve("dataset.nq").toString()) : null;
    }

    private static Node article(String id) {
        return IRIS.article(id);
    }

    private static Set<String> objects(String articleId, Node predicate) {
        Set<String> ids = new TreeSet<>();
        dataset.find(IRIS.articleGraph(articleId), Node.ANY, predicate, Node.ANY)
                .forEachRemaining(q -> ids.add(IRIS.entityId(q.getObject()).orElse(q.getObject().toString())));
        return ids;
    }

    @Test
    void theBuildPassesShaclWithEveryArticleValidated() {
        assertEquals(0, build.code(), build.err());
    }

    @Test
    void aCountWithoutSourceIsReportedByThePublisherWhichIsDescribed() {
        assertEquals(0, build.code(), build.err());
        assertEquals(Set.of("voice-of-america"), objects("a1", REPORTED_BY));
        assertEquals(Set.of("reuters"), objects("a2", REPORTED_BY));
        assertEquals(Set.of("voice-of-america"), objects("b1", REPORTED_BY), "\"VOA News\" is Voice of America");
        for (String id : List.of("voice-of-america", "reuters")) {
            assertTrue(dataset.contains(ENTITIES, IRIS.entity(id), RDF.type.asNode(),
                    NodeFactory.createURI("https://w3id.org/newsgraph/ontology#Organization")), id + " is described");
        }
    }

    @Test
    void authorsAreTheGazetteerEntitiesTheyName() {
        assertEquals(0, build.code(), build.err());
        assertEquals(Set.of("antony-blinken", "voice-of-america"), objects("a1", SchemaDO.author.asNode()),
                "Antony J. Blinken is the gazetteer's Antony Blinken; VOA News is Voice of America");
        assertEquals(Set.of("antony-blinken", "voice-of-america"), objects("b1", SchemaDO.author.asNode()));
        assertEquals(Set.of("reuters", "associated-press", "jane-q-doe"), objects("a2", SchemaDO.author.asNode()),
                "Reuters staff is Reuters, AP the Associated Press, the spokesperson's office a desk of the publisher");
        for (String id : List.of("antony-blinken", "associated-press", "jane-q-doe")) {
            assertTrue(dataset.find(ENTITIES, IRIS.entity(id), RDF.type.asNode(), Node.ANY).hasNext(),
                    id + " is described");
        }
    }

    @Test
    void noDeskAndNoSecondBlinkenIsAPerson() {
        assertEquals(0, build.code(), build.err());
        Set<String> people = new TreeSet<>();
        dataset.find(ENTITIES, Node.ANY, RDF.type.asNode(), PERSON).forEachRemaining(q -> dataset
                .find(ENTITIES, q.getSubject(), RDFS.label.asNode(), Node.ANY)
                .forEachRemaining(l -> people.add(l.getObject().getLiteralLexicalForm())));
        assertEquals(Set.of("Antony Blinken", "Jane Q. Doe"), people);
        for (Quad q : (Iterable<Quad>) () -> dataset.find(Node.ANY, Node.ANY, SchemaDO.author.asNode(), Node.ANY)) {
            assertTrue(dataset.find(ENTITIES, q.getObject(), RDF.type.asNode(), Node.ANY).hasNext(),
                    q.getObject() + " is described");
        }
        assertFalse(dataset.find(ENTITIES, IRIS.entity("antony-j-blinken"), Node.ANY, Node.ANY).hasNext());
    }
}
