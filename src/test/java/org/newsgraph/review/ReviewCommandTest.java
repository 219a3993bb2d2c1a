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
        // the open data gives the person found by a title his country and Wikidata id, with their source
        assertEquals("id,kind,label,aliases,demonyms,metonyms,country,wikidata,source\n"
                + "albin-kurti,Person,Albin Kurti,Kurti,,,kosovo,Q441633,"
                + "\"every-politician-scrapers (Wikidata query output, CC0)\"\n", r.out());
        CommandRun one = CommandRun.of("review", "--data", "data", "--articles", articles.toString(), "--examples", "1");
        assertEquals(0, one.code(), one.err());
        assertEquals("Prime Minister Albin Kurti said the border would stay open.",
                records(one.out()).get(0).get("examples"));
    }

    /**
     * With the data bundled in the jar (no --data), a data folder on disk is still protected: the
     * review never overwrites the gazetteer or rules files of a folder holding both.
     */
    @Test
    void aDataFolderOnDiskIsProtectedWhenTheReviewReadsTheBundledData() throws IOException {
        Path data = tmp.resolve("my-data");
        Files.createDirectories(data.resolve("rules"));
        Path people = Files.writeString(Files.createDirectories(data.resolve("gazetteer")).resolve("people.csv"),
                "id,kind,label,aliases,demonyms,metonyms,country,wikidata,source\n");
        CommandRun r = CommandRun.of("review", "--articles", articles.toString(), "--out", people.toString());
        assertEquals(1, r.code(), r.out());
        assertTrue(r.err().contains("which the gazetteer loads"), r.err());
        assertEquals("id,kind,label,aliases,demonyms,metonyms,country,wikidata,source\n", Files.readString(people));
        CommandRun rules = CommandRun.of("review", "--articles", articles.toString(), "--out",
                data.resolve("rules/x.csv").toString());
        assertEquals(1, rules.code(), rules.out());
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
        assertTrue(r.err().contains("people.csv, which the gazetteer loads"), r.err());
        assertEquals(before, Files.readString(people));
    }

    @Test
    void refusesGazetteerAndRulesFilesHoweverThePathIsSpelled() throws IOException {
        Path data = ReviewFixture.copyData(tmp);
        Path people = data.resolve("gazetteer/people.csv");
        Path titles = data.resolve("rules/titles.csv");
        String peopleBefore = Files.readString(people);
        String titlesBefore = Files.readString(titles);
        Path folderLink = Files.createSymbolicLink(tmp.resolve("gaz"), data.resolve("gazetteer"));
        Path fileLink = Files.createSymbolicLink(tmp.resolve("people-link.csv"), people);
        Path rulesLink = Files.createSymbolicLink(tmp.resolve("r"), data.resolve("rules"));
        Path dataLink = Files.createSymbolicLink(tmp.resolve("data-link"), data);
        // [--data, --out]: a folder link, a file link, a link then "..", a rules file, --data through a link
        List<List<String>> spellings = List.of(
                List.of(data.toString(), folderLink.resolve("people.csv").toString()),
                List.of(data.toString(), fileLink.toString()),
                List.of(data.toString(), rulesLink + "/../gazetteer/people.csv"),
                List.of(data.toString(), titles.toString()),
                List.of(dataLink.toString(), people.toString()),
                List.of(data.toString(), data + "/./gazetteer//people.csv"));
        for (List<String> s : spellings) {
            CommandRun r = CommandRun.of("review", "--data", s.get(0), "--articles", articles.toString(),
                    "--gazetteer-format", "--out", s.get(1));
            assertEquals(1, r.code(), s + ": " + r.out());
            assertEquals(1, r.err().lines().count(), r.err());
            assertTrue(r.err().contains("--out " + Path.of(s.get(1)) + ": "), r.err());
            assertTrue(r.err().contains("people.csv, which the gazetteer loads")
                    || r.err().contains("titles.csv, a rules file"), s + ": " + r.err());
        }
        assertEquals(peopleBefore, Files.readString(people));
        assertEquals(titlesBefore, Files.readString(titles));
        assertTrue(Files.isSymbolicLink(fileLink), "the link is left alone too");

        // a new file in the gazetteer folder is the documented way to add the reviewed rows
        CommandRun added = CommandRun.of("review", "--data", data.toString(), "--articles", articles.toString(),
                "--gazetteer-format", "--out", folderLink.resolve("reviewed-1.csv").toString());
        assertEquals(0, added.code(), added.err());
        assertTrue(Files.exists(data.resolve("gazetteer/reviewed-1.csv")));
        CommandRun folder = CommandRun.of("review", "--data", data.toString(), "--articles", articles.toString(),
                "--out", tmp.toString());
        assertEquals(1, folder.code(), folder.out());
        assertTrue(folder.err().contains("is a folder"), folder.err());
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
