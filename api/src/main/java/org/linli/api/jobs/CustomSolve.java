package org.linli.api.jobs;

import ai.timefold.solver.core.config.solver.SolverConfig;
import java.util.Objects;
import java.util.function.Consumer;
import org.linli.solver.domain.WeeklyPlan;

/**
 * A job that solves with a solver configuration of its own, termination included, and wants to hear how it ended:
 * a repair, whose search and manifest differ from a plain solve's.
 *
 * @param onEnded called once as the job ends, just before its final state is stored, with the job as it will be
 *     stored and its best solution (null if none); it runs in the solver's thread
 */
public record CustomSolve(SolverConfig solverConfig, Consumer<Ended> onEnded) {

    public CustomSolve {
        Objects.requireNonNull(solverConfig, "solverConfig");
        Objects.requireNonNull(onEnded, "onEnded");
    }

    /** How a job with a custom solve ended. */
    public record Ended(JobRecord job, WeeklyPlan best) {}
}
