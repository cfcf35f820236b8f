package org.linli.api.jobs;

import org.linli.solver.domain.WeeklyPlan;

/**
 * A validated plan ready to be queued.
 *
 * @param plan the plan as submitted, the request's rule weights merged into it
 * @param problemJson the plan as submitted, to store
 * @param model the prepared solver model of {@code plan}; handed to the solver, which changes it
 * @param customSolve a solver configuration of the job's own and a hook for its end, or null for a plain solve
 */
public record PlanSubmission(
        org.linli.format.WeeklyPlan plan,
        String problemJson,
        WeeklyPlan model,
        JobSettings settings,
        CustomSolve customSolve) {

    public PlanSubmission(
            org.linli.format.WeeklyPlan plan, String problemJson, WeeklyPlan model, JobSettings settings) {
        this(plan, problemJson, model, settings, null);
    }
}
