package org.linli.api.config;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The service's own settings ({@code linli.*} in {@code application.yaml}, where each one is explained).
 *
 * @param solver how many solves run at once, how many wait, and their time limits
 * @param api limits on requests
 * @param security the API keys; none means the API is open
 */
@ConfigurationProperties("linli")
public record LinliProperties(
        @DefaultValue Solver solver,
        @DefaultValue Api api,
        @DefaultValue Security security) {

    /**
     * @param parallelSolves solves that run at the same time, each on one thread
     * @param queueCapacity submitted jobs that may wait for a free solver; one more is refused with 503
     * @param defaultTimeLimit the time limit of a solve whose request names none
     * @param maxTimeLimit the largest time limit a request may ask for
     * @param storeInterval the shortest time between two stored versions of a job's best solution
     * @param terminateWait how long a terminate request waits for the solver to stop
     * @param onRestart what happens to jobs that were queued or solving when the service stopped
     */
    public record Solver(
            @DefaultValue("1") int parallelSolves,
            @DefaultValue("8") int queueCapacity,
            @DefaultValue("30s") Duration defaultTimeLimit,
            @DefaultValue("30m") Duration maxTimeLimit,
            @DefaultValue("2s") Duration storeInterval,
            @DefaultValue("10s") Duration terminateWait,
            @DefaultValue("RESUME") RestartPolicy onRestart) {

        public Solver {
            if (parallelSolves < 1) {
                throw new IllegalArgumentException("linli.solver.parallel-solves (" + parallelSolves
                        + ") must be 1 or more; set it to the number of solves to run at once.");
            }
            if (queueCapacity < 0) {
                throw new IllegalArgumentException(
                        "linli.solver.queue-capacity (" + queueCapacity + ") must be 0 or more.");
            }
            if (defaultTimeLimit.compareTo(maxTimeLimit) > 0) {
                throw new IllegalArgumentException("linli.solver.default-time-limit (" + defaultTimeLimit
                        + ") is above linli.solver.max-time-limit (" + maxTimeLimit + "); lower it or raise the"
                        + " maximum.");
            }
        }
    }

    /** @param maxRequestSize the largest request body accepted; a larger one is answered with 413 */
    public record Api(@DefaultValue("16MB") DataSize maxRequestSize) {}

    /** @param apiKeys the keys a request must carry in {@code X-API-Key}; both lists empty means the API is open */
    public record Security(@DefaultValue ApiKeys apiKeys) {}

    /**
     * @param readOnly keys that may read
     * @param readWrite keys that may also submit and terminate
     */
    public record ApiKeys(
            @DefaultValue List<String> readOnly,
            @DefaultValue List<String> readWrite) {

        public boolean configured() {
            return !readOnly.isEmpty() || !readWrite.isEmpty();
        }
    }

    /** What a restarted service does with the jobs that were queued or solving when it stopped. */
    public enum RestartPolicy {
        /** Queue them again, each starting from its last stored best solution. */
        RESUME,
        /** Mark them {@code INTERRUPTED}, keeping their last stored best solution. */
        INTERRUPT
    }
}
