package org.linli.api.jobs;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.linli.solver.solve.SolveOptions;
import org.linli.solver.solve.SolverStrategy;

/**
 * The options one job is solved with, the service's defaults filled in.
 *
 * @param unimprovedTimeLimit null for none
 * @param stepLimit null for none
 * @param ruleWeights the rule weight overrides of the request, by rule name, in request order
 */
public record JobSettings(
        Duration timeLimit,
        Duration unimprovedTimeLimit,
        long seed,
        Integer stepLimit,
        Map<String, HardMediumSoftScore> ruleWeights) {

    public JobSettings {
        Objects.requireNonNull(timeLimit, "timeLimit");
        ruleWeights = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(ruleWeights));
    }

    public SolveOptions solveOptions() {
        return new SolveOptions(timeLimit, unimprovedTimeLimit, stepLimit, seed, SolverStrategy.LATE_ACCEPTANCE);
    }

    /** Whether the search itself (seed, step limit) differs from the service's shared solver; limits never do. */
    public boolean needsOwnSolver() {
        return seed != SolveOptions.DEFAULT_SEED || stepLimit != null;
    }

    /** The rule weights as stored: one {@code <rule>=<score>} line each. */
    public String ruleWeightLines() {
        StringBuilder lines = new StringBuilder();
        ruleWeights.forEach(
                (rule, weight) -> lines.append(rule).append('=').append(weight).append('\n'));
        return lines.toString();
    }

    public static Map<String, HardMediumSoftScore> parseRuleWeightLines(String lines) {
        Map<String, HardMediumSoftScore> weights = new LinkedHashMap<>();
        for (String line : lines.split("\n")) {
            int separator = line.lastIndexOf('=');
            if (separator > 0) {
                weights.put(
                        line.substring(0, separator), HardMediumSoftScore.parseScore(line.substring(separator + 1)));
            }
        }
        return weights;
    }
}
