package org.linli.benchmarks.run;

import java.time.Duration;
import org.linli.benchmarks.data.BenchmarkDataset;
import org.linli.datasets.itc2007.ItcCost;
import org.linli.solver.domain.WeeklyPlan;
import org.linli.solver.metrics.UtilisationMetrics;
import org.linli.solver.solve.PlanSolver;
import org.linli.solver.solve.SolveOptions;
import org.linli.solver.solve.SolveResult;

/**
 * Runs one configuration on one dataset with one seed and time limit, in the calling thread, and measures it. Runs
 * are meant to be made one after another: two at once on one machine share its cores and spoil each other's timings.
 */
public final class BenchmarkRunner {

    private BenchmarkRunner() {}

    public static RunRecord run(
            BenchmarkDataset dataset, SolverConfiguration configuration, long seed, Duration timeLimit) {
        String runId = runId(dataset.name(), configuration, seed);
        WeeklyPlan plan = dataset.model();
        RunRecord.DatasetFacts facts = new RunRecord.DatasetFacts(
                dataset.name(),
                dataset.kind().id(),
                dataset.sha256(),
                plan.getSessions().size(),
                plan.getTutors().size(),
                plan.getVenues().size(),
                plan.getStudents().size());

        SolveResult result;
        HeapSampler.HeapFigures heap;
        try (HeapSampler sampler = HeapSampler.start()) {
            result = solve(runId, plan, configuration, seed, timeLimit);
            heap = sampler.stop();
        }

        WeeklyPlan best = result.best();
        ItcCost itcCost = dataset.isItc() ? dataset.itcCost(best) : null;
        return new RunRecord(
                runId,
                facts,
                configuration,
                seed,
                timeLimit,
                best.getScore(),
                result.millisSpent(),
                RunRecord.millisToFeasible(result.improvements()),
                RunRecord.millisToFinalPlacement(result.improvements()),
                result.moveEvaluationCount(),
                result.moveEvaluationSpeed(),
                result.improvements(),
                heap,
                UtilisationMetrics.of(best),
                itcCost);
    }

    static SolveResult solve(
            String jobId, WeeklyPlan plan, SolverConfiguration configuration, long seed, Duration timeLimit) {
        if (configuration.isBaseline()) {
            return GreedySolver.solve(jobId, plan, timeLimit);
        }
        SolveOptions options =
                SolveOptions.ofTimeLimit(timeLimit).withSeed(seed).withStrategy(configuration.strategy());
        return PlanSolver.solve(jobId, plan, options);
    }

    public static String runId(String dataset, SolverConfiguration configuration, long seed) {
        return dataset + "/" + configuration.id() + "/seed-" + seed;
    }
}
