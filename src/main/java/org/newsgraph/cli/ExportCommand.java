package org.newsgraph.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsgraph.Locations;
import org.newsgraph.StoreException;
import org.newsgraph.export.CsvExporter;
import org.newsgraph.export.DatasetExporter;
import org.newsgraph.export.ExportFormat;
import org.newsgraph.export.JsonLdContext;
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
 * }</pre>
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Writes the dataset as turtle (the union of the graphs, or one with --graph), trig, nquads, "
                + "jsonld (compacted with ontology/context.jsonld) or csv (one table per competency query: "
                + "entities, positions, quotes, accusations, casualties, events).")
final class ExportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DatasetOption dataset;

    @Option(names = "--format", paramLabel = "FORMAT", required = true,
            description = "turtle, trig, nquads, jsonld or csv.")
    ExportFormat format;

    @Option(names = "--out", paramLabel = "PATH", required = true,
            description = "The file written (- for standard output); for csv, the folder the tables are written into.")
    Path out;

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
        PrintWriter o = spec.commandLine().getOut();
        if (format == ExportFormat.CSV) {
            if (graph != null || contextUrl != null) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "--graph and --context-url do not apply to --format csv");
            }
            List<Path> files;
            try (Store store = Store.open(dataset.db)) {
                files = CsvExporter.export(store.dataset(), queries, out);
            }
            o.printf("Exported %s as csv into %s: %s%n", Locations.describe(dataset.db), Locations.describe(out),
                    String.join(", ", files.stream().map(f -> f.getFileName().toString()).toList()));
            o.flush();
            return 0;
        }
        DatasetExporter exporter = DatasetExporter.builder().format(format).graph(graph)
                .context(format == ExportFormat.JSONLD ? JsonLdContext.load(context) : null)
                .contextUrl(contextUrl).build();
        boolean toStdout = out.toString().equals("-");
        try (Store store = Store.open(dataset.db)) {
            if (toStdout) {
                o.flush();
                OutputStream stdout = System.out;
                exporter.export(store.dataset(), stdout);
                stdout.flush();
                return 0;
            }
            Path next = out.resolveSibling(out.getFileName() + ".next");
            try (OutputStream file = Files.newOutputStream(next)) {
                exporter.export(store.dataset(), file);
            } catch (IOException | RuntimeException e) {
                Files.deleteIfExists(next);
                throw e;
            }
            Files.move(next, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new StoreException(Locations.describe(out) + ": cannot write (" + e.getMessage()
                    + "); choose a writable --out", e);
        }
        o.printf("Exported %s as %s%s to %s%n", Locations.describe(dataset.db), format.name().toLowerCase(java.util.Locale.ROOT),
                graph == null ? (format == ExportFormat.TURTLE ? " (the union of all graphs)" : "") : " (graph <" + graph + ">)",
                Locations.describe(out));
        o.flush();
        return 0;
    }
}
