package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import picocli.CommandLine;

/**
 * One run of the {@code newsgraph} command line in the test's JVM, through picocli's
 * {@code execute}, with what it printed captured.
 *
 * <pre>{@code
 * CommandRun r = CommandRun.of("build", "--out", dir.toString());
 * assertEquals(0, r.code(), r.err());
 * }</pre>
 *
 * @param code the exit code
 * @param out  what it printed on standard output
 * @param err  what it printed on standard error
 */
public record CommandRun(int code, String out, String err) {

    /** Runs {@code newsgraph ARGS}. */
    public static CommandRun of(String... args) {
        return with(Main.commandLine(), args);
    }

    /** Runs the command line {@code cl} (another program's, such as the benchmark's) with {@code args}. */
    public static CommandRun with(CommandLine cl, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new CommandRun(code, out.toString(), err.toString());
    }

    /** Runs {@code newsgraph ARGS}. */
    public static CommandRun of(List<String> args) {
        return of(args.toArray(String[]::new));
    }

    /** Asserts exit 1 and one line, without a stack trace, holding every part. */
    public void assertFailedInOneLine(String... parts) {
        assertEquals(1, code, err);
        assertFalse(err.contains("\tat "), "no stack trace without -v:\n" + err);
        assertEquals(1, err.strip().lines().count(), "one line:\n" + err);
        assertTrue(err.startsWith("newsgraph: "), err);
        for (String part : parts) {
            assertTrue(err.contains(part), "expected \"" + part + "\" in:\n" + err);
        }
    }
}
