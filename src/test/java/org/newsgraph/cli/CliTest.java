package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.SampleDataset;

/** The command line through picocli's {@code execute}: exit codes, output and error messages. */
class CliTest {
    static Path db;

    @TempDir
    Path tmp;

    @BeforeAll
    static void build() {
        db = SampleDataset.shared();
    }



    @Test
    void helpListsTheCommands() {
        CommandRun r = CommandRun.of("--help");
        assertEquals(0, r.code());
        for (String command : new String[] {"build", "query", "serve"}) {
            assertTrue(r.out().contains(command), r.out());
        }
    }

    @Test
    void everyCommandHasHelp() {
        for (String command : new String[] {"build", "query", "serve", "load"}) {
            CommandRun r = CommandRun.of(command, "--help");
            assertEquals(0, r.code(), command);
            assertTrue(r.out().contains("Usage: newsgraph " + command), r.out());
        }
    }

    @Test
    void loadFromNoFolderFailsInOneLine() {
        CommandRun.of("load", "--from", tmp.resolve("none").toString(), "--out", tmp.resolve("loaded").toString())
                .assertFailedInOneLine("none", "no such folder", "--from");
    }

    @Test
    void noCommandIsAUsageError() {
        CommandRun r = CommandRun.of();
        assertEquals(2, r.code());
        assertTrue(r.err().contains("a command is missing"), r.err());
    }

    @Test
    void unknownFlagIsAUsageError() {
        CommandRun r = CommandRun.of("build", "--frobnicate");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("Unknown option: '--frobnicate'"), r.err());
    }

    @Test
    void unknownProfileIsAUsageError() {
        CommandRun r = CommandRun.of("build", "--profile", "tiny", "--out", tmp.resolve("tiny").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--profile: no graph profile \"tiny\"; use full or lean"), r.err());
    }

    @Test
    void aLeanDatasetRefusesTheQueriesThatReadMentions() {
        Path lean = tmp.resolve("lean");
        assertEquals(0, CommandRun.of("build", "--profile", "lean", "--out", lean.toString()).code());
        CommandRun r = CommandRun.of("query", "--db", lean.toString(), "queries/mentions.rq");
        assertEquals(1, r.code(), r.err());
        assertTrue(r.err().contains("the query reads mentions (ng:Mention), which a dataset of the lean profile "
                + "does not hold; build it with --profile full"), r.err());
        assertEquals(0, CommandRun.of("query", "--db", lean.toString(), "queries/claims.rq").code());
        assertEquals(0, CommandRun.of("query", "--db", db.toString(), "queries/mentions.rq").code(),
                "the full dataset answers it");
    }

    @Test
    void unknownFormatIsAUsageError() {
        CommandRun r = CommandRun.of("query", "--db", db.toString(), "--format", "xml", "--sparql", "ASK {}");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--format"), r.err());
    }

    @Test
    void queryNeedsExactlyOneSource() {
        assertEquals(2, CommandRun.of("query", "--db", db.toString()).code());
        assertEquals(2, CommandRun.of("query", "--db", db.toString(), "queries/entities.rq", "--sparql", "ASK {}").code());
    }

    @Test
    void buildPrintsASummary() {
        CommandRun r = CommandRun.of("build", "--out", tmp.resolve("out").toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().matches("(?s)Built .*out: 2 articles, \\d+ entities, \\d+ mentions, \\d+ triples in [0-9.]+ s\\s*"),
                r.out());
    }

    @Test
    void buildWithABadGazetteerNamesFileAndLine() throws Exception {
        Path data = tmp.resolve("data");
        Files.createDirectories(data.resolve("gazetteer"));
        Files.writeString(data.resolve("gazetteer/people.csv"),
                "id,kind,label,aliases,demonyms,metonyms,country,wikidata,source\nx,Person,X,,,,,Q-12,somewhere\n");
        Files.createDirectories(data.resolve("articles"));
        Files.writeString(data.resolve("articles/a.txt"), "Chile and Peru met in Lima.\n");
        CommandRun r = CommandRun.of("build", "--data", data.toString(), "--out", tmp.resolve("out").toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("people.csv line 2: expected a Wikidata id like Q123, found \"Q-12\""), r.err());
        assertFalse(r.err().contains("\tat "), "no stack trace without -v");
    }

    @Test
    void verboseAddsTheStackTrace() {
        CommandRun r = CommandRun.of("build", "-v", "--data", tmp.resolve("missing").toString(), "--out", tmp.resolve("o").toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("no such folder"), r.err());
        assertTrue(r.err().contains("\tat org.newsgraph."), r.err());
    }

    @Test
    void queryPrintsResultsInTheChosenFormat() {
        CommandRun r = CommandRun.of("query", "--db", db.toString(), "--format", "csv", "queries/entities.rq");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("article,entity,label,kind,wikidata"), r.out());
        assertTrue(r.out().contains("\"Nikol Pashinyan\",Person,http://www.wikidata.org/entity/Q7035479")
                || r.out().contains("Nikol Pashinyan,Person,http://www.wikidata.org/entity/Q7035479"), r.out());
        CommandRun json = CommandRun.of("query", "--db", db.toString(), "--format", "JSON", "--sparql", "ASK { ?s ?p ?o }");
        assertEquals(0, json.code(), json.err());
        assertTrue(json.out().contains("\"boolean\" : true"), json.out());
        CommandRun table = CommandRun.of("query", "--db", db.toString(), "--sparql",
                "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }");
        assertEquals(0, table.code(), table.err());
        assertTrue(table.out().contains("| n "), table.out());
    }

    @Test
    void queryWithoutADatasetSaysHowToMakeOne() {
        CommandRun r = CommandRun.of("query", "--db", tmp.resolve("nothing").toString(), "--sparql", "ASK {}");
        assertEquals(1, r.code());
        assertTrue(r.err().contains("no newsgraph dataset here; run `newsgraph build --out"), r.err());
    }

    @Test
    void invalidSparqlNamesTheLine() {
        CommandRun r = CommandRun.of("query", "--db", db.toString(), "--sparql", "SELECT ?x WHERE {\n ?x ?y }");
        assertEquals(1, r.code());
        assertTrue(r.err().contains("not a valid SPARQL query line 2"), r.err());
    }

    @Test
    void missingQueryFileIsNamed() {
        CommandRun r = CommandRun.of("query", "--db", db.toString(), tmp.resolve("nope.rq").toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("nope.rq: file not found"), r.err());
    }

    @Test
    void serveWithoutADatasetFails() {
        CommandRun r = CommandRun.of("serve", "--db", tmp.resolve("nothing").toString(), "--port", "0");
        assertEquals(1, r.code());
        assertTrue(r.err().contains("no newsgraph dataset here"), r.err());
    }

    @Test
    void queryTablesUseTheDatasetsPrefixesAndFitAWindow() {
        CommandRun r = CommandRun.of("query", "--db", db.toString(), "queries/entities.rq");
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.out().lines().toList();
        assertTrue(lines.size() > 10, r.out());
        int widest = lines.stream().mapToInt(String::length).max().orElse(0);
        assertTrue(widest <= 160, "the entities table is " + widest + " columns wide:\n" + r.out());
        assertTrue(lines.get(0).matches("\\| article +\\| entity +\\| label +\\| kind +\\| wikidata +\\|"), lines.get(0));
        assertTrue(r.out().contains("| entity:armenia "), r.out());
        assertTrue(r.out().contains("| wd:Q399 "), r.out());
        assertTrue(r.out().contains("| Armenia "), "a string shows as text: " + r.out());
        assertFalse(r.out().contains("<https://w3id.org/newsgraph/id/entity/"), r.out());
    }

    @Test
    void queryTablesCutLongValuesAndCsvKeepsThemWhole() {
        String sparql = "PREFIX ng: <https://w3id.org/newsgraph/ontology#> SELECT ?s ?text WHERE { "
                + "?s a ng:Sentence ; <https://schema.org/text> ?text } ORDER BY DESC(STRLEN(?text)) LIMIT 3";
        CommandRun table = CommandRun.of("query", "--db", db.toString(), "--sparql", sparql);
        assertEquals(0, table.code(), table.err());
        int widest = table.out().lines().mapToInt(String::length).max().orElse(0);
        assertTrue(widest <= 160, "the table is " + widest + " columns wide:\n" + table.out());
        assertTrue(table.out().contains("… |"), "a long sentence is cut with an ellipsis: " + table.out());

        CommandRun csv = CommandRun.of("query", "--db", db.toString(), "--format", "csv", "--sparql", sparql);
        assertEquals(0, csv.code(), csv.err());
        assertTrue(csv.out().contains("https://w3id.org/newsgraph/id/"), "csv keeps full IRIs: " + csv.out());
        assertFalse(csv.out().contains("…"), csv.out());
        assertTrue(csv.out().lines().skip(1).anyMatch(l -> l.length() > 200), "csv keeps whole sentences: " + csv.out());
    }
}
