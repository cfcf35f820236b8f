package org.linli.api.jobs;

import org.linli.solver.domain.WeeklyPlan;

/**
 * A validated plan ready to be queued.
 *
 * @param plan the plan as submitted, the request's rule weights merged into it
 * @param problemJson the plan as submitted, to store
 * @param model the prepared solver model of {@code plan}; handed to the solver, which changes it
 */
public record PlanSubmission(
        org.linli.format.WeeklyPlan plan, String problemJson, WeeklyPlan model, JobSettings settings) {}
