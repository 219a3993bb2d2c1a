package org.newsgraph.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.cli.CommandRun;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.SampleDataset;
import org.newsgraph.store.DatasetLayout;

/** {@code newsgraph validate} through picocli's {@code execute}: exit codes, report and messages. */
class ValidateCommandTest {
    static Path db;

    @TempDir
    Path tmp;

    @BeforeAll
    static void build() {
        db = SampleDataset.shared();
    }



    @Test
    void theSampleDatasetConforms() {
        CommandRun r = CommandRun.of("validate", "--db", db.toString());
        assertEquals(0, r.code(), r.out() + r.err());
        assertTrue(r.out().matches("(?s)conforms: \\d+ resources checked\n"
                + "conforms: all \\d+ ng: terms used are declared in bundled:ontology/newsgraph.ttl\\s*"), r.out());
        assertEquals("", r.err());
    }

    @Test
    void theSampleDumpConforms() {
        CommandRun r = CommandRun.of("validate", "--db", new DatasetLayout(db).trig().toString());
        assertEquals(0, r.code(), r.out() + r.err());
        assertTrue(r.out().startsWith("conforms: "), r.out());
    }

    @Test
    void aBrokenDatasetPrintsTheReportAndFails() throws Exception {
        Path broken = tmp.resolve("broken.trig");
        Files.writeString(broken, TestGraphs.replaced("prov:wasAttributedTo entity:azerbaijan ;", "ng:gossip 1 ;"));
        CommandRun r = CommandRun.of("validate", "--db", broken.toString());
        assertEquals(1, r.code(), r.out() + r.err());
        assertTrue(r.out().startsWith("does not conform: 1 violation in 1 of 6 resources checked"), r.out());
        assertTrue(r.out().contains("claim › claimant (prov:wasAttributedTo): a claim needs exactly one prov:wasAttributedTo"), r.out());
        assertTrue(r.out().contains("  " + TestGraphs.CLAIM + " prov:wasAttributedTo"), r.out());
        assertTrue(r.out().contains("ng:gossip: used in the data but not declared"), r.out());
        assertEquals("newsgraph: " + broken.toAbsolutePath() + " does not conform: 1 violation of bundled:ontology/shapes.ttl, "
                + "1 ng: term not declared in bundled:ontology/newsgraph.ttl (report above)", r.err().strip());
    }

    @Test
    void aMissingDatasetSaysHowToMakeOne() {
        CommandRun r = CommandRun.of("validate", "--db", tmp.resolve("nothing").toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("no newsgraph dataset here; run `newsgraph build --out"), r.err());
        assertEquals("", r.out());
    }

    @Test
    void aDumpThatIsNotValidTrigNamesTheLine() throws Exception {
        Path bad = tmp.resolve("bad.trig");
        Files.writeString(bad, "PREFIX ng: <https://w3id.org/newsgraph/ontology#>\n<http://g> {\n  <http://s> ng:start }\n");
        CommandRun r = CommandRun.of("validate", "--db", bad.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("bad.trig line 3: not valid TriG"), r.err());
        assertFalse(r.err().contains("\tat "), "no stack trace without -v");
    }

    @Test
    void aMissingShapesFileIsNamed() {
        CommandRun r = CommandRun.of("validate", "--db", db.toString(), "--shapes", tmp.resolve("nope.ttl").toString());
        assertEquals(1, r.code());
        assertTrue(r.err().startsWith("newsgraph: ") && r.err().contains("nope.ttl: file not found"), r.err());
    }

    @Test
    void shapesThatAreNotValidTurtleNameTheLine() throws Exception {
        Path bad = tmp.resolve("shapes.ttl");
        Files.writeString(bad, "PREFIX sh: <http://www.w3.org/ns/shacl#>\n<a> sh:path\n  <b> ] .\n");
        CommandRun r = CommandRun.of("validate", "--db", db.toString(), "--shapes", bad.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("shapes.ttl line 3: not valid Turtle"), r.err());
    }

    @Test
    void aMissingOntologyIsNamed() {
        CommandRun r = CommandRun.of("validate", "--db", db.toString(), "--ontology", tmp.resolve("none.ttl").toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("none.ttl: file not found"), r.err());
    }

    @Test
    void validateHasHelp() {
        CommandRun r = CommandRun.of("validate", "--help");
        assertEquals(0, r.code());
        assertTrue(r.out().contains("Usage: newsgraph validate"), r.out());
        assertTrue(r.out().contains("--shapes") && r.out().contains("--ontology") && r.out().contains("--db"), r.out());
        assertTrue(CommandRun.of("--help").out().contains("validate"));
    }
}
