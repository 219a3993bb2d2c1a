package org.newsgraph.export;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.document.JsonDocument;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.newsgraph.Bundled;
import org.newsgraph.InputException;

/**
 * newsgraph's JSON-LD context ({@code ontology/context.jsonld}): terms that read naturally
 * ({@code label}, {@code kind}, {@code sameAs}, {@code article}, {@code entity}, {@code start} …)
 * for the ontology's classes and properties. Loaded from a file, never from the network.
 *
 * <pre>{@code
 * JsonLdContext context = JsonLdContext.load(Path.of("ontology/context.jsonld"));
 * }</pre>
 *
 * @param file     where it was read from
 * @param document the whole file, an object with {@code @context}
 */
public record JsonLdContext(Path file, JsonObject document) {
    /** The context file bundled with newsgraph. */
    public static final Path DEFAULT = Bundled.context();
    /** Where the context is published, for documents that refer to it instead of holding it. */
    public static final String PUBLISHED = "https://w3id.org/newsgraph/context.jsonld";

    public JsonLdContext {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(document, "document");
        if (!document.containsKey("@context")) {
            throw new InputException(file, "not a JSON-LD context: the top-level object has no \"@context\"");
        }
    }

    /** Reads the context file. */
    public static JsonLdContext load(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new InputException(file, "JSON-LD context not found; give --context FILE, or leave it out for newsgraph's own ("
                    + Bundled.PREFIX + "ontology/context.jsonld)");
        }
        try (InputStream in = Files.newInputStream(file)) {
            JsonStructure json = JsonDocument.of(in).getJsonContent()
                    .orElseThrow(() -> new InputException(file, "empty file; expected a JSON-LD context"));
            if (!(json instanceof JsonObject object)) {
                throw new InputException(file, "not a JSON-LD context: expected a JSON object");
            }
            return new JsonLdContext(file, object);
        } catch (IOException e) {
            throw new InputException(file, "cannot read (" + e.getMessage() + ")", e);
        } catch (JsonLdError e) {
            throw new InputException(file, "not valid JSON (" + e.getMessage() + "); fix the file", e);
        }
    }

    /** The context as a document, for the JSON-LD processor. */
    public JsonDocument asDocument() {
        return JsonDocument.of(document);
    }
}
