package org.linli.benchmarks.run;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.linli.solver.solve.SolverStrategy;

/**
 * The solver configurations a benchmark compares. Three are Linli's own strategies, run exactly as the product runs
 * them (through {@code PlanSolver}); {@link #GREEDY} is the baseline that stands for planning by hand.
 */
public enum SolverConfiguration {
    /** Planning by hand: sessions in input order, the first free start, tutor and venue, no search. */
    GREEDY("greedy", null),
    /** Linli's first-fit-decreasing construction heuristic alone. */
    CONSTRUCTION("construction", SolverStrategy.CONSTRUCTION_ONLY),
    /** Construction, then late acceptance (Linli's default). */
    LATE_ACCEPTANCE("late-acceptance", SolverStrategy.LATE_ACCEPTANCE),
    /** Construction, then tabu search. */
    TABU("tabu", SolverStrategy.TABU_SEARCH);

    private final String id;
    private final SolverStrategy strategy;

    SolverConfiguration(String id, SolverStrategy strategy) {
        this.id = id;
        this.strategy = strategy;
    }

    /** The name used on the command line and in every output file. */
    public String id() {
        return id;
    }

    /** Linli's strategy for this configuration; null for the greedy baseline, which is not a Linli strategy. */
    public SolverStrategy strategy() {
        return strategy;
    }

    public boolean isBaseline() {
        return this == GREEDY;
    }

    public static SolverConfiguration parse(String value) {
        String wanted = value.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(configuration -> configuration.id.equals(wanted))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown solver configuration (" + value
                        + ") in --configs. Use any of: " + String.join(", ", ids()) + "."));
    }

    public static List<String> ids() {
        return Arrays.stream(values()).map(SolverConfiguration::id).toList();
    }
}
