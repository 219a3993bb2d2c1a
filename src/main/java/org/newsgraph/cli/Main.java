package org.newsgraph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.newsgraph.Bundled;
import org.newsgraph.NewsgraphException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The {@code newsgraph} command. Exit codes: 0 done, 1 failed (one line saying what, where and
 * how to fix it, also for an {@link Error} such as a stack overflow; the stack trace with
 * {@code -v}), 2 wrong usage.
 *
 * <pre>{@code
 * java -jar target/newsgraph.jar build
 * java -jar target/newsgraph.jar query queries/entities.rq
 * }</pre>
 */
@Command(name = "newsgraph", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Builds a Wikidata-linked knowledge graph from news articles and serves it over SPARQL.",
        subcommands = {BuildCommand.class, QueryCommand.class, ServeCommand.class, EvalCommand.class,
            ValidateCommand.class, ReviewCommand.class, LinkCommand.class, PushCommand.class, ExportCommand.class,
            LoadCommand.class, FusekiConfigCommand.class, ImportOpenDataCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    /** Exit code of a failure that is not a usage error. */
    public static final int FAILED = 1;

    @Spec
    CommandSpec spec;

    @Option(names = {"-v", "--verbose"}, scope = ScopeType.INHERIT,
            description = "Log more, and print stack traces with errors.")
    boolean verbose;

    @Option(names = {"-q", "--quiet"}, scope = ScopeType.INHERIT, description = "Log only errors.")
    boolean quiet;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                "a command is missing: use build, query, serve or eval (newsgraph --help lists them)");
    }

    public static void main(String[] args) {
        launch(new Main(), args);
    }

    /**
     * Runs {@code command} (a picocli command) as a program's main does, with newsgraph's logging
     * levels ({@code -v}, {@code -q}), path options and error handling, and exits with its code.
     * The benchmark's own jar starts its command through it.
     */
    public static void launch(Object command, String[] args) {
        Logging.configure(List.of(args));
        System.exit(commandLine(command).execute(args));
    }

    /** The command line with newsgraph's error handling, ready for {@code execute}. */
    public static CommandLine commandLine() {
        return commandLine(new Main());
    }

    /**
     * The command line of {@code command} (a picocli command) with newsgraph's path options
     * ({@code bundled:…}) and error handling, ready for {@code execute}.
     */
    public static CommandLine commandLine(Object command) {
        CommandLine cl = new CommandLine(command);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.registerConverter(Path.class, Main::path);
        cl.setExecutionExceptionHandler(Main::handle);
        // picocli hands on exceptions only; an Error (stack overflow, out of memory) gets one line too
        cl.setExecutionStrategy(parsed -> {
            try {
                return new CommandLine.RunLast().execute(parsed);
            } catch (Error e) {
                return handle(e, cl, parsed);
            }
        });
        return cl;
    }

    /** A path option: a file or folder, or with {@value Bundled#PREFIX} one of the files inside the jar. */
    static Path path(String value) {
        return value.startsWith(Bundled.PREFIX) ? Bundled.resolve(value.substring(Bundled.PREFIX.length())) : Path.of(value);
    }

    private static int handle(Throwable e, CommandLine cl, ParseResult parsed) {
        PrintWriter err = cl.getErr();
        boolean verbose = verbose(parsed);
        if (verbose) {
            e.printStackTrace(err);
        }
        err.println("newsgraph: " + message(e, verbose));
        err.flush();
        return FAILED;
    }

    /** The one line a failure prints. */
    private static String message(Throwable e, boolean verbose) {
        if (e instanceof NewsgraphException) {
            return e.getMessage();
        }
        String details = verbose ? "" : " (run with -v for details)";
        Error error = errorIn(e);
        if (error instanceof StackOverflowError) {
            return "the stack overflowed (StackOverflowError): some input is nested or repeated too deeply to process; "
                    + "run with -v for the stack trace and report it with the input" + details;
        }
        if (error instanceof OutOfMemoryError) {
            return "out of memory (OutOfMemoryError: " + error.getMessage() + "); give Java more memory, e.g. "
                    + "java -Xmx4g -jar newsgraph.jar ..., or process fewer or smaller files at once" + details;
        }
        return "unexpected error: " + (error != null ? error : e) + details;
    }

    /** The Error that {@code e} is or was caused by, or null. */
    private static Error errorIn(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof Error error) {
                return error;
            }
        }
        return null;
    }

    private static boolean verbose(ParseResult parsed) {
        for (ParseResult p = parsed; p != null; p = p.subcommand()) {
            if (p.hasMatchedOption("--verbose")) {
                return true;
            }
        }
        return false;
    }

    /** The version from the jar's manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"newsgraph " + (v == null ? "(development build)" : v)};
        }
    }
}
