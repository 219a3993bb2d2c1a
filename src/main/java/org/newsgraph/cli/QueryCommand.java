package org.newsgraph.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.jena.query.Query;
import org.apache.jena.shared.PrefixMapping;
import org.newsgraph.Bundled;
import org.newsgraph.InputException;
import org.newsgraph.Locations;
import org.newsgraph.query.QueryRunner;
import org.newsgraph.query.ResultFormat;
import org.newsgraph.query.ServerClient;
import org.newsgraph.query.TextTable;
import org.newsgraph.rdf.GraphProfile;
import org.newsgraph.rdf.Iris;
import org.newsgraph.rdf.NG;
import org.newsgraph.rdf.Prefixes;
import org.newsgraph.store.BuildInfo;
import org.newsgraph.store.DatasetAccess;
import org.newsgraph.store.ServingRecord;
import org.newsgraph.io.TextFiles;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code newsgraph query}: one SPARQL query against the built dataset, or through the
 * {@code newsgraph serve} that holds it.
 *
 * <pre>{@code
 * newsgraph query queries/entities.rq               # a table, IRIs shortened with the dataset's prefixes
 * newsgraph query --format csv queries/entities.rq  # every value whole
 * }</pre>
 */
@Command(name = "query", mixinStandardHelpOptions = true,
        description = {"Runs a SPARQL query (a .rq file or --sparql text) against the dataset; "
                + "the default graph is the union of all graphs.",
            "While a `newsgraph serve` holds the dataset, the query goes through that server."})
final class QueryCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DatasetOption dataset;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table, csv, tsv or json (default: ${DEFAULT-VALUE}). A table shortens IRIs with the "
                    + "dataset's prefixes and cuts long values to fit --width; the others keep every value whole.")
    ResultFormat format;

    @Option(names = "--width", paramLabel = "N", defaultValue = "" + TextTable.DEFAULT_WIDTH,
            description = "The widest a table gets, in characters; 0 for no limit (default: ${DEFAULT-VALUE}).")
    int width;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Source source;

    static final class Source {
        @Parameters(paramLabel = "FILE.rq", description = "File holding the query.")
        Path file;

        @Option(names = "--sparql", paramLabel = "TEXT", description = "The query itself.")
        String text;
    }

    /**
     * The query file; a missing one that names a query newsgraph ships is an error that says how to
     * reach the bundled copy ({@code queries/entities.rq} outside the repository).
     */
    private static Path existing(Path file) {
        Path bundled = Bundled.queries().resolve(String.valueOf(file.getFileName()));
        if (!Files.exists(file) && !Bundled.isBundled(file) && Files.isRegularFile(bundled)) {
            throw new InputException(file, "file not found; newsgraph's own query of that name is "
                    + Locations.describe(bundled) + " (give that as the file, from any folder)");
        }
        return file;
    }

    @Override
    public Integer call() {
        if (width < 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--width must be 0 or more, not " + width);
        }
        Path origin = source.file != null ? source.file : Path.of("--sparql");
        String sparql = source.file != null ? TextFiles.readUtf8(existing(source.file)) : source.text;
        Query query = QueryRunner.parse(origin, sparql);
        ByteArrayOutputStream answer = new ByteArrayOutputStream();
        QueryRunner.Answer result;
        ServingRecord server = null;
        try (DatasetAccess access = DatasetAccess.open(dataset.db)) {
            refuseMentionsOfLean(access.info(), origin, sparql, query);
            TextTable table = TextTable.builder().prefixes(prefixes(access.info(), query)).width(width).build();
            if (access instanceof DatasetAccess.Served served) {
                server = served.server();
                result = ServerClient.query(server, query, format, table, answer);
            } else {
                result = QueryRunner.run(((DatasetAccess.Local) access).store().dataset(), query, format, table, answer);
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(answer.toString(StandardCharsets.UTF_8));
        out.flush();
        PrintWriter err = spec.commandLine().getErr();
        if (result.cut()) {
            err.printf("newsgraph: long values are cut (\u2026) to fit %d columns; --width 0 shows them whole, "
                    + "--format csv, tsv or json too%n", width);
        }
        if (server != null && result.rows() >= server.maxResults()) {
            err.printf("newsgraph: warning: the server answers at most %d rows (serve --max-results), so this answer may "
                    + "be cut; page with LIMIT and OFFSET, or stop the server to query the dataset directly%n",
                    server.maxResults());
        }
        err.flush();
        return 0;
    }

    /**
     * Refuses a query that reads mentions on a dataset of the lean profile, which holds none: it
     * would answer no rows, as if the articles mentioned nothing.
     */
    private static void refuseMentionsOfLean(BuildInfo info, Path origin, String sparql, Query query) {
        String mention = NG.Mention.getURI();
        String shortForm = query.getPrefixMapping().shortForm(mention);
        if (info.profile() == GraphProfile.LEAN && (sparql.contains("<" + mention + ">")
                || !shortForm.equals(mention) && sparql.contains(shortForm))) {
            throw new InputException(origin, "the query reads mentions (ng:Mention), which a dataset of the lean "
                    + "profile does not hold; build it with --profile full (the default) to ask it");
        }
    }

    /** The dataset's prefixes, then the query's own for namespaces those lack. */
    private static PrefixMapping prefixes(BuildInfo info, Query query) {
        PrefixMapping prefixes = PrefixMapping.Factory.create().setNsPrefixes(Prefixes.of(new Iris(info.base())));
        for (Map.Entry<String, String> p : query.getPrefixMapping().getNsPrefixMap().entrySet()) {
            if (prefixes.getNsPrefixURI(p.getKey()) == null && prefixes.getNsURIPrefix(p.getValue()) == null) {
                prefixes.setNsPrefix(p.getKey(), p.getValue());
            }
        }
        return prefixes;
    }
}
