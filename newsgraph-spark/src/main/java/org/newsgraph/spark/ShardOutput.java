package org.newsgraph.spark;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.Quad;

/**
 * A shard's gzipped N-Quads, written on a thread of its own: the task's thread turns each article's
 * quads into N-Quads and goes on converting while this thread compresses and writes them, as
 * {@code newsgraph build} writes its dumps beside the conversion. At most {@value #IN_FLIGHT}
 * articles wait, so memory stays flat; a failure on either side ends both.
 *
 * <pre>{@code
 * try (ShardOutput shard = new ShardOutput(new FastGzip(fs.create(file)))) {
 *     shard.add(graph.quads());
 * }
 * }</pre>
 */
final class ShardOutput implements AutoCloseable {
    private static final int IN_FLIGHT = 16;
    private static final byte[] END = new byte[0];

    private final BlockingQueue<byte[]> queue = new ArrayBlockingQueue<>(IN_FLIGHT);
    private final OutputStream out;
    private final Thread writer;
    private volatile Throwable failure;

    ShardOutput(OutputStream out) {
        this.out = out;
        this.writer = new Thread(this::write, "newsgraph-shard-writer");
        writer.setDaemon(true);
        writer.start();
    }

    /** Hands one article's quads to the shard. */
    void add(List<Quad> quads) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(quads.size() * 160);
        RDFDataMgr.writeQuads(bytes, quads.iterator());
        put(bytes.toByteArray());
    }

    private void put(byte[] bytes) throws IOException {
        try {
            while (!queue.offer(bytes, 100, TimeUnit.MILLISECONDS)) {
                rethrow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while writing the shard", e);
        }
        rethrow();
    }

    private void write() {
        try (OutputStream o = out) {
            for (byte[] next = queue.take(); next != END; next = queue.take()) {
                o.write(next);
            }
        } catch (IOException | RuntimeException e) {
            failure = e;
            queue.clear();
        } catch (InterruptedException e) {
            failure = e;
        }
    }

    private void rethrow() throws IOException {
        Throwable f = failure;
        if (f instanceof IOException io) {
            throw io;
        }
        if (f != null) {
            throw new UncheckedIOException(new IOException("writing the shard failed: " + f, f));
        }
    }

    /** Waits until every article is written and the file closed. */
    @Override
    public void close() throws IOException {
        put(END);
        try {
            writer.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while closing the shard", e);
        }
        rethrow();
    }
}
