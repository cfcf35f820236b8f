package org.linli.solver.solve;

import java.util.List;
import org.linli.solver.domain.WeeklyPlan;

/**
 * What a finished solve returns: the best plan, and the figures researchers compare configurations on.
 *
 * @param millisSpent wall-clock time of the solve
 * @param millisToFeasible time until the first solution with no hard violation, or -1 if none was found
 * @param moveEvaluationSpeed moves evaluated per second, as Timefold counts them
 * @param improvements every new best solution, in order
 */
public record SolveResult(
        WeeklyPlan best,
        long millisSpent,
        long millisToFeasible,
        long moveEvaluationCount,
        long moveEvaluationSpeed,
        List<Improvement> improvements) {

    public SolveResult {
        improvements = List.copyOf(improvements);
    }
}
