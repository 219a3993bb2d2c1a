package org.newsgraph.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.Folders;
import org.newsgraph.SampleDataset;
import org.newsgraph.build.DatasetBuild;
import org.newsgraph.cli.CommandRun;
import org.newsgraph.io.SpreadsheetCells;

/**
 * {@code newsgraph export} with hostile article text and awkward {@code --out} values: CSV cells
 * that a spreadsheet would run as formulas, standard output for every format, outputs that cannot
 * be written, and failures that must leave no file behind.
 */
class ExportSafetyTest {
    /** An article whose id and quotations start like spreadsheet formulas. */
    static final String EVIL = "Armenia and Azerbaijan held talks in Brussels on Monday.\n\n"
            + "\"=HYPERLINK(\"\"https://evil.example\"\",\"\"click\"\")\", Prime Minister Nikol Pashinyan said on Monday.\n\n"
            + "\"-2+3 is what we want,\" Pashinyan said.\n\n"
            + "\"@SUM(1+1)*cmd|' /C calc'!A0,\" he added.\n";

    @TempDir
    static Path tmp;
    static Path db;

    @BeforeAll
    static void build() throws IOException {
        Path articles = Files.createDirectories(tmp.resolve("articles"));
        Files.writeString(articles.resolve("@evil.txt"), EVIL);
        db = tmp.resolve("out");
        DatasetBuild.builder().data(SampleDataset.DATA).articles(articles).out(db).build().run();
    }

    private static CommandRun export(String... args) {
        List<String> all = new ArrayList<>(List.of("export", "--db", db.toString()));
        all.addAll(List.of(args));
        return CommandRun.of(all);
    }

    /** What a run wrote to the process's standard output (where data goes, as bytes). */
    private record Streamed(CommandRun run, String stdout) {
    }

    private static Streamed exportToStdout(String... args) {
        PrintStream saved = System.out;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        try {
            CommandRun r = export(args);
            return new Streamed(r, bytes.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(saved);
        }
    }

    private static List<CSVRecord> records(Reader in) throws IOException {
        try (CSVParser csv = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
            return csv.getRecords();
        }
    }

    @Test
    void csvCellsThatWouldRunAsFormulasAreText() throws IOException {
        Path folder = tmp.resolve("tables");
        CommandRun r = export("--format", "csv", "--out", folder.toString());
        assertEquals(0, r.code(), r.err());
        List<String> quotes = new ArrayList<>();
        List<String> articles = new ArrayList<>();
        for (String name : CsvExporter.QUERIES) {
            try (Reader in = Files.newBufferedReader(folder.resolve(name + ".csv"))) {
                for (CSVRecord row : records(in)) {
                    for (String cell : row) {
                        assertFalse(SpreadsheetCells.isFormula(cell), name + ".csv: " + cell);
                    }
                    if (name.equals("quotes")) {
                        quotes.add(row.get("quote"));
                    }
                    articles.add(row.get("article"));
                }
            }
        }
        assertTrue(quotes.contains("'-2+3 is what we want"), quotes.toString());
        assertTrue(quotes.stream().anyMatch(q -> q.startsWith("'=HYPERLINK(")), quotes.toString());
        assertTrue(quotes.stream().anyMatch(q -> q.startsWith("'@SUM(1+1)")), quotes.toString());
        assertTrue(!articles.isEmpty() && articles.stream().allMatch("'@evil"::equals), articles.toString());
        String entities = Files.readString(folder.resolve("entities.csv"));
        assertTrue(entities.contains(",https://w3id.org/newsgraph/id/entity/armenia,Armenia,Country,"
                + "http://www.wikidata.org/entity/Q399\r\n"), "IRIs and labels as they are: " + entities);
    }

    /** The file written is an ordinary new file (the umask decides), not a temporary file only its owner reads. */
    @Test
    void anExportIsReadableAsAnyNewFileIs(@TempDir Path own) throws IOException {
        org.junit.jupiter.api.Assumptions.assumeTrue(own.getFileSystem().supportedFileAttributeViews().contains("posix"));
        Path file = own.resolve("perm/graph.nq");
        CommandRun r = export("--format", "nquads", "--out", file.toString());
        assertEquals(0, r.code(), r.err());
        Path plain = Files.createFile(own.resolve("perm/plain.txt"));
        assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(file));
    }

    @Test
    void oneCsvTableGoesToStandardOutput() throws IOException {
        Streamed s = exportToStdout("--format", "csv", "--table", "quotes", "--out", "-");
        assertEquals(0, s.run().code(), s.run().err());
        assertEquals("", s.run().out(), "nothing but the table on standard output");
        assertTrue(s.stdout().startsWith("article,speaker,speakerLabel,quote\r\n"), s.stdout());
        assertEquals(3, records(new StringReader(s.stdout())).stream().map(c -> c.get("quote"))
                .filter(q -> q.startsWith("'")).count(), s.stdout());

        Path folder = tmp.resolve("one-table");
        CommandRun one = export("--format", "csv", "--table", "quotes", "--out", folder.toString());
        assertEquals(0, one.code(), one.err());
        try (Stream<Path> files = Files.list(folder)) {
            assertEquals(List.of("quotes.csv"), files.map(f -> f.getFileName().toString()).toList());
        }
        assertEquals(s.stdout(), Files.readString(folder.resolve("quotes.csv")));
    }

    @Test
    void csvToStandardOutputNeedsOneTable() {
        Path dash = Path.of("-");
        try {
            Streamed s = exportToStdout("--format", "csv", "--out", "-");
            assertEquals(2, s.run().code(), s.run().err());
            assertTrue(s.run().err().contains("--table"), s.run().err());
            assertFalse(Files.exists(dash), "no folder named -");
            assertEquals("", s.stdout());
            CommandRun unknown = export("--format", "csv", "--table", "nope", "--out", "-");
            assertEquals(2, unknown.code(), unknown.err());
            assertTrue(unknown.err().contains("entities, positions, quotes"), unknown.err());
            CommandRun notCsv = export("--format", "trig", "--table", "quotes", "--out", "-");
            assertEquals(2, notCsv.code(), notCsv.err());
        } finally {
            Folders.deleteQuietly(dash);
        }
    }

    @Test
    void everyRdfFormatStreamsToStandardOutput() {
        Streamed s = exportToStdout("--format", "nquads", "--out", "-");
        assertEquals(0, s.run().code(), s.run().err());
        assertEquals("", s.run().out());
        DatasetGraph parsed = RDFParser.fromString(s.stdout(), Lang.NQUADS).toDatasetGraph();
        assertTrue(parsed.find().hasNext(), "quads on standard output");
        for (String format : List.of("turtle", "trig", "jsonld")) {
            Streamed f = exportToStdout("--format", format, "--out", "-");
            assertEquals(0, f.run().code(), format + ": " + f.run().err());
            assertTrue(f.stdout().contains("Pashinyan"), format);
        }
    }

    @Test
    void anOutThatCannotBeAFileIsOneLineAndLeavesNothing() throws IOException {
        Path folder = Files.createDirectories(tmp.resolve("a-folder"));
        Files.writeString(folder.resolve("keep.txt"), "mine\n");
        Path file = Files.writeString(tmp.resolve("a-file"), "mine\n");
        List<String[]> cases = List.of(
                new String[] {"turtle", "/", "not a file name"},
                new String[] {"trig", folder.toString(), "is a folder"},
                new String[] {"nquads", folder + "/", "is a folder"},
                new String[] {"jsonld", "", "not a file name"},
                new String[] {"turtle", file.resolve("x.ttl").toString(), "is not a folder"},
                new String[] {"csv", file.toString(), "is a file"});
        for (String[] c : cases) {
            CommandRun r = export("--format", c[0], "--out", c[1]);
            assertEquals(1, r.code(), c[1] + ": " + r.out());
            assertEquals(1, r.err().lines().count(), r.err());
            assertTrue(r.err().startsWith("newsgraph: --out ") && r.err().contains(c[2]), c[1] + ": " + r.err());
        }
        assertFalse(Files.exists(Path.of("null.next")), "nothing written into the working folder");
        assertEquals(List.of("a-file", "a-folder"), leftovers(tmp));
        assertEquals(List.of("keep.txt"), leftovers(folder));
        assertEquals("mine\n", Files.readString(file));
    }

    @Test
    void aFailedCsvExportLeavesNoTable() throws IOException {
        Path queries = Files.createDirectories(tmp.resolve("some-queries"));
        for (String name : CsvExporter.QUERIES.subList(0, CsvExporter.QUERIES.size() - 1)) {
            Files.copy(Path.of("queries", name + ".rq"), queries.resolve(name + ".rq"));
        }
        Path folder = tmp.resolve("half");
        CommandRun r = export("--format", "csv", "--queries", queries.toString(), "--out", folder.toString());
        assertEquals(1, r.code(), r.out());
        assertTrue(r.err().contains("events.rq: query not found"), r.err());
        assertFalse(Files.exists(folder), "no folder, no half the tables");

        Path existing = Files.createDirectories(tmp.resolve("existing"));
        CommandRun again = export("--format", "csv", "--queries", queries.toString(), "--out", existing.toString());
        assertEquals(1, again.code(), again.out());
        assertEquals(List.of(), leftovers(existing));
    }

    /** The names in {@code dir} other than the dataset and the build's input, sorted. */
    private static List<String> leftovers(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString())
                    .filter(n -> !List.of("out", "articles", "tables", "one-table", "some-queries", "half", "existing")
                            .contains(n))
                    .sorted().toList();
        }
    }
}
