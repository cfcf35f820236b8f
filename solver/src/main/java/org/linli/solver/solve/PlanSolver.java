package org.linli.solver.solve;

import ai.timefold.solver.core.api.solver.Solver;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.impl.solver.DefaultSolver;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.linli.solver.domain.Session;
import org.linli.solver.domain.WeeklyPlan;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Solves one plan in the calling thread and records how the solve went: every improvement with its time, the time
 * to the first feasible solution and the move evaluation speed. The command line and the benchmark harness solve
 * through here; the REST service uses Timefold's SolverManager for its background jobs.
 */
public final class PlanSolver {

    private static final Logger LOGGER = LoggerFactory.getLogger(PlanSolver.class);

    private PlanSolver() {}

    public static SolveResult solve(String jobId, WeeklyPlan plan, SolveOptions options) {
        return solve(jobId, plan, options, improvement -> {});
    }

    /**
     * @param onImprovement called in the solver's thread for each new best solution; keep it quick
     */
    public static SolveResult solve(
            String jobId, WeeklyPlan plan, SolveOptions options, Consumer<Improvement> onImprovement) {
        Solver<WeeklyPlan> solver =
                SolverFactory.<WeeklyPlan>create(SolverConfigs.of(options)).buildSolver();
        List<Improvement> improvements = new ArrayList<>();
        long startNanos = System.nanoTime();
        solver.addEventListener(event -> {
            Improvement improvement = new Improvement(
                    (System.nanoTime() - startNanos) / 1_000_000,
                    event.getNewBestSolution().getScore(),
                    unassignedSessions(event.getNewBestSolution()));
            improvements.add(improvement);
            onImprovement.accept(improvement);
        });
        LOGGER.info(
                "Solving started: job ({}), sessions ({}), time limit ({}), step limit ({}), seed ({}), strategy ({}).",
                jobId,
                plan.getSessions().size(),
                options.timeLimit(),
                options.stepLimit(),
                options.seed(),
                options.strategy());

        WeeklyPlan best = solver.solve(plan);

        long millisSpent = (System.nanoTime() - startNanos) / 1_000_000;
        long millisToFeasible = improvements.stream()
                .filter(improvement -> improvement.score().isFeasible())
                .mapToLong(Improvement::millisSpent)
                .findFirst()
                .orElse(best.getScore() != null && best.getScore().isFeasible() ? millisSpent : -1);
        DefaultSolver<WeeklyPlan> defaultSolver = (DefaultSolver<WeeklyPlan>) solver;
        SolveResult result = new SolveResult(
                best,
                millisSpent,
                millisToFeasible,
                defaultSolver.getMoveEvaluationCount(),
                defaultSolver.getMoveEvaluationSpeed(),
                improvements);
        LOGGER.info(
                "Solving ended: job ({}), score ({}), time spent ({} ms), move evaluation speed ({}/s).",
                jobId,
                best.getScore(),
                millisSpent,
                result.moveEvaluationSpeed());
        return result;
    }

    public static int unassignedSessions(WeeklyPlan plan) {
        int count = 0;
        for (Session session : plan.getSessions()) {
            if (!session.isFullyAssigned()) {
                count++;
            }
        }
        return count;
    }
}
