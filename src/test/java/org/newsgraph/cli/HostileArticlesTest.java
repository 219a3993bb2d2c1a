package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.DataRules;
import picocli.CommandLine.Command;
import picocli.CommandLine;

/**
 * Articles made to break the build, through {@code newsgraph build}: whatever they hold, the
 * build ends with one line that names the file (and line) and says what to do, never a stack
 * trace, also when the JVM throws an {@link Error} rather than an exception.
 */
class HostileArticlesTest {
    private static final String HEADER = "id,kind,label,aliases,demonyms,metonyms,country,wikidata,source\n";

    @TempDir
    Path tmp;

    private Path data;
    private Path articles;
    private Path out;

    @BeforeEach
    void writeData() throws IOException {
        data = tmp.resolve("data");
        Path gazetteer = Files.createDirectories(data.resolve("gazetteer"));
        Path rules = Files.createDirectories(data.resolve("rules"));
        DataRules.copyTo(rules);
        Files.writeString(gazetteer.resolve("countries.csv"), HEADER
                + "armenia,Country,Armenia,,Armenian | Armenians,Yerevan,,Q399,test source\n");
        articles = Files.createDirectories(tmp.resolve("articles"));
        Files.writeString(articles.resolve("a1.txt"), "Armenia said so.\n");
        out = tmp.resolve("out");
    }

    private CommandRun build(String... extra) {
        List<String> args = new ArrayList<>(List.of("build", "--data", data.toString(), "--articles",
                articles.toString(), "--out", out.toString()));
        args.addAll(List.of(extra));
        return CommandRun.of(args);
    }

    /** Asserts exit 1 and one line, without a stack trace, holding every part. */
    private static void failed(CommandRun r, String... parts) {
        r.assertFailedInOneLine(parts);
    }

    @Test
    void deeplyNestedJsonEndsWithOneLineNamingFileAndLine() throws IOException {
        Files.writeString(articles.resolve("b.jsonl"), "{\"id\": \"b1\", \"text\": \"Armenia.\"}\n"
                + "{\"id\": \"b2\", \"text\": \"Armenia.\", \"x\": " + "[".repeat(100_000) + "]".repeat(100_000) + "}\n");
        failed(build(), "b.jsonl line 2:", "nested more than", "one JSON object per line");
        assertFalse(Files.exists(out.resolve("dataset.nq")), "no dataset");
    }

    @Test
    void stackOverflowWhileConvertingNamesTheArticle() throws IOException {
        // a normalisation rule that makes Java's regular expressions recurse once per character
        Files.writeString(data.resolve("rules/normalization.csv"), "name,pattern,replacement,description\n"
                + "deep,\"(?:a|b)+c\",c,recursion deeper than any stack\n");
        Files.writeString(articles.resolve("a2.txt"), "Armenia " + "ab".repeat(1_000_000) + "c.\n");
        failed(build(), "a2.txt", "stack", "-v");
    }

    @Test
    void errorOfTheJvmIsOneLineWithoutAStackTrace() {
        for (Error error : List.of(new StackOverflowError(), new OutOfMemoryError("Java heap space"),
                new AssertionError("broken invariant"))) {
            CommandLine cl = Main.commandLine();
            cl.addSubcommand("fail", new Failing(error));
            StringWriter err = new StringWriter();
            cl.setErr(new PrintWriter(err));
            cl.setOut(new PrintWriter(new StringWriter()));
            CommandRun r = new CommandRun(cl.execute("fail"), "", err.toString());
            failed(r, error.getClass().getSimpleName());
            assertTrue(r.err().contains("-v"), r.err());
        }
        CommandLine cl = Main.commandLine();
        cl.addSubcommand("fail", new Failing(new OutOfMemoryError("Java heap space")));
        StringWriter err = new StringWriter();
        cl.setErr(new PrintWriter(err));
        assertEquals(1, cl.execute("fail", "-v"));
        assertTrue(err.toString().contains("\tat "), "the stack trace with -v:\n" + err);
        assertTrue(err.toString().contains("-Xmx"), "says how to give Java more memory:\n" + err);
    }

    /** A command that throws what the JVM throws. */
    @Command(name = "fail")
    static final class Failing implements Runnable {
        private final Error error;

        Failing(Error error) {
            this.error = error;
        }

        @Override
        public void run() {
            throw error;
        }
    }
}
