package org.newsgraph.store;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a running {@code newsgraph serve} writes into the dataset folder it serves
 * ({@value #FILE}): its process id, its endpoints, the build folder it serves and its row cap, so
 * that {@code query} and {@code validate} can go through it while it holds the database. The server
 * removes the file when it stops; a file whose process is gone is stale and ignored.
 *
 * <pre>{@code
 * ServingRecord.read(Path.of("out"))
 *         .ifPresent(server -> System.out.println(server.sparql()));   // http://localhost:3030/newsgraph/sparql
 * }</pre>
 *
 * @param pid        the server's process id
 * @param sparql     the SPARQL query endpoint
 * @param dataset    the dataset's URL, where a GET gives all its quads
 * @param build      the name of the build folder it serves
 * @param maxResults the most rows a SELECT returns there
 */
public record ServingRecord(long pid, String sparql, String dataset, String build, long maxResults) {
    /** The file's name in the dataset folder. */
    public static final String FILE = ".serve.properties";
    private static final Logger LOG = LoggerFactory.getLogger(ServingRecord.class);

    /** The record of the server running in this process. */
    public static ServingRecord ofThisProcess(String sparql, String dataset, String build, long maxResults) {
        return new ServingRecord(ProcessHandle.current().pid(), sparql, dataset, build, maxResults);
    }

    /** The record of a server that is still running, if the folder holds one. */
    public static Optional<ServingRecord> read(Path dir) {
        String text;
        try {
            text = Files.readString(dir.resolve(FILE), StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            LOG.debug("cannot read {}: {}", dir.resolve(FILE), e.getMessage());
            return Optional.empty();
        }
        Properties p = new Properties();
        try (Reader r = new StringReader(text)) {
            p.load(r);
            ServingRecord record = new ServingRecord(Long.parseLong(p.getProperty("pid", "-1").strip()),
                    p.getProperty("sparql", ""), p.getProperty("dataset", ""), p.getProperty("build", ""),
                    Long.parseLong(p.getProperty("max-results", "0").strip()));
            return record.isRunning() ? Optional.of(record) : Optional.empty();
        } catch (IOException | IllegalArgumentException e) {
            LOG.debug("ignoring {}: {}", dir.resolve(FILE), e.getMessage());
            return Optional.empty();
        }
    }

    /** Whether the process that wrote this record still runs. */
    public boolean isRunning() {
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    /** Writes (or replaces, in one rename) the record in {@code dir}. */
    public void write(Path dir) throws IOException {
        String text = "# a running `newsgraph serve` holds this dataset's database; it removes this file when it stops\n"
                + "pid=" + pid + "\n"
                + "sparql=" + sparql + "\n"
                + "dataset=" + dataset + "\n"
                + "build=" + build + "\n"
                + "max-results=" + maxResults + "\n";
        Path next = dir.resolve(FILE + ".next");
        Files.writeString(next, text, StandardCharsets.UTF_8);
        Files.move(next, dir.resolve(FILE), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    /** Removes the record from {@code dir} if it is this one's (another server may have replaced it). */
    public void remove(Path dir) {
        try {
            Optional<ServingRecord> there = read(dir);
            if (there.isEmpty() || there.get().pid() == pid) {
                Files.deleteIfExists(dir.resolve(FILE));
            }
        } catch (IOException e) {
            LOG.warn("could not remove {}: {}", dir.resolve(FILE), e.getMessage());
        }
    }

    /** How messages name the server. */
    public String describe() {
        return "a running `newsgraph serve` (process " + pid + ", " + sparql + ")";
    }
}
