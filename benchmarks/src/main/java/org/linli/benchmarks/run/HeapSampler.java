package org.linli.benchmarks.run;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Collectors;
import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * Measures the heap a run uses. Before the run it asks for a full collection (best effort: {@code System.gc()}) and
 * notes the heap in use then as the baseline; it resets the peak of every heap pool; while the run goes on, a daemon
 * thread reads the heap in use ({@link MemoryMXBean#getHeapMemoryUsage()}) at a fixed interval and keeps the highest
 * value. At the end it also adds up the pools' own peaks, which the JVM tracks at every allocation: that sum is an upper
 * bound (the pools need not peak at the same moment), the sampled peak a lower bound that can miss a spike shorter
 * than the interval. Both count garbage not yet collected, so they say how much heap a run needs to go at full speed,
 * not how much it keeps alive. For that, it listens to the collectors' notifications and keeps the largest heap in use
 * right after a collection during the run (the live set then, plus what the collection left), which is only known
 * when at least one collection happened.
 */
public final class HeapSampler implements AutoCloseable {

    /** How often the heap is read while a run goes on. */
    public static final Duration DEFAULT_INTERVAL = Duration.ofMillis(20);

    private static final Duration NOTIFICATION_WAIT = Duration.ofSeconds(1);

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
    private final AtomicLong peakAfterGc = new AtomicLong(-1);
    private final AtomicLong collectionsHeard = new AtomicLong();
    private final Set<String> heapPoolNames;
    private final NotificationListener gcListener = this::onCollection;
    private final AtomicInteger samples = new AtomicInteger();
    private final long baselineBytes;
    private final long gcCountBefore;
    private final long gcMillisBefore;

    private HeapSampler(Duration interval) {
        heapPoolNames = heapPools.stream().map(MemoryPoolMXBean::getName).collect(Collectors.toSet());
        System.gc();
        baselineBytes = memory.getHeapMemoryUsage().getUsed();
        heapPools.forEach(MemoryPoolMXBean::resetPeakUsage);
        gcCountBefore = gcCount();
        gcMillisBefore = gcMillis();
        listen(true);
        sample();
        timer.scheduleAtFixedRate(this::sample, interval.toNanos(), interval.toNanos(), TimeUnit.NANOSECONDS);
    }

    public static HeapSampler start() {
        return start(DEFAULT_INTERVAL);
    }

    public static HeapSampler start(Duration interval) {
        return new HeapSampler(interval);
    }

    private void listen(boolean on) {
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (collector instanceof NotificationEmitter emitter) {
                if (on) {
                    emitter.addNotificationListener(gcListener, null, null);
                } else {
                    try {
                        emitter.removeNotificationListener(gcListener);
                    } catch (ListenerNotFoundException e) {
                        // Never added to this collector: nothing to remove.
                    }
                }
            }
        }
    }

    private void onCollection(Notification notification, Object handback) {
        if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
            return;
        }
        GarbageCollectionNotificationInfo info =
                GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
        long used = info.getGcInfo().getMemoryUsageAfterGc().entrySet().stream()
                .filter(pool -> heapPoolNames.contains(pool.getKey()))
                .mapToLong(pool -> pool.getValue().getUsed())
                .sum();
        peakAfterGc.accumulateAndGet(used, Math::max);
        collectionsHeard.incrementAndGet();
    }

    /** Collectors notify from a thread of their own: give the last notifications a moment to arrive. */
    private void awaitNotifications(long collections) {
        long deadline = System.nanoTime() + NOTIFICATION_WAIT.toNanos();
        while (collectionsHeard.get() < collections && System.nanoTime() < deadline) {
            LockSupport.parkNanos(1_000_000);
        }
    }

    private void sample() {
        peakUsed.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
        samples.incrementAndGet();
    }

    /** Stops sampling and returns the figures of the run. */
    public HeapFigures stop() {
        timer.shutdownNow();
        long collections = gcCount() - gcCountBefore;
        awaitNotifications(collections);
        listen(false);
        sample();
        long poolPeakSum = heapPools.stream()
                .mapToLong(pool -> pool.getPeakUsage().getUsed())
                .sum();
        return new HeapFigures(
                baselineBytes,
                peakUsed.get(),
                poolPeakSum,
                peakAfterGc.get(),
                memory.getHeapMemoryUsage().getMax(),
                collections,
                gcMillis() - gcMillisBefore,
                samples.get());
    }

    @Override
    public void close() {
        timer.shutdownNow();
        listen(false);
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
     * @param peakAfterGcBytes the largest heap in use right after a collection during the run, or -1 if none happened
     * @param maxBytes the heap's maximum size ({@code -Xmx}), or -1 if undefined
     * @param gcCount collections during the run
     * @param gcMillis milliseconds the collectors report spent during the run
     * @param samples how many times the heap was read
     */
    public record HeapFigures(
            long baselineBytes,
            long peakUsedBytes,
            long poolPeakSumBytes,
            long peakAfterGcBytes,
            long maxBytes,
            long gcCount,
            long gcMillis,
            int samples) {}
}
