package org.newsgraph.link;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonException;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.newsgraph.ConfigurationException;
import org.newsgraph.InputException;
import org.newsgraph.Locations;
import org.newsgraph.StoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps every answer on disk, one JSON file per query named by the SHA-256 of the query text
 * ({@code 3fa2….json}), and answers from there when it can, so that a rerun needs no network.
 * A file holds {@code query}, {@code endpoint}, {@code fetched} (ISO day) and {@code results} (the
 * endpoint's SPARQL JSON results). Without a source behind it the cache is offline: a query
 * whose answer is not cached is an error that says how to fetch it.
 *
 * <pre>{@code
 * AnswerCache cache = new AnswerCache(Path.of("data/links/cache"), new EndpointSource(endpoint));
 * AnswerCache offline = new AnswerCache(Path.of("data/links/cache"), null);
 * }</pre>
 */
public final class AnswerCache implements AnswerSource {
    private static final Logger LOG = LoggerFactory.getLogger(AnswerCache.class);

    private final Path dir;
    private final AnswerSource source;
    private int hits;
    private int fetched;

    /**
     * @param dir    the cache folder; created when the first answer is stored
     * @param source where to ask when an answer is not cached, or null to work offline
     */
    public AnswerCache(Path dir, AnswerSource source) {
        this.dir = dir;
        this.source = source;
    }

    @Override
    public Answer answer(CandidateQuery query) {
        String text = query.text();
        Path file = file(text);
        if (Files.isRegularFile(file)) {
            Answer answer = read(file);
            if (answer.query().equals(text)) {
                hits++;
                return answer;
            }
            LOG.warn("{} holds the answer to another query; asking again", Locations.describe(file));
        }
        if (source == null) {
            throw new ConfigurationException("--offline: no cached answer for " + query.describe() + " ("
                    + Locations.describe(file) + " is missing); run `newsgraph link` once without --offline to "
                    + "fetch it, or pass the --cache folder that holds the answers");
        }
        Answer answer = source.answer(query);
        write(file, answer);
        fetched++;
        return answer;
    }

    /** The file that holds the answer to a query text. */
    public Path file(String queryText) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(queryText.getBytes(StandardCharsets.UTF_8));
            return dir.resolve(HexFormat.of().formatHex(hash) + ".json");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** How many answers came from the cache. */
    public int hits() {
        return hits;
    }

    /** How many answers were fetched from the source (and stored). */
    public int fetched() {
        return fetched;
    }

    private static Answer read(Path file) {
        String problem;
        try {
            JsonObject json = JSON.parse(Files.readString(file, StandardCharsets.UTF_8));
            Answer answer = new Answer(string(json, "query"), string(json, "endpoint"),
                    LocalDate.parse(string(json, "fetched")), object(json, "results"));
            answer.rows();
            return answer;
        } catch (IOException e) {
            problem = "cannot read the cached answer (" + e.getMessage() + ")";
        } catch (JsonException | DateTimeParseException | IllegalArgumentException e) {
            problem = "not a cached answer newsgraph wrote (" + e.getMessage() + ")";
        }
        throw new InputException(file, problem + "; delete the file and run `newsgraph link` without --offline "
                + "to fetch the answer again");
    }

    private static String string(JsonObject json, String key) {
        JsonValue value = json.get(key);
        if (value == null || !value.isString()) {
            throw new IllegalArgumentException("no string \"" + key + "\"");
        }
        return value.getAsString().value();
    }

    private static JsonObject object(JsonObject json, String key) {
        JsonValue value = json.get(key);
        if (value == null || !value.isObject()) {
            throw new IllegalArgumentException("no object \"" + key + "\"");
        }
        return value.getAsObject();
    }

    /** Writes through a temporary file, so that a killed run never leaves half an answer. */
    private static void write(Path file, Answer answer) {
        JsonObject json = new JsonObject();
        json.put("query", answer.query());
        json.put("endpoint", answer.endpoint());
        json.put("fetched", answer.fetched().toString());
        json.put("results", answer.results());
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try {
            Files.createDirectories(file.getParent());
            try (OutputStream out = Files.newOutputStream(tmp)) {
                JSON.write(out, json);
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new StoreException(Locations.describe(file) + ": cannot store the answer (" + e.getMessage()
                    + "); choose a writable --cache folder", e);
        }
    }
}
