package org.linli.api.jobs;

import java.util.function.Supplier;
import org.linli.solver.domain.WeeklyPlan;

/**
 * A job's best solution so far, for reading: the solver model (for explanations, metrics and views) and the plan
 * format (made when asked, since a large plan's conversion costs).
 *
 * @param version the stored version it is, or the last stored one while newer ones are not stored yet
 * @param model the solution; the submitted problem before the solver's first solution. Never changed by the solver.
 */
public record CurrentSolution(
        JobRecord job, int version, WeeklyPlan model, Supplier<org.linli.format.WeeklyPlan> format) {}
