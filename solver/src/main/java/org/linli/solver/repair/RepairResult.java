package org.linli.solver.repair;

import org.linli.solver.domain.WeeklyPlan;

/**
 * A finished repair: the repaired plan (a new version of the published one) and what changed.
 *
 * @param millisSpent wall-clock time of the solve
 * @param millisToFeasible time until the first best solution with no hard violation, or -1 if none was found
 */
public record RepairResult(WeeklyPlan repaired, ChangeManifest manifest, long millisSpent, long millisToFeasible) {}
