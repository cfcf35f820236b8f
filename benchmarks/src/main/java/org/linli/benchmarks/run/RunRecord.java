package org.linli.benchmarks.run;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import java.time.Duration;
import java.util.List;
import org.linli.datasets.itc2007.ItcCost;
import org.linli.solver.metrics.UtilisationMetrics;
import org.linli.solver.solve.Improvement;

/**
 * Everything one run of a benchmark measured. The solved plan itself is not kept, so a long matrix does not hold every
 * plan in memory.
 *
 * @param runId {@code <dataset>/<configuration>/seed-<seed>}, unique in a matrix
 * @param millisToFeasible time until the first solution without hard violations, or -1 if none was found
 * @param itcCost the official ITC2007 cost for ITC2007 datasets, else null
 */
public record RunRecord(
        String runId,
        DatasetFacts dataset,
        SolverConfiguration configuration,
        long seed,
        Duration timeLimit,
        HardMediumSoftScore score,
        long millisSpent,
        long millisToFeasible,
        long moveEvaluationCount,
        long moveEvaluationSpeed,
        List<Improvement> improvements,
        HeapSampler.HeapFigures heap,
        UtilisationMetrics metrics,
        ItcCost itcCost) {

    public RunRecord {
        improvements = List.copyOf(improvements);
    }

    public boolean feasible() {
        return score != null && score.isFeasible();
    }

    /**
     * The identity and size of the dataset a run solved.
     *
     * @param kind bundled, generated, plan-file or itc2007
     */
    public record DatasetFacts(
            String name, String kind, String sha256, int sessions, int tutors, int venues, int students) {}
}
