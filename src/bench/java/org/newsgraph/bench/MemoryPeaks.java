package org.newsgraph.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Samples the heap in use and the resident memory of this process every few milliseconds, keeping
 * the peaks since the last {@link #reset()}. Resident memory comes from {@code /proc/self/status}
 * (Linux); elsewhere it reads as -1.
 *
 * <p>With a probe period ({@link #start(Duration)}), it also forces a full collection that often and
 * records the heap in use right after it: the live set, exact, at that moment, and logged with the time
 * since the last reset so that a run shows whether it grows. The collections cost time, so a run that
 * probes is a memory run, not a speed run.
 *
 * <pre>{@code
 * try (MemoryPeaks peaks = MemoryPeaks.start()) {
 *     peaks.reset();
 *     build.run();
 *     long heap = peaks.heap();
 * }
 * }</pre>
 */
final class MemoryPeaks implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(MemoryPeaks.class);
    private static final long PERIOD_MS = 20;
    private static final long MB = 1L << 20;
    private static final Path STATUS = Path.of("/proc/self/status");

    private final AtomicLong heap = new AtomicLong();
    private final AtomicLong live = new AtomicLong();
    private final List<MemoryPoolMXBean> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP && p.getCollectionUsage() != null).toList();
    private final AtomicLong resident = new AtomicLong();
    private final AtomicLong probed = new AtomicLong(-1);
    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final Thread sampler;
    private final long probeNanos;
    private volatile long since = System.nanoTime();
    private volatile boolean running = true;

    private MemoryPeaks(Duration probe) {
        this.probeNanos = probe.toNanos();
        sampler = new Thread(this::sample, "newsgraph-memory-sampler");
        sampler.setDaemon(true);
    }

    static MemoryPeaks start() {
        return start(Duration.ZERO);
    }

    /** Samples as {@link #start()} does and, if {@code probe} is positive, probes the live set that often. */
    static MemoryPeaks start(Duration probe) {
        MemoryPeaks peaks = new MemoryPeaks(probe);
        peaks.sampler.start();
        return peaks;
    }

    private void sample() {
        long nextProbe = System.nanoTime() + probeNanos;
        while (running) {
            heap.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
            live.accumulateAndGet(afterCollection(), Math::max);
            resident.accumulateAndGet(residentBytes(), Math::max);
            if (probeNanos > 0 && System.nanoTime() >= nextProbe) {
                probe();
                nextProbe = System.nanoTime() + probeNanos;
            }
            try {
                Thread.sleep(PERIOD_MS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** Forces a full collection and records the heap in use after it. */
    private void probe() {
        System.gc();
        long used = memory.getHeapMemoryUsage().getUsed();
        probed.accumulateAndGet(used, Math::max);
        LOG.info("live heap at {} s: {} MB", (System.nanoTime() - since) / 1_000_000_000L, used / MB);
    }

    /** Forgets the peaks so far. */
    void reset() {
        System.gc();
        since = System.nanoTime();
        heap.set(memory.getHeapMemoryUsage().getUsed());
        live.set(afterCollection());
        resident.set(residentBytes());
        probed.set(probeNanos > 0 ? memory.getHeapMemoryUsage().getUsed() : -1);
    }

    /** The most heap in use since the last reset, in bytes. */
    long heap() {
        return heap.get();
    }

    /** The most heap in use right after a garbage collection since the last reset, in bytes. */
    long liveHeap() {
        return live.get();
    }

    /**
     * The most heap in use right after a probe's full collection since the last reset, in bytes: the peak
     * live set as far as the probes saw it; -1 without probes.
     */
    long probedLiveHeap() {
        return probed.get();
    }

    /** The heap in use right after the last collection of each heap pool. */
    private long afterCollection() {
        long used = 0;
        for (MemoryPoolMXBean pool : heapPools) {
            used += pool.getCollectionUsage().getUsed();
        }
        return used;
    }

    /** The most resident memory since the last reset, in bytes, or -1 where unknown. */
    long resident() {
        return resident.get();
    }

    private static long residentBytes() {
        try {
            for (String line : Files.readAllLines(STATUS)) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }

    @Override
    public void close() {
        running = false;
        sampler.interrupt();
    }
}
