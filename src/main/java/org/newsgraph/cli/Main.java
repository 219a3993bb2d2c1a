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
 * how to fix it; the stack trace with {@code -v}), 2 wrong usage.
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
            FusekiConfigCommand.class, BenchCommand.class, CommandLine.HelpCommand.class})
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
        Logging.configure(List.of(args));
        System.exit(commandLine().execute(args));
    }

    /** The command line with newsgraph's error handling, ready for {@code execute}. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.registerConverter(Path.class, Main::path);
        cl.setExecutionExceptionHandler(Main::handle);
        return cl;
    }

    /** A path option: a file or folder, or with {@value Bundled#PREFIX} one of the files inside the jar. */
    static Path path(String value) {
        return value.startsWith(Bundled.PREFIX) ? Bundled.resolve(value.substring(Bundled.PREFIX.length())) : Path.of(value);
    }

    private static int handle(Exception e, CommandLine cl, ParseResult parsed) {
        PrintWriter err = cl.getErr();
        if (verbose(parsed)) {
            e.printStackTrace(err);
        }
        if (e instanceof NewsgraphException) {
            err.println("newsgraph: " + e.getMessage());
        } else {
            err.println("newsgraph: unexpected error: " + e + (verbose(parsed) ? "" : " (run with -v for details)"));
        }
        err.flush();
        return FAILED;
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
