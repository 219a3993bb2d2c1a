package org.newsgraph.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.system.Txn;
import org.newsgraph.InputException;
import org.newsgraph.Locations;
import org.newsgraph.StoreException;
import org.newsgraph.io.SpreadsheetCells;
import org.newsgraph.io.TextFiles;
import org.newsgraph.query.ArticlePages;
import org.newsgraph.query.QueryRunner;

/**
 * Writes one CSV table per competency query ({@link #QUERIES}: entities, positions, quotes,
 * accusations, casualties, disagreements, events), for spreadsheet users: {@code NAME.csv} holds the answer of
 * {@code queries/NAME.rq} as SPARQL 1.1 CSV results (a header row of the query's variables, IRIs
 * and literals as plain text, UTF-8, lines ending CR LF), into a folder, or one table to a stream.
 *
 * <p>Article text is untrusted: a cell that a spreadsheet would run as a formula (starting with
 * {@code = + - @}, a tab or a carriage return, and not a plain number) is written with a leading
 * {@code '}, see {@link SpreadsheetCells}. A folder export is all or nothing: every query is read
 * first, every table written to a temporary file, and the tables replace the old ones only when all
 * are written; a failure leaves the folder as it was. A query that answers one page of articles
 * ({@link ArticlePages}: entities, disagreements, events) is run page after page, so that its table holds the whole corpus.
 *
 * <pre>{@code
 * List<Path> files = CsvExporter.export(store.dataset(), Path.of("queries"), CsvExporter.QUERIES, Path.of("csv"));
 * CsvExporter.table(store.dataset(), Path.of("queries"), "quotes", System.out);
 * }</pre>
 */
public final class CsvExporter {
    /** The tables, for messages and help texts. */
    public static final String TABLES = "entities, positions, quotes, accusations, casualties, disagreements, events";
    /** The queries exported, by file name without {@code .rq}. */
    public static final List<String> QUERIES = List.of(TABLES.split(", "));

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").get();

    private CsvExporter() {
    }

    /** Runs each query of {@code queries} on {@code dataset} and writes {@code folder/NAME.csv}; returns the files. */
    public static List<Path> export(Dataset dataset, Path queries, Path folder) {
        return export(dataset, queries, QUERIES, folder);
    }

    /** Writes the tables {@code names} (each one of {@link #QUERIES}) into {@code folder}; returns the files. */
    public static List<Path> export(Dataset dataset, Path queries, List<String> names, Path folder) {
        Map<String, Paged> parsed = new LinkedHashMap<>();
        for (String name : names) {
            parsed.put(name, query(queries, name));
        }
        List<Path> created = OutputFile.createFolders(folder.toAbsolutePath(), folder);
        Map<Path, Path> written = new LinkedHashMap<>();
        boolean done = false;
        Path current = folder;
        try {
            for (Map.Entry<String, Paged> e : parsed.entrySet()) {
                current = folder.resolve(e.getKey() + ".csv");
                Path tmp = OutputFile.temporaryBeside(current.toAbsolutePath());
                written.put(tmp, current);
                try (OutputStream out = Files.newOutputStream(tmp)) {
                    write(dataset, e.getValue(), out);
                }
            }
            for (Map.Entry<Path, Path> e : written.entrySet()) {
                current = e.getValue();
                OutputFile.moveOver(e.getKey(), e.getValue());
            }
            done = true;
        } catch (IOException e) {
            throw new StoreException(Locations.describe(current) + ": cannot write (" + e.getMessage()
                    + "); choose a writable --out", e);
        } finally {
            if (!done) {
                written.keySet().forEach(OutputFile::deleteQuietly);
                OutputFile.removeFolders(created);
            }
        }
        return List.copyOf(written.values());
    }

    /** Writes the table {@code name} (one of {@link #QUERIES}) to {@code out}, which is flushed, not closed. */
    public static void table(Dataset dataset, Path queries, String name, OutputStream out) {
        try {
            write(dataset, query(queries, name), out);
        } catch (IOException e) {
            throw new StoreException("cannot write the table " + name + " (" + e.getMessage() + ")", e);
        }
    }

    /** A query file's text and its first (or only) page, parsed. */
    private record Paged(Path file, String text, Query first) {
    }

    private static Paged query(Path queries, String name) {
        Path file = queries.resolve(name + ".rq");
        if (!Files.isRegularFile(file)) {
            throw new InputException(file, "query not found; give --queries the project's queries/ folder");
        }
        String text = TextFiles.readUtf8(file);
        Query query = QueryRunner.parse(file, text);
        if (!query.isSelectType()) {
            throw new InputException(file, "not a SELECT query, so it gives no table; restore the project's " + name
                    + ".rq");
        }
        return new Paged(file, text, query);
    }

    private static void write(Dataset dataset, Paged query, OutputStream out) throws IOException {
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        CSVPrinter csv = new CSVPrinter(w, FORMAT);
        csv.printRecord(query.first().getResultVars());
        int size = ArticlePages.size(query.text());
        if (size == 0) {
            writeRows(dataset, query.first(), csv);
        } else {
            long articles = ArticlePages.articles(dataset);
            for (long offset = 0; offset == 0 || offset < articles; offset += size) {
                Query page = offset == 0 ? query.first()
                        : QueryRunner.parse(query.file(), ArticlePages.page(query.text(), offset));
                writeRows(dataset, page, csv);
            }
        }
        csv.flush();
    }

    private static void writeRows(Dataset dataset, Query query, CSVPrinter csv) throws IOException {
        try {
            Txn.executeRead(dataset, () -> {
                try (QueryExecution exec = QueryExecution.dataset(dataset).query(query).build()) {
                    ResultSet results = exec.execSelect();
                    List<String> vars = results.getResultVars();
                    List<String> cells = new ArrayList<>(vars.size());
                    while (results.hasNext()) {
                        QuerySolution row = results.next();
                        cells.clear();
                        for (String v : vars) {
                            cells.add(SpreadsheetCells.safe(text(row.get(v))));
                        }
                        csv.printRecord(cells);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** A term as SPARQL CSV results write it: an IRI or a literal's lexical form as it is, a blank node as _:label. */
    private static String text(RDFNode node) {
        if (node == null) {
            return "";
        }
        if (node.isURIResource()) {
            return node.asResource().getURI();
        }
        if (node.isAnon()) {
            return "_:" + node.asResource().getId().getLabelString();
        }
        return node.asLiteral().getLexicalForm();
    }
}
