package org.newsgraph;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import org.apache.jena.sys.JenaSystem;

/**
 * Work that loads on another core while this one goes on (the shapes while the gazetteer loads, the open data
 * while the recogniser is built), each on a daemon thread of its own name; {@link #join} gives its result, or
 * rethrows its own exception, so that an input error still names its file and line. Jena is initialised on the
 * calling thread first: two threads that start Jena's initialisation at once (the database opening while the
 * shapes load) can deadlock in its class initialisers.
 *
 * <pre>{@code
 * CompletableFuture<ShapeValidator> shapes = Background.start("newsgraph-load-shapes", () -> ShapeValidator.load(file));
 * ShapeValidator validator = Background.join(shapes);
 * }</pre>
 */
public final class Background {
    private Background() {
    }

    /** Starts the work on a daemon thread of this name. */
    public static <T> CompletableFuture<T> start(String name, Supplier<T> work) {
        JenaSystem.init();
        CompletableFuture<T> result = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                result.complete(work.get());
            } catch (RuntimeException | Error e) {
                result.completeExceptionally(e);
            }
        }, name);
        thread.setDaemon(true);
        thread.start();
        return result;
    }

    /** The work's result, once it is done; its own exception when it failed. */
    public static <T> T join(CompletableFuture<T> work) {
        try {
            return work.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }
}
