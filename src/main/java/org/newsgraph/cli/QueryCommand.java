package org.newsgraph.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.jena.query.Query;
import org.newsgraph.query.QueryRunner;
import org.newsgraph.query.ResultFormat;
import org.newsgraph.store.Store;
import org.newsgraph.text.TextFiles;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code newsgraph query}: one SPARQL query against the built dataset. */
@Command(name = "query", mixinStandardHelpOptions = true,
        description = "Runs a SPARQL query (a .rq file or --sparql text) against the dataset; "
                + "the default graph is the union of all graphs.")
final class QueryCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DatasetOption dataset;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table, csv, tsv or json (default: ${DEFAULT-VALUE}).")
    ResultFormat format;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Source source;

    static final class Source {
        @Parameters(paramLabel = "FILE.rq", description = "File holding the query.")
        Path file;

        @Option(names = "--sparql", paramLabel = "TEXT", description = "The query itself.")
        String text;
    }

    @Override
    public Integer call() {
        Path origin = source.file != null ? source.file : Path.of("--sparql");
        String sparql = source.file != null ? TextFiles.readUtf8(source.file) : source.text;
        Query query = QueryRunner.parse(origin, sparql);
        ByteArrayOutputStream answer = new ByteArrayOutputStream();
        try (Store store = Store.open(dataset.db)) {
            QueryRunner.run(store.dataset(), query, format, answer);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(answer.toString(StandardCharsets.UTF_8));
        out.flush();
        return 0;
    }
}
