package org.newsgraph.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.InputException;
import org.newsgraph.SampleDataset;
import org.newsgraph.store.DatasetLayout;
import org.newsgraph.store.Store;

/** {@code ontology/shapes.ttl} accepts the real sample dataset and rejects broken data, saying where and why. */
class ShapeValidatorTest {
    static final Path SHAPES = Path.of("ontology/shapes.ttl");

    static Path db;
    static ShapeValidator validator;

    @TempDir
    Path tmp;

    @BeforeAll
    static void build() {
        db = SampleDataset.shared();
        validator = ShapeValidator.load(SHAPES);
    }

    @Test
    void theSampleDatasetConforms() {
        ValidationReport report;
        try (Store store = Store.open(db)) {
            report = validator.validate(store.dataset().asDatasetGraph());
        }
        assertTrue(report.conforms(), report.text());
        assertEquals(0, report.problems());
        assertTrue(report.checked() > 300, "entities, articles, sentences, mentions and statements: " + report.checked());
        assertEquals("conforms: " + report.checked() + " resources checked", report.text());
    }

    @Test
    void theSampleDumpConformsToo() {
        DatasetGraph dump = RdfLoader.dataset(new DatasetLayout(db).trig());
        ValidationReport report = validator.validate(dump);
        assertTrue(report.conforms(), report.text());
    }

    @Test
    void theSmallTestDatasetConforms() {
        ValidationReport report = validator.validate(TestGraphs.valid());
        assertTrue(report.conforms(), report.text());
        assertEquals(6, report.checked(), "2 entities, article, sentence, mention, claim");
    }

    @Test
    void anEntityWithTwoLabelsIsRejected() {
        ValidationReport report = validator.validate(
                TestGraphs.with("rdfs:label \"Armenia\"", "rdfs:label \"Armenia\", \"Armenien\""));
        assertRejected(report, 1,
                "entity › label (rdfs:label): an entity needs exactly one rdfs:label, a non-empty xsd:string (1 time)",
                "  entity:armenia rdfs:label");
    }

    @Test
    void aWikidataLinkThatIsNotAQidIsRejected() {
        ValidationReport report = validator.validate(TestGraphs.with("owl:sameAs wd:Q399", "owl:sameAs wd:P17"));
        assertRejected(report, 1, "entity › Wikidata link (owl:sameAs): an entity has at most one owl:sameAs, "
                + "the IRI of a Wikidata item like http://www.wikidata.org/entity/Q399",
                "  entity:armenia owl:sameAs wd:P17");
        ValidationReport q0 = validator.validate(TestGraphs.with("owl:sameAs wd:Q399", "owl:sameAs wd:Q0399"));
        assertRejected(q0, 1, "(owl:sameAs)", "  entity:armenia owl:sameAs wd:Q0399");
        ValidationReport literal = validator.validate(TestGraphs.with("owl:sameAs wd:Q399", "owl:sameAs \"Q399\""));
        assertFalse(literal.conforms(), "a literal is not a Wikidata item");
        assertTrue(literal.text().contains("entity:armenia owl:sameAs \"Q399\"^^xsd:string"), literal.text());
    }

    @Test
    void aWikidataLinkNeedsItsSource() {
        ValidationReport report = validator.validate(TestGraphs.with("ng:wikidataSource \"a test\" .", "."));
        assertRejected(report, 1, "Wikidata link › Wikidata link source (ng:wikidataSource): an owl:sameAs link "
                + "to Wikidata needs exactly one ng:wikidataSource", "  entity:armenia ng:wikidataSource");
    }

    @Test
    void anEntityOfTwoKindsIsRejected() {
        ValidationReport report = validator.validate(
                TestGraphs.with("entity:armenia a ng:Country", "entity:armenia a ng:Country, ng:Region"));
        assertFalse(report.conforms());
        assertTrue(report.text().contains("an entity must be of exactly one kind"), report.text());
        assertTrue(report.text().contains("  entity:armenia rdf:type"), report.text());
    }

    @Test
    void aMentionThatStartsAfterItEndsIsRejected() {
        ValidationReport report = validator.validate(
                TestGraphs.with("ng:start 10 ; ng:end 17", "ng:start 20 ; ng:end 17"));
        assertRejected(report, 1, "mention › start offset (ng:start): a mention needs exactly one ng:start, "
                + "an xsd:integer from 0 and before its ng:end (1 time)",
                "  " + TestGraphs.MENTION + " ng:start 20");
    }

    @Test
    void anEmptyMentionIsRejected() {
        ValidationReport report = validator.validate(
                TestGraphs.with("ng:start 10 ; ng:end 17", "ng:start 17 ; ng:end 17"));
        assertRejected(report, 1, "before its ng:end", "  " + TestGraphs.MENTION + " ng:start 17");
    }

    @Test
    void aMentionOfSomethingThatIsNoEntityIsRejected() {
        ValidationReport report = validator.validate(
                TestGraphs.with("ng:refersTo entity:armenia", "ng:refersTo entity:atlantis"));
        assertRejected(report, 1, "mention › refers to (ng:refersTo): a mention needs exactly one ng:refersTo, "
                + "an entity described in the entities graph", "  " + TestGraphs.MENTION + " ng:refersTo entity:atlantis");
    }

    @Test
    void aMentionWithAnUnknownMatchTypeIsRejected() {
        ValidationReport report = validator.validate(
                TestGraphs.with("ng:matchType \"label\"", "ng:matchType \"guess\""));
        assertRejected(report, 1, "\"label\", \"alias\", \"demonym\" or \"metonym\"",
                "  " + TestGraphs.MENTION + " ng:matchType \"guess\"^^xsd:string");
    }

    @Test
    void aClaimWithoutAClaimantIsRejected() {
        ValidationReport report = validator.validate(
                TestGraphs.with("prov:wasAttributedTo entity:azerbaijan ;", ""));
        assertRejected(report, 1, "claim › claimant (prov:wasAttributedTo): a claim needs exactly one "
                + "prov:wasAttributedTo, the entity that makes the claim (1 time)",
                "  " + TestGraphs.CLAIM + " prov:wasAttributedTo");
    }

    @Test
    void aStatementWithoutItsRuleIsRejected() {
        ValidationReport report = validator.validate(TestGraphs.with("ng:rule \"claim-say\" .", "."));
        assertRejected(report, 1, "statement provenance › rule (ng:rule): a statement needs exactly one ng:rule",
                "  " + TestGraphs.CLAIM + " ng:rule");
    }

    @Test
    void aLiteralOfTheWrongDatatypeIsRejected() {
        ValidationReport report = validator.validate(
                TestGraphs.with("ng:start 10 ; ng:end 17", "ng:start \"12\"^^xsd:string ; ng:end 17"));
        assertFalse(report.conforms());
        assertTrue(report.text().contains("mention › start offset (ng:start): a mention needs exactly one ng:start, "
                + "an xsd:integer"), report.text());
        assertTrue(report.text().contains("  " + TestGraphs.MENTION + " ng:start \"12\"^^xsd:string"), report.text());
    }

    @Test
    void anArticleDateThatIsNoDateIsRejected() {
        ValidationReport report = validator.validate(
                TestGraphs.with("\"2022-09-13\"^^xsd:date", "\"13 September 2022\""));
        assertRejected(report, 1, "news article › publication date (schema:datePublished)",
                "  article:t1 schema:datePublished \"13 September 2022\"^^xsd:string");
    }

    @Test
    void manyViolationsAreCappedWithACount() {
        StringBuilder trig = new StringBuilder(TestGraphs.VALID).append("<https://w3id.org/newsgraph/id/graph/entities> {\n");
        for (int i = 0; i < 80; i++) {
            trig.append("  <https://w3id.org/newsgraph/id/entity/e").append(i).append("> a ng:Person .\n");
        }
        ValidationReport report = validator.validate(TestGraphs.parse(trig.append("}\n").toString()));
        assertFalse(report.conforms());
        assertEquals(80, report.problems(), report.text());
        String[] lines = report.text().split("\n");
        assertEquals(ValidationReport.MAX_LINES, lines.length, report.text());
        assertEquals("does not conform: 80 violations in 80 of 86 resources checked", lines[0]);
        assertEquals("… 33 more", lines[lines.length - 1], "47 of the 80 shown, after the header and the group heading");
    }

    @Test
    void aMissingShapesFileIsNamed() {
        InputException e = assertThrows(InputException.class, () -> ShapeValidator.load(tmp.resolve("nope.ttl")));
        assertTrue(e.getMessage().endsWith("nope.ttl: file not found; check the path"), e.getMessage());
    }

    @Test
    void invalidTurtleIsNamedWithItsLine() throws Exception {
        Path bad = tmp.resolve("bad.ttl");
        Files.writeString(bad, "PREFIX sh: <http://www.w3.org/ns/shacl#>\n\n<a> sh:path <b> ;; ]\n");
        InputException e = assertThrows(InputException.class, () -> ShapeValidator.load(bad));
        assertTrue(e.getMessage().contains("bad.ttl line 3: not valid Turtle"), e.getMessage());
    }

    @Test
    void aMalformedShapeIsNamed() throws Exception {
        Path bad = tmp.resolve("bad.ttl");
        Files.writeString(bad, """
                PREFIX sh: <http://www.w3.org/ns/shacl#>
                <http://example/S> a sh:NodeShape ; sh:targetClass <http://example/C> ;
                    sh:property [ sh:path <http://example/p> ; sh:minCount "one" ] .
                """);
        InputException e = assertThrows(InputException.class, () -> ShapeValidator.load(bad));
        assertTrue(e.getMessage().contains("bad.ttl: not valid SHACL"), e.getMessage());
    }

    @Test
    void aFileWithoutShapesIsRefused() throws Exception {
        Path empty = tmp.resolve("empty.ttl");
        Files.writeString(empty, "<http://example/a> <http://example/b> <http://example/c> .\n");
        InputException e = assertThrows(InputException.class, () -> ShapeValidator.load(empty));
        assertTrue(e.getMessage().contains("holds no SHACL shape with a target"), e.getMessage());
    }

    /** Not conforming, {@code problems} problems, and the report holds each of {@code expected}. */
    static void assertRejected(ValidationReport report, int problems, String... expected) {
        assertFalse(report.conforms(), "should be rejected");
        assertEquals(problems, report.problems(), report.text());
        assertTrue(report.text().startsWith("does not conform: " + problems + " violation"), report.text());
        for (String e : expected) {
            assertTrue(report.text().contains(e), "expected «" + e + "» in\n" + report.text());
        }
    }
}
