package org.linli.solver.solve;

/** The search a solve runs after the construction heuristic. */
public enum SolverStrategy {
    /** The first-fit-decreasing construction heuristic alone: a quick, greedy plan. */
    CONSTRUCTION_ONLY,
    /** Construction, then late acceptance local search (Timefold's default, and Linli's). */
    LATE_ACCEPTANCE,
    /** Construction, then tabu search over entities. */
    TABU_SEARCH
}
