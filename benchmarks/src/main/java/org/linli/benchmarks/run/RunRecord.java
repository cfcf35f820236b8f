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
 * @param millisToFeasible time until the first plan without hard violations that places every session, or -1 if the
 *     run found none; an empty plan has no hard violation either, but it is no plan
 * @param millisToFinalPlacement time until the run first reached its final hard and medium score: when it stopped
 *     placing more sessions or removing hard violations, whether or not it placed them all
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
        long millisToFinalPlacement,
        long moveEvaluationCount,
        long moveEvaluationSpeed,
        List<Improvement> improvements,
        HeapSampler.HeapFigures heap,
        UtilisationMetrics metrics,
        ItcCost itcCost) {

    public RunRecord {
        improvements = List.copyOf(improvements);
    }

    /** No hard violation (Timefold's feasibility; sessions may still be unplaced). */
    public boolean feasible() {
        return score != null && score.isFeasible();
    }

    /** Feasible, and every session placed. */
    public boolean complete() {
        return feasible() && metrics.unassigned() == 0;
    }

    /** The first improvement that is feasible and places every session; -1 if none. */
    public static long millisToFeasible(List<Improvement> improvements) {
        return improvements.stream()
                .filter(improvement -> improvement.score().isFeasible() && improvement.unassignedSessions() == 0)
                .mapToLong(Improvement::millisSpent)
                .findFirst()
                .orElse(-1);
    }

    /** The first improvement with the final hard and medium score; -1 without improvements. */
    public static long millisToFinalPlacement(List<Improvement> improvements) {
        if (improvements.isEmpty()) {
            return -1;
        }
        HardMediumSoftScore last = improvements.get(improvements.size() - 1).score();
        return improvements.stream()
                .filter(improvement -> improvement.score().hardScore() == last.hardScore()
                        && improvement.score().mediumScore() == last.mediumScore())
                .mapToLong(Improvement::millisSpent)
                .findFirst()
                .orElse(-1);
    }

    /**
     * The identity and size of the dataset a run solved.
     *
     * @param kind bundled, generated, plan-file or itc2007
     */
    public record DatasetFacts(
            String name, String kind, String sha256, int sessions, int tutors, int venues, int students) {}
}
