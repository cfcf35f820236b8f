package org.linli.benchmarks.run;

import java.time.Duration;
import java.util.List;
import org.linli.benchmarks.data.BenchmarkDataset;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Solves once with each configuration before anything is measured, and throws the results away. The first solve in a
 * JVM pays for class loading and just-in-time compilation; without a warm-up that cost lands on whichever run comes
 * first and makes its configuration look slower than it is.
 */
public final class WarmUp {

    private static final Logger LOGGER = LoggerFactory.getLogger(WarmUp.class);

    private WarmUp() {}

    public static void run(BenchmarkDataset dataset, List<SolverConfiguration> configurations, Duration limit) {
        if (limit.isZero() || limit.isNegative()) {
            return;
        }
        for (SolverConfiguration configuration : configurations) {
            String jobId = "warm-up/" + dataset.name() + "/" + configuration.id();
            LOGGER.info("Warm-up started: job ({}), time limit ({}).", jobId, limit);
            BenchmarkRunner.solve(jobId, dataset.model(), configuration, 0L, limit);
        }
    }
}
