package org.newsgraph.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.InputException;
import org.newsgraph.SampleDataset;
import org.newsgraph.store.Store;

/** Every ng: term the data uses must be declared in {@code ontology/newsgraph.ttl}. */
class OntologyCheckTest {
    static final Path ONTOLOGY = Path.of("ontology/newsgraph.ttl");

    static Path db;
    static OntologyCheck check;

    @TempDir
    Path tmp;

    @BeforeAll
    static void build() {
        db = SampleDataset.shared();
        check = OntologyCheck.load(ONTOLOGY);
    }

    @Test
    void theSampleDatasetUsesOnlyDeclaredTerms() {
        ValidationReport report;
        try (Store store = Store.open(db)) {
            report = check.check(store.dataset().asDatasetGraph());
        }
        assertTrue(report.conforms(), report.text());
        assertTrue(report.checked() > 30, "classes and properties used: " + report.checked());
        assertEquals("conforms: all " + report.checked() + " ng: terms used are declared in ontology/newsgraph.ttl",
                report.text());
    }

    @Test
    void anUndeclaredTermIsReportedWithExamples() {
        ValidationReport report = check.check(TestGraphs.with("ng:surface \"Armenia\" ;",
                "ng:surface \"Armenia\" ; ng:frobnicates \"x\" ; a ng:Gadget ;"));
        assertFalse(report.conforms());
        assertEquals(2, report.problems(), report.text());
        String text = report.text();
        assertTrue(text.startsWith("does not conform: 2 of "), text);
        assertTrue(text.contains("ng: terms used in the data are not declared in ontology/newsgraph.ttl"), text);
        assertTrue(text.contains("ng:frobnicates: used in the data but not declared in ontology/newsgraph.ttl; "
                + "declare it there or stop writing it (1 time)"), text);
        assertTrue(text.contains("  " + TestGraphs.MENTION + " ng:frobnicates \"x\"^^xsd:string"), text);
        assertTrue(text.contains("ng:Gadget: used in the data"), text);
        assertTrue(text.contains("  " + TestGraphs.MENTION + " rdf:type ng:Gadget"), text);
    }

    @Test
    void theSmallTestDatasetUsesOnlyDeclaredTerms() {
        ValidationReport report = check.check(TestGraphs.valid());
        assertTrue(report.conforms(), report.text());
    }

    @Test
    void aFileThatIsNotTheOntologyIsRefused() throws Exception {
        Path other = tmp.resolve("other.ttl");
        Files.writeString(other, "<http://example/a> a <http://example/C> .\n");
        InputException e = assertThrows(InputException.class, () -> OntologyCheck.load(other));
        assertTrue(e.getMessage().contains("other.ttl: declares no term in the namespace"), e.getMessage());
    }
}
