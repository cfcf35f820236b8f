package org.linli.benchmarks.run;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Measures the heap a run uses. Before the run it asks for a full collection (best effort: {@code System.gc()}) and
 * notes the heap in use then as the baseline; it resets the peak of every heap pool; while the run goes on, a daemon
 * thread reads the heap in use ({@link MemoryMXBean#getHeapMemoryUsage()}) at a fixed interval and keeps the highest
 * value. At the end it also adds up the pools' own peaks, which the JVM tracks at every allocation: that sum is an upper
 * bound (the pools need not peak at the same moment), the sampled peak a lower bound that can miss a spike shorter
 * than the interval. Both count garbage not yet collected, so they say how much heap a run needs to go at full speed,
 * not how much it keeps alive.
 */
public final class HeapSampler implements AutoCloseable {

    /** How often the heap is read while a run goes on. */
    public static final Duration DEFAULT_INTERVAL = Duration.ofMillis(20);

    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final List<MemoryPoolMXBean> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(pool -> pool.getType() == MemoryType.HEAP)
            .toList();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "heap-sampler");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicLong peakUsed = new AtomicLong();
    private final AtomicInteger samples = new AtomicInteger();
    private final long baselineBytes;
    private final long gcCountBefore;
    private final long gcMillisBefore;

    private HeapSampler(Duration interval) {
        System.gc();
        baselineBytes = memory.getHeapMemoryUsage().getUsed();
        heapPools.forEach(MemoryPoolMXBean::resetPeakUsage);
        gcCountBefore = gcCount();
        gcMillisBefore = gcMillis();
        sample();
        timer.scheduleAtFixedRate(this::sample, interval.toNanos(), interval.toNanos(), TimeUnit.NANOSECONDS);
    }

    public static HeapSampler start() {
        return start(DEFAULT_INTERVAL);
    }

    public static HeapSampler start(Duration interval) {
        return new HeapSampler(interval);
    }

    private void sample() {
        peakUsed.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
        samples.incrementAndGet();
    }

    /** Stops sampling and returns the figures of the run. */
    public HeapFigures stop() {
        timer.shutdownNow();
        sample();
        long poolPeakSum = heapPools.stream()
                .mapToLong(pool -> pool.getPeakUsage().getUsed())
                .sum();
        return new HeapFigures(
                baselineBytes,
                peakUsed.get(),
                poolPeakSum,
                memory.getHeapMemoryUsage().getMax(),
                gcCount() - gcCountBefore,
                gcMillis() - gcMillisBefore,
                samples.get());
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }

    private static long gcCount() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(GarbageCollectorMXBean::getCollectionCount)
                .filter(count -> count > 0)
                .sum();
    }

    private static long gcMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(GarbageCollectorMXBean::getCollectionTime)
                .filter(millis -> millis > 0)
                .sum();
    }

    /**
     * The heap figures of one run.
     *
     * @param baselineBytes heap in use after the collection before the run
     * @param peakUsedBytes the highest heap in use sampled during the run
     * @param poolPeakSumBytes the sum of the heap pools' peaks during the run (an upper bound of the true peak)
     * @param maxBytes the heap's maximum size ({@code -Xmx}), or -1 if undefined
     * @param gcCount collections during the run
     * @param gcMillis milliseconds the collectors report spent during the run
     * @param samples how many times the heap was read
     */
    public record HeapFigures(
            long baselineBytes,
            long peakUsedBytes,
            long poolPeakSumBytes,
            long maxBytes,
            long gcCount,
            long gcMillis,
            int samples) {}
}
