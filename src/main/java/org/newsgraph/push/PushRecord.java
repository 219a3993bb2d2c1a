package org.newsgraph.push;

import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.newsgraph.Locations;
import org.newsgraph.StoreException;
import org.newsgraph.io.CsvRow;
import org.newsgraph.io.CsvTable;

/**
 * What has landed at one endpoint: for every graph pushed there, the {@link GraphHasher hash} of
 * the content pushed. Kept next to the dataset as {@code DIR/push/ENDPOINT-KEY.csv} (columns
 * {@code graph,sha256}), so it survives rebuilds. A row is appended as soon as a graph has landed
 * (an empty hash when a graph was deleted), so a push that fails halfway leaves a record of
 * exactly what landed; the last row of a graph counts. {@link #compact()} rewrites the file with
 * one row per graph when a push is complete.
 *
 * <pre>{@code
 * PushRecord record = PushRecord.open(Path.of("out"), URI.create("http://localhost:3030/ds/data"));
 * record.pushed("https://w3id.org/newsgraph/id/graph/entities", hash);
 * }</pre>
 */
public final class PushRecord {
    static final String GRAPH = "graph";
    static final String HASH = "sha256";
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get();

    private final Path file;
    private final URI endpoint;
    private final Map<String, String> graphs;

    private PushRecord(Path file, URI endpoint, Map<String, String> graphs) {
        this.file = file;
        this.endpoint = endpoint;
        this.graphs = graphs;
    }

    /** The record of {@code endpoint} in the dataset folder {@code db}; empty when nothing was pushed there yet. */
    public static PushRecord open(Path db, URI endpoint) {
        Path file = db.resolve("push").resolve(key(endpoint) + ".csv");
        Map<String, String> graphs = new TreeMap<>();
        if (Files.exists(file)) {
            for (CsvRow row : CsvTable.read(file, List.of(GRAPH, HASH), List.of())) {
                String hash = row.get(HASH);
                if (hash.isEmpty()) {
                    graphs.remove(row.required(GRAPH));
                } else {
                    graphs.put(row.required(GRAPH), hash);
                }
            }
        }
        return new PushRecord(file, endpoint, graphs);
    }

    /**
     * The file name of an endpoint's record: its host, port and path made safe for a file name,
     * and a short hash of the whole URL, so two endpoints never share a record.
     */
    static String key(URI endpoint) {
        String readable = (endpoint.getHost() + (endpoint.getPort() < 0 ? "" : "_" + endpoint.getPort())
                + (endpoint.getRawPath() == null ? "" : endpoint.getRawPath()))
                .replaceAll("[^A-Za-z0-9.-]+", "_").replaceAll("^_+|_+$", "");
        try {
            byte[] sha = MessageDigest.getInstance("SHA-256").digest(endpoint.toString().getBytes(StandardCharsets.UTF_8));
            return readable + "-" + HexFormat.of().formatHex(sha).substring(0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** The file of this record. */
    public Path file() {
        return file;
    }

    /** The graphs recorded as pushed, by IRI, with the hash of what was pushed; sorted by IRI. */
    public Map<String, String> graphs() {
        return Map.copyOf(graphs);
    }

    /** Records that {@code graph} landed with content {@code hash}. */
    public void pushed(String graph, String hash) {
        append(graph, hash);
        graphs.put(graph, hash);
    }

    /** Records that {@code graph} was deleted. */
    public void deleted(String graph) {
        append(graph, "");
        graphs.remove(graph);
    }

    /** Rewrites the file with one row per graph, in one rename. */
    public void compact() {
        Path next = file.resolveSibling(file.getFileName() + ".next");
        try {
            Files.createDirectories(file.getParent());
            try (Writer w = Files.newBufferedWriter(next, StandardCharsets.UTF_8);
                    CSVPrinter csv = new CSVPrinter(w, FORMAT)) {
                w.write(comment());
                csv.printRecord(GRAPH, HASH);
                for (Map.Entry<String, String> e : graphs.entrySet()) {
                    csv.printRecord(e.getKey(), e.getValue());
                }
            }
            Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw failure(e);
        }
    }

    private void append(String graph, String hash) {
        try {
            Files.createDirectories(file.getParent());
            boolean created = !Files.exists(file);
            try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND); CSVPrinter csv = new CSVPrinter(w, FORMAT)) {
                if (created) {
                    w.write(comment());
                    csv.printRecord(GRAPH, HASH);
                }
                csv.printRecord(graph, hash);
            }
        } catch (IOException e) {
            throw failure(e);
        }
    }

    private String comment() {
        return "# graphs pushed by `newsgraph push` to " + endpoint + " and the SHA-256 of their content; "
                + "delete this file to push every graph again\n";
    }

    private StoreException failure(IOException e) {
        return new StoreException(Locations.describe(file) + ": cannot write the push record (" + e.getMessage()
                + "); make the dataset folder writable", e);
    }
}
