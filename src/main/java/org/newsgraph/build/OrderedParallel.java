package org.newsgraph.build;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;
import org.newsgraph.NewsgraphException;

/**
 * Maps items on several threads and hands the results on in the order the items came, holding at
 * most a few results per thread in memory: the caller's thread feeds items (reading the next
 * article while the workers convert earlier ones) and consumes results (writing them out), so the
 * output is the same whatever the number of threads.
 *
 * <pre>{@code
 * try (OrderedParallel<Article, ArticleGraph> p = new OrderedParallel<>(2, converter::convert, this::write)) {
 *     ArticleLoader.forEach(dir, options, p::submit);
 *     p.finish();
 * }
 * }</pre>
 *
 * @param <I> the items
 * @param <R> the results
 */
final class OrderedParallel<I, R> implements AutoCloseable {
    /** Results in flight per thread: enough to keep every worker busy, few enough to bound memory. */
    private static final int WINDOW_PER_THREAD = 8;

    private final ExecutorService pool;
    private final Function<I, R> work;
    private final Consumer<R> sink;
    private final Deque<Future<R>> pending = new ArrayDeque<>();
    private final int window;

    OrderedParallel(int threads, Function<I, R> work, Consumer<R> sink) {
        this.pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "newsgraph-convert");
            t.setDaemon(true);
            return t;
        });
        this.work = work;
        this.sink = sink;
        this.window = threads * WINDOW_PER_THREAD;
    }

    /** Queues one item; passes on the oldest results while too many are in flight. */
    void submit(I item) {
        pending.addLast(pool.submit(() -> work.apply(item)));
        while (pending.size() > window) {
            sink.accept(next());
        }
    }

    /** Waits for every item and passes on the remaining results. */
    void finish() {
        while (!pending.isEmpty()) {
            sink.accept(next());
        }
    }

    private R next() {
        try {
            return pending.removeFirst().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while converting", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof NewsgraphException n) {
                throw n;
            }
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    @Override
    public void close() {
        pending.forEach(f -> f.cancel(true));
        pool.shutdownNow();
    }
}
