package org.linli.solver.cases;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverFactory;
import java.time.Duration;
import org.linli.solver.domain.Session;
import org.linli.solver.domain.WeeklyPlan;
import org.linli.solver.solve.SolveOptions;
import org.linli.solver.solve.SolverConfigs;

/**
 * Solves and scores the plans of the case tests. A solve has a fixed seed and a step limit, so it gives the same plan
 * on every run; the time limit is only a safety net far above what the step limit needs.
 *
 * <p>Late acceptance cannot end a step in which it accepts no move, and on these small plans the construction often
 * finds the optimum already, after which every move is worse: the step limit is then never reached and the solve
 * would run to its time limit. An unimproved time limit ends such a solve early. The plans these cases expect are
 * optimal, so where the solve stops does not change them.
 */
final class CaseSolver {

    static final long SEED = 20260706L;

    private CaseSolver() {}

    static WeeklyPlan solve(WeeklyPlan plan, int stepLimit) {
        SolveOptions options = SolveOptions.ofTimeLimit(Duration.ofSeconds(30))
                .withStepLimit(stepLimit)
                .withUnimprovedTimeLimit(Duration.ofSeconds(3))
                .withSeed(SEED);
        return SolverFactory.<WeeklyPlan>create(SolverConfigs.of(options))
                .buildSolver()
                .solve(plan);
    }

    /** The plan's score as it stands, computed afresh (and stored on the plan). */
    static HardMediumSoftScore score(WeeklyPlan plan) {
        SolutionManager<WeeklyPlan, HardMediumSoftScore> manager =
                SolutionManager.create(SolverFactory.<WeeklyPlan>create(SolverConfigs.scoring()));
        return manager.update(plan);
    }

    static Session session(WeeklyPlan plan, String id) {
        return plan.getSessions().stream()
                .filter(session -> session.getId().equals(id))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No session (" + id + ") in plan (" + plan.getId() + ")."));
    }
}
