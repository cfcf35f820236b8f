package org.linli.api.bench;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A bounded load run of status reads against a Linli service on this machine: {@code readers} concurrent clients,
 * each on its own kept-alive connection, send up to {@code requestsPerReader} GET requests one after the other to one
 * address, for at most {@code maxDuration}, and the latencies are summarised as percentiles. It refuses any address
 * that is not a loopback address, so it can only load a service on this machine.
 *
 * <p>Run it with {@code java -cp api/target/linli-api.jar -Dloader.main=org.linli.api.bench.StatusLoadRun
 * org.springframework.boot.loader.launch.PropertiesLauncher http://localhost:8080/jobs/<jobId> 50 200 60}.
 */
public final class StatusLoadRun {

    private StatusLoadRun() {}

    /**
     * The summary of a load run.
     *
     * @param requests the requests answered
     * @param failures requests that failed or answered other than 200
     */
    public record Result(
            int requests,
            int failures,
            double p50Millis,
            double p95Millis,
            double p99Millis,
            double maxMillis,
            Duration elapsed) {

        @Override
        public String toString() {
            return String.format(
                    "requests (%d), failures (%d), p50 (%.2f ms), p95 (%.2f ms), p99 (%.2f ms), max (%.2f ms),"
                            + " elapsed (%d ms)",
                    requests, failures, p50Millis, p95Millis, p99Millis, maxMillis, elapsed.toMillis());
        }
    }

    public static Result run(
            URI address, int readers, int requestsPerReader, Duration maxDuration, Map<String, String> headers)
            throws IOException, InterruptedException {
        requireLoopback(address);
        if (readers < 1 || requestsPerReader < 1) {
            throw new IllegalArgumentException(
                    "readers (" + readers + ") and requests per reader (" + requestsPerReader + ") must be 1 or more.");
        }
        long deadline = System.nanoTime() + maxDuration.toNanos();
        long[][] latencies = new long[readers][requestsPerReader];
        int[] counts = new int[readers];
        AtomicInteger failures = new AtomicInteger();
        CountDownLatch done = new CountDownLatch(readers);
        long started = System.nanoTime();
        try (ExecutorService pool = Executors.newFixedThreadPool(readers)) {
            for (int r = 0; r < readers; r++) {
                int reader = r;
                pool.execute(() -> {
                    try (KeepAliveGet client = new KeepAliveGet(address, headers)) {
                        for (int i = 0; i < requestsPerReader && System.nanoTime() < deadline; i++) {
                            long start = System.nanoTime();
                            try {
                                if (client.get() != 200) {
                                    failures.incrementAndGet();
                                }
                            } catch (IOException e) {
                                failures.incrementAndGet();
                            }
                            latencies[reader][counts[reader]++] = System.nanoTime() - start;
                        }
                    } catch (IOException e) {
                        failures.incrementAndGet();
                    } finally {
                        done.countDown();
                    }
                });
            }
            done.await();
        }
        Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
        int total = Arrays.stream(counts).sum();
        long[] sorted = new long[total];
        int next = 0;
        for (int r = 0; r < readers; r++) {
            System.arraycopy(latencies[r], 0, sorted, next, counts[r]);
            next += counts[r];
        }
        Arrays.sort(sorted);
        return new Result(
                total,
                failures.get(),
                percentile(sorted, 50),
                percentile(sorted, 95),
                percentile(sorted, 99),
                total == 0 ? 0 : sorted[total - 1] / 1e6,
                elapsed);
    }

    /** The nearest-rank percentile, in milliseconds. */
    static double percentile(long[] sortedNanos, int percent) {
        if (sortedNanos.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(percent / 100.0 * sortedNanos.length);
        return sortedNanos[Math.max(0, rank - 1)] / 1e6;
    }

    static void requireLoopback(URI address) throws IOException {
        String host = address.getHost();
        if (!"http".equals(address.getScheme())
                || host == null
                || !InetAddress.getByName(host).isLoopbackAddress()) {
            throw new IllegalArgumentException("The address (" + address + ") is not an http address on this"
                    + " machine; a load run only targets http://localhost or http://127.0.0.1.");
        }
    }

    /** Arguments: address, readers (50), requests per reader (200), most seconds (60), optional API key. */
    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("Usage: StatusLoadRun <http://localhost:8080/jobs/ID> [readers] [requests per reader]"
                    + " [max seconds] [api key]");
            System.exit(2);
        }
        int readers = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        int requests = args.length > 2 ? Integer.parseInt(args[2]) : 200;
        int seconds = args.length > 3 ? Integer.parseInt(args[3]) : 60;
        Map<String, String> headers = args.length > 4 ? Map.of("X-API-Key", args[4]) : Map.of();
        Result result = run(URI.create(args[0]), readers, requests, Duration.ofSeconds(seconds), headers);
        System.out.println("Status load run: readers (" + readers + "), " + result + ".");
    }
}
