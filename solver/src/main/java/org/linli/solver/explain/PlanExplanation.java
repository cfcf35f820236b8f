package org.linli.solver.explain;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import java.util.List;
import java.util.Objects;

/**
 * Why a weekly plan scores what it scores: the score, a total per rule, every single violation in words, and a reason
 * for each session that still misses a start, a tutor or a venue. Built by {@link PlanExplainer}.
 *
 * @param score the plan's score, computed afresh (the plan's own score field is not read)
 * @param feasible whether no hard rule is broken
 * @param ruleTotals one entry per rule, rules that did not match included, hard rules first, then medium, then soft;
 *     their impacts add up to {@code score}
 * @param violations every match of every rule, hard first, then medium, then soft, the biggest impact first
 * @param unassigned one entry per session with any missing value, in the plan's session order
 */
public record PlanExplanation(
        HardMediumSoftScore score,
        boolean feasible,
        List<RuleTotal> ruleTotals,
        List<ViolationDetail> violations,
        List<UnassignedSession> unassigned) {

    public PlanExplanation {
        Objects.requireNonNull(score, "score");
        ruleTotals = List.copyOf(ruleTotals);
        violations = List.copyOf(violations);
        unassigned = List.copyOf(unassigned);
    }
}
