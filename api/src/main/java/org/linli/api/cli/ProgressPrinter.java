package org.linli.api.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.linli.solver.solve.Improvement;

/** Shows, once a second while the solver runs, the elapsed time of the limit, the best score and what is unassigned. */
final class ProgressPrinter implements AutoCloseable {

    private final PrintWriter err;
    private final Duration timeLimit;
    private final long startNanos = System.nanoTime();
    private final AtomicReference<Improvement> best = new AtomicReference<>();
    private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "linli-progress");
        thread.setDaemon(true);
        return thread;
    });

    ProgressPrinter(PrintWriter err, Duration timeLimit, boolean enabled) {
        this.err = err;
        this.timeLimit = timeLimit;
        if (enabled) {
            ticker.scheduleAtFixedRate(this::print, 1, 1, TimeUnit.SECONDS);
        }
    }

    void update(Improvement improvement) {
        best.set(improvement);
    }

    private void print() {
        Improvement current = best.get();
        double elapsed = (System.nanoTime() - startNanos) / 1e9;
        String state = current == null
                ? "constructing the first solution"
                : "best %s, %d session(s) unassigned".formatted(current.score(), current.unassignedSessions());
        err.printf("  [%5.1fs of %ds] %s%n", elapsed, timeLimit.toSeconds(), state);
        err.flush();
    }

    @Override
    public void close() {
        ticker.shutdownNow();
    }
}
