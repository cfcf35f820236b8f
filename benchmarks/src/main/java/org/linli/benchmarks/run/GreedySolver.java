package org.linli.benchmarks.run;

import ai.timefold.solver.core.api.solver.Solver;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.phase.custom.CustomPhaseConfig;
import ai.timefold.solver.core.config.solver.SolverConfig;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.linli.solver.domain.WeeklyPlan;
import org.linli.solver.solve.Improvement;
import org.linli.solver.solve.PlanSolver;
import org.linli.solver.solve.SolveResult;
import org.linli.solver.solve.SolverConfigs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the {@link GreedyBaseline} as the only phase of a Timefold solver built on Linli's scoring configuration, and
 * reports it in the same {@link SolveResult} as Linli's own strategies, so the harness treats all configurations
 * alike.
 */
public final class GreedySolver {

    private static final Logger LOGGER = LoggerFactory.getLogger(GreedySolver.class);

    private GreedySolver() {}

    public static SolveResult solve(String jobId, WeeklyPlan plan, Duration timeLimit) {
        GreedyBaseline baseline = new GreedyBaseline();
        SolverConfig config = SolverConfigs.scoring()
                .withTerminationSpentLimit(timeLimit)
                .withPhases(new CustomPhaseConfig().withCustomPhaseCommands(baseline));
        Solver<WeeklyPlan> solver = SolverFactory.<WeeklyPlan>create(config).buildSolver();
        List<Improvement> improvements = new ArrayList<>();
        long startNanos = System.nanoTime();
        solver.addEventListener(event -> improvements.add(new Improvement(
                millisSince(startNanos),
                event.getNewBestSolution().getScore(),
                PlanSolver.unassignedSessions(event.getNewBestSolution()))));
        LOGGER.info(
                "Greedy baseline started: job ({}), sessions ({}), time limit ({}).",
                jobId,
                plan.getSessions().size(),
                timeLimit);

        WeeklyPlan best = solver.solve(plan);

        long millisSpent = millisSince(startNanos);
        if (baseline.terminatedEarly()) {
            LOGGER.warn(
                    "Greedy baseline stopped by its time limit before every session was tried: job ({}), time limit"
                            + " ({}).",
                    jobId,
                    timeLimit);
        }
        boolean feasible = best.getScore() != null && best.getScore().isFeasible();
        long millisToFeasible = feasible ? millisSpent : -1;
        long speed = millisSpent == 0 ? 0 : baseline.evaluationCount() * 1000 / millisSpent;
        LOGGER.info(
                "Greedy baseline ended: job ({}), score ({}), time spent ({} ms), placements scored ({}).",
                jobId,
                best.getScore(),
                millisSpent,
                baseline.evaluationCount());
        return new SolveResult(best, millisSpent, millisToFeasible, baseline.evaluationCount(), speed, improvements);
    }

    private static long millisSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }
}
