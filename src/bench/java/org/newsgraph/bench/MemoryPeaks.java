package org.newsgraph.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Samples the heap in use and the resident memory of this process every few milliseconds, keeping
 * the peaks since the last {@link #reset()}. Resident memory comes from {@code /proc/self/status}
 * (Linux); elsewhere it reads as -1.
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
    private static final long PERIOD_MS = 20;
    private static final Path STATUS = Path.of("/proc/self/status");

    private final AtomicLong heap = new AtomicLong();
    private final AtomicLong live = new AtomicLong();
    private final List<MemoryPoolMXBean> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP && p.getCollectionUsage() != null).toList();
    private final AtomicLong resident = new AtomicLong();
    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final Thread sampler;
    private volatile boolean running = true;

    private MemoryPeaks() {
        sampler = new Thread(this::sample, "newsgraph-memory-sampler");
        sampler.setDaemon(true);
    }

    static MemoryPeaks start() {
        MemoryPeaks peaks = new MemoryPeaks();
        peaks.sampler.start();
        return peaks;
    }

    private void sample() {
        while (running) {
            heap.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
            live.accumulateAndGet(afterCollection(), Math::max);
            resident.accumulateAndGet(residentBytes(), Math::max);
            try {
                Thread.sleep(PERIOD_MS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** Forgets the peaks so far. */
    void reset() {
        System.gc();
        heap.set(memory.getHeapMemoryUsage().getUsed());
        live.set(afterCollection());
        resident.set(residentBytes());
    }

    /** The most heap in use since the last reset, in bytes. */
    long heap() {
        return heap.get();
    }

    /** The most heap in use right after a garbage collection since the last reset, in bytes. */
    long liveHeap() {
        return live.get();
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
