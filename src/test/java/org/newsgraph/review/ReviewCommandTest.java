package org.newsgraph.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.cli.CommandRun;

/**
 * {@code newsgraph review} through picocli's {@code execute}: the CSV on standard output or in
 * {@code --out}, the options, and the exit codes 0, 1 (a missing articles folder, an --out the
 * gazetteer loads) and 2 (wrong usage).
 */
class ReviewCommandTest {
    @TempDir
    Path tmp;

    Path articles;

    @BeforeEach
    void files() throws IOException {
        articles = Files.createDirectories(tmp.resolve("articles"));
        Files.writeString(articles.resolve("a1.txt"), "Prime Minister Albin Kurti said the border would stay open.\n\n"
                + "Kurti spoke to reporters in Pristina on Monday.\n\nKurti left on Tuesday.\n");
        Files.writeString(articles.resolve("a2.txt"), "Mark Taylor said the talks would go on.\n");
    }

    private static List<CSVRecord> records(String csv) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(csv)).setFormat(format).get()) {
            return parser.getRecords();
        }
    }

    @Test
    void printsTheCsv() throws IOException {
        CommandRun r = CommandRun.of("review", "--data", "data", "--articles", articles.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith(String.join(",", ReviewWriter.columns(false)) + "\n"), r.out());
        List<CSVRecord> rows = records(r.out());
        assertEquals(List.of("albin-kurti", "mark-taylor"), rows.stream().map(c -> c.get("id")).toList());
        assertEquals("3", rows.get(0).get("count"));
        assertEquals(3, rows.get(0).get("examples").split(" \\|\\| ").length);
    }

    @Test
    void optionsLimitExamplesAndRowsAndChooseTheFormat() throws IOException {
        CommandRun r = CommandRun.of("review", "--data", "data", "--articles", articles.toString(), "--examples", "1",
                "--min-count", "2", "--gazetteer-format");
        assertEquals(0, r.code(), r.err());
        assertEquals("id,kind,label,aliases,demonyms,metonyms,country,wikidata,source\n"
                + "albin-kurti,Person,Albin Kurti,Kurti,,,,,\n", r.out());
        CommandRun one = CommandRun.of("review", "--data", "data", "--articles", articles.toString(), "--examples", "1");
        assertEquals(0, one.code(), one.err());
        assertEquals("Prime Minister Albin Kurti said the border would stay open.",
                records(one.out()).get(0).get("examples"));
    }

    @Test
    void writesTheOutFile() throws IOException {
        Path out = tmp.resolve("review/review.csv");
        CommandRun r = CommandRun.of("review", "--data", "data", "--articles", articles.toString(), "--out",
                out.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("Reviewed 2 articles: 2 unknown entities written to "), r.out());
        assertEquals(2, records(Files.readString(out)).size());
    }

    @Test
    void missingArticlesFolderFailsWithOneLine() {
        Path missing = tmp.resolve("nowhere");
        CommandRun r = CommandRun.of("review", "--data", "data", "--articles", missing.toString());
        assertEquals(1, r.code(), r.err());
        assertEquals("", r.out());
        assertTrue(r.err().startsWith("newsgraph: "), r.err());
        assertTrue(r.err().contains("nowhere: no such folder; pass the folder that holds the articles with --articles"),
                r.err());
        assertEquals(1, r.err().lines().count(), r.err());
    }

    @Test
    void refusesToOverwriteAGazetteerFile() throws IOException {
        Path data = ReviewFixture.copyData(tmp);
        Path people = data.resolve("gazetteer/people.csv");
        String before = Files.readString(people);
        CommandRun r = CommandRun.of("review", "--data", data.toString(), "--articles", articles.toString(),
                "--gazetteer-format", "--out", people.toString());
        assertEquals(1, r.code(), r.err());
        assertTrue(r.err().contains("people.csv: the gazetteer loads this file"), r.err());
        assertEquals(before, Files.readString(people));
    }

    @Test
    void badOptionsAreUsageErrors() {
        String dir = articles.toString();
        for (List<String> args : List.of(List.of("review", "--articles", dir, "--examples", "many"),
                List.of("review", "--articles", dir, "--examples", "-1"),
                List.of("review", "--articles", dir, "--min-count", "0"),
                List.of("review", "--articles", dir, "--no-such-option"))) {
            CommandRun r = CommandRun.of(args);
            assertEquals(2, r.code(), () -> args + ": " + r.err());
            assertTrue(r.err().contains("Usage: newsgraph review"), r.err());
            assertEquals("", r.out(), args::toString);
        }
    }
}
