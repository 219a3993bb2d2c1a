package org.newsgraph.server;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.JsonLdOptions;
import java.io.InputStream;
import java.io.Reader;
import java.util.List;
import org.apache.jena.atlas.web.ContentType;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParserRegistry;
import org.apache.jena.riot.ReaderRIOT;
import org.apache.jena.riot.ReaderRIOTFactory;
import org.apache.jena.riot.lang.LangJSONLD11;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.util.Context;

/**
 * JSON-LD that a client sends the server (a Graph Store upload with {@code --update}) loads no
 * remote {@code @context}: by default Jena's JSON-LD parser fetches any {@code http:},
 * {@code https:} or {@code file:} IRI a document names as its context, which would let a client
 * make the server read local files or call internal addresses. While a thread serves a request
 * ({@link #serving()}), the parser's document loader refuses every load, and the upload fails
 * with a message saying to put the context inline; JSON-LD parsed anywhere else is untouched.
 *
 * <pre>{@code
 * JsonLdContexts.install();                 // once, when a server that takes uploads is built
 * try (JsonLdContexts.Serving s = JsonLdContexts.serving()) {
 *     chain.doFilter(request, response);    // uploads in here load no remote context
 * }
 * }</pre>
 */
final class JsonLdContexts {
    private static final ThreadLocal<Boolean> SERVING = ThreadLocal.withInitial(() -> false);
    private static boolean installed;

    private JsonLdContexts() {
    }

    /** Wraps the registered JSON-LD parsers; again does nothing. */
    static synchronized void install() {
        if (installed) {
            return;
        }
        for (Lang lang : List.of(Lang.JSONLD, Lang.JSONLD11)) {
            ReaderRIOTFactory parsers = RDFParserRegistry.getFactory(lang);
            if (parsers != null) {
                RDFParserRegistry.registerLangQuads(lang, (language, profile) -> new Guarded(parsers.create(language, profile)));
            }
        }
        installed = true;
    }

    /** Marks this thread as serving a request until the result is closed. */
    static Serving serving() {
        SERVING.set(true);
        return SERVING::remove;
    }

    /** The end of {@link #serving()}. */
    interface Serving extends AutoCloseable {
        @Override
        void close();
    }

    /** A JSON-LD parser that, on a serving thread, parses with a document loader that loads nothing. */
    private record Guarded(ReaderRIOT parser) implements ReaderRIOT {
        @Override
        public void read(InputStream in, String baseURI, ContentType ct, StreamRDF output, Context context) {
            parser.read(in, baseURI, ct, output, guarded(context));
        }

        @Override
        public void read(Reader reader, String baseURI, ContentType ct, StreamRDF output, Context context) {
            parser.read(reader, baseURI, ct, output, guarded(context));
        }

        private static Context guarded(Context context) {
            if (!SERVING.get()) {
                return context;
            }
            Context guarded = context == null ? new Context() : context.copy();
            JsonLdOptions given = guarded.get(LangJSONLD11.JSONLD_OPTIONS);
            // A copy per parse: Jena sets the base IRI on the options it is given.
            JsonLdOptions options = given == null ? new JsonLdOptions() : new JsonLdOptions(given);
            options.setDocumentLoader((url, loaderOptions) -> {
                throw new JsonLdError(JsonLdErrorCode.LOADING_REMOTE_CONTEXT_FAILED, "this server loads no JSON-LD context ("
                        + url + "); put the context in the document itself");
            });
            guarded.set(LangJSONLD11.JSONLD_OPTIONS, options);
            return guarded;
        }
    }
}
