package org.newsgraph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.newsgraph.Locations;
import org.newsgraph.export.CsvExporter;
import org.newsgraph.export.DatasetExporter;
import org.newsgraph.export.ExportFormat;
import org.newsgraph.export.JsonLdContext;
import org.newsgraph.export.OutputFile;
import org.newsgraph.store.Store;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code newsgraph export}: the dataset as Turtle, TriG, N-Quads, JSON-LD, or CSV tables.
 *
 * <pre>{@code
 * newsgraph export --format jsonld --out newsgraph.jsonld
 * newsgraph export --format turtle --graph https://w3id.org/newsgraph/id/graph/entities --out entities.ttl
 * newsgraph export --format csv --out tables/
 * newsgraph export --format csv --table quotes --out -
 * }</pre>
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Writes the dataset as turtle (the union of the graphs, or one with --graph), trig, nquads, "
                + "jsonld (compacted with ontology/context.jsonld) or csv (one table per competency query: "
                + "entities, positions, quotes, accusations, casualties, disagreements, events; a cell that a spreadsheet would run as "
                + "a formula gets a leading '). A file appears whole or not at all.")
final class ExportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DatasetOption dataset;

    @Option(names = "--format", paramLabel = "FORMAT", required = true,
            description = "turtle, trig, nquads, jsonld or csv.")
    ExportFormat format;

    @Option(names = "--out", paramLabel = "PATH", required = true,
            description = "The file written, or - for standard output; for csv, the folder the tables are written "
                    + "into (created if missing), or - with one --table.")
    String out;

    @Option(names = "--table", paramLabel = "NAME",
            description = "For csv: write only this table (one of " + CsvExporter.TABLES + "); repeat for more. With --out -, "
                    + "exactly one.")
    List<String> tables;

    @Option(names = "--graph", paramLabel = "IRI",
            description = "Export only this named graph (not for csv).")
    String graph;

    @Option(names = "--context", paramLabel = "FILE", defaultValue = "bundled:ontology/context.jsonld",
            description = "The JSON-LD context to compact with (default: ${DEFAULT-VALUE}).")
    Path context;

    @Option(names = "--context-url", paramLabel = "URL",
            description = "Refer to the JSON-LD context by this URL (e.g. " + JsonLdContext.PUBLISHED + ") instead of "
                    + "holding it in the document.")
    String contextUrl;

    @Option(names = "--queries", paramLabel = "DIR", defaultValue = "bundled:queries",
            description = "The folder of the competency queries, for csv (default: ${DEFAULT-VALUE}).")
    Path queries;

    @Override
    public Integer call() {
        boolean toStdout = out.equals(OutputFile.STDOUT);
        if (format == ExportFormat.CSV) {
            return csv(toStdout);
        }
        if (tables != null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--table is for --format csv only");
        }
        Path file = toStdout ? null : OutputFile.requireFile(out, "newsgraph." + format.extension());
        DatasetExporter exporter = DatasetExporter.builder().format(format).graph(graph)
                .context(format == ExportFormat.JSONLD ? JsonLdContext.load(context) : null)
                .contextUrl(contextUrl).build();
        PrintWriter o = spec.commandLine().getOut();
        try (Store store = Store.open(dataset.db)) {
            if (toStdout) {
                o.flush();
                exporter.export(store.dataset(), System.out);
                System.out.flush();
                return 0;
            }
            OutputFile.write(file, stream -> exporter.export(store.dataset(), stream));
        }
        o.printf("Exported %s as %s%s to %s%n", Locations.describe(dataset.db), format.name().toLowerCase(Locale.ROOT),
                graph == null ? (format == ExportFormat.TURTLE ? " (the union of all graphs)" : "") : " (graph <" + graph + ">)",
                Locations.describe(file));
        o.flush();
        return 0;
    }

    /** The csv tables into a folder, or one table to standard output. */
    private int csv(boolean toStdout) {
        if (graph != null || contextUrl != null) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--graph and --context-url do not apply to --format csv");
        }
        List<String> names = tables == null ? CsvExporter.QUERIES : List.copyOf(new LinkedHashSet<>(tables));
        for (String name : names) {
            if (!CsvExporter.QUERIES.contains(name)) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--table " + name + ": no such table; "
                        + "use one of " + CsvExporter.TABLES);
            }
        }
        PrintWriter o = spec.commandLine().getOut();
        if (toStdout) {
            if (names.size() != 1) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--out -: csv is one table per query, and "
                        + "standard output holds one; add --table NAME (one of " + CsvExporter.TABLES + "), or give a folder");
            }
            try (Store store = Store.open(dataset.db)) {
                o.flush();
                CsvExporter.table(store.dataset(), queries, names.get(0), System.out);
                System.out.flush();
            }
            return 0;
        }
        Path folder = OutputFile.requireFolder(out, "the csv tables");
        List<Path> files;
        try (Store store = Store.open(dataset.db)) {
            files = CsvExporter.export(store.dataset(), queries, names, folder);
        }
        o.printf("Exported %s as csv into %s: %s%n", Locations.describe(dataset.db), Locations.describe(folder),
                String.join(", ", files.stream().map(f -> f.getFileName().toString()).toList()));
        o.flush();
        return 0;
    }
}
