package org.newsgraph.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.newsgraph.InputException;
import org.newsgraph.Locations;
import org.newsgraph.StoreException;
import org.newsgraph.query.QueryRunner;
import org.newsgraph.query.ResultFormat;
import org.newsgraph.text.TextFiles;

/**
 * Writes one CSV table per competency query ({@link #QUERIES}: entities, positions, quotes,
 * accusations, casualties, events) into a folder, for spreadsheet users: {@code NAME.csv} holds
 * the answer of {@code queries/NAME.rq} as SPARQL 1.1 CSV results (a header row of the query's
 * variables, IRIs and literals as plain text, UTF-8).
 *
 * <pre>{@code
 * List<Path> files = CsvExporter.export(store.dataset(), Path.of("queries"), Path.of("csv"));
 * }</pre>
 */
public final class CsvExporter {
    /** The queries exported, by file name without {@code .rq}. */
    public static final List<String> QUERIES = List.of("entities", "positions", "quotes", "accusations", "casualties",
            "events");

    private CsvExporter() {
    }

    /** Runs each query of {@code queries} on {@code dataset} and writes {@code folder/NAME.csv}; returns the files. */
    public static List<Path> export(Dataset dataset, Path queries, Path folder) {
        List<Path> written = new ArrayList<>();
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new StoreException(Locations.describe(folder) + ": cannot create the folder (" + e.getMessage()
                    + "); choose a writable --out", e);
        }
        for (String name : QUERIES) {
            Path file = queries.resolve(name + ".rq");
            if (!Files.isRegularFile(file)) {
                throw new InputException(file, "query not found; give --queries the project's queries/ folder");
            }
            Path csv = folder.resolve(name + ".csv");
            try (OutputStream out = Files.newOutputStream(csv)) {
                QueryRunner.run(dataset, QueryRunner.parse(file, TextFiles.readUtf8(file)), ResultFormat.CSV, out);
            } catch (IOException e) {
                throw new StoreException(Locations.describe(csv) + ": cannot write (" + e.getMessage() + ")", e);
            }
            written.add(csv);
        }
        return written;
    }
}
