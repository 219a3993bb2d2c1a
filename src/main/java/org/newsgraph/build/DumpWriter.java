package org.newsgraph.build;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.Quad;
import org.newsgraph.Background;
import org.newsgraph.StoreException;

/**
 * Writes a build's dumps, the N-Quads and the TriG, on a thread of its own, off the path from the
 * converting threads to the database: batches of quads (with their N-Quads, when the converting
 * thread made them already) wait in a bounded queue, so a slow disk holds the build back rather
 * than filling memory. Either file may be absent.
 *
 * <pre>{@code
 * try (DumpWriter dumps = DumpWriter.start(Path.of("dataset.nq"), Path.of("dataset.trig"), prefixes)) {
 *     dumps.add(quads, null);
 * }
 * }</pre>
 */
final class DumpWriter implements AutoCloseable {
    /** Batches (one an article) waiting to be written, at most. */
    private static final int QUEUE = 64;
    private static final Batch END = new Batch(List.of(), null);

    private final BlockingQueue<Batch> queue = new ArrayBlockingQueue<>(QUEUE);
    private final CompletableFuture<Void> writing;
    private boolean closed;

    /** A batch of quads and, when already made, their N-Quads. */
    private record Batch(List<Quad> quads, byte[] nquads) {
    }

    private DumpWriter(Path nquads, Path trig, Map<String, String> prefixes) {
        writing = Background.start("newsgraph-dumps", () -> {
            write(nquads, trig, prefixes);
            return null;
        });
    }

    /** Starts writing {@code nquads} and {@code trig} (either may be {@code null}: not written). */
    static DumpWriter start(Path nquads, Path trig, Map<String, String> prefixes) {
        return new DumpWriter(nquads, trig, prefixes);
    }

    /** Queues a batch of quads; {@code nquads} is their N-Quads when made already, else {@code null}. */
    void add(List<Quad> quads, byte[] nquads) {
        put(new Batch(quads, nquads));
    }

    /** Waits until everything queued is written, and fails as writing failed. */
    @Override
    public void close() {
        if (!closed) {
            closed = true;
            put(END);
        }
        Background.join(writing);
    }

    private void put(Batch batch) {
        try {
            while (!queue.offer(batch, 100, TimeUnit.MILLISECONDS)) {
                if (writing.isDone()) {
                    Background.join(writing); // throws why it stopped
                    throw new IllegalStateException("the dumps stopped being written");
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while writing the dumps", e);
        }
    }

    private void write(Path nquads, Path trigFile, Map<String, String> prefixes) {
        try (OutputStream nq = nquads != null ? new BufferedOutputStream(Files.newOutputStream(nquads), 1 << 16)
                : OutputStream.nullOutputStream();
                OutputStream trigOut = trigFile != null
                        ? new BufferedOutputStream(Files.newOutputStream(trigFile), 1 << 16)
                        : OutputStream.nullOutputStream()) {
            StreamRDF trig = trigFile != null ? StreamRDFWriter.getWriterStream(trigOut, RDFFormat.TRIG_BLOCKS)
                    : StreamRDFLib.sinkNull();
            trig.start();
            prefixes.forEach(trig::prefix);
            for (Batch b = take(); b != END; b = take()) {
                if (nquads != null) {
                    nq.write(b.nquads() != null ? b.nquads() : nquads(b.quads()));
                }
                b.quads().forEach(trig::quad);
            }
            trig.finish();
        } catch (IOException e) {
            throw new StoreException((nquads != null ? nquads : trigFile) + ": cannot write the dump ("
                    + e.getMessage() + ")", e);
        }
    }

    private Batch take() {
        try {
            return queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while writing the dumps", e);
        }
    }

    /** The N-Quads of {@code quads}. */
    static byte[] nquads(List<Quad> quads) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(quads.size() * 160);
        RDFDataMgr.writeQuads(bytes, quads.iterator());
        return bytes.toByteArray();
    }
}
