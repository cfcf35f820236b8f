package org.linli.solver.explain;

import static org.assertj.core.api.Assertions.assertThat;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import ai.timefold.solver.core.api.solver.SolverFactory;
import java.time.Duration;
import java.util.HashSet;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.linli.solver.domain.WeeklyPlan;
import org.linli.solver.solve.SolveOptions;
import org.linli.solver.solve.SolverConfigs;
import org.linli.solver.solve.SolverStrategy;

/**
 * The explanation's totals equal the solver's score on many random assignments; this guards the Timefold internals
 * that {@code ConstraintMatches} uses.
 */
class ExplanationConsistencyTest {

    private static final int ASSIGNMENTS = 200;

    @Test
    @Timeout(120)
    void explanationTotals_equalSolverScoreOnRandomAssignments() {
        WeeklyPlan plan = RichPlan.withRepairBaselines(RichPlan.build(Map.of()));
        Random random = new Random(20260706L);
        Set<String> matchedRules = new HashSet<>();

        for (int i = 0; i < ASSIGNMENTS; i++) {
            RandomAssignments.assign(plan, random);
            PlanExplanation explanation = ExplanationConsistency.assertConsistent(plan);
            explanation.ruleTotals().stream()
                    .filter(total -> total.matchCount() > 0)
                    .forEach(total -> matchedRules.add(total.rule()));
        }

        assertThat(matchedRules)
                .as("rules matched at least once over the random assignments")
                .containsExactlyInAnyOrderElementsOf(ExplanationConsistency.RULE_NAMES);
    }

    @Test
    @Timeout(120)
    void explanationTotals_equalSolverScoreWithWeightOverrides() {
        WeeklyPlan plan = RichPlan.build(Map.of(
                "Venue capacity", HardMediumSoftScore.ofSoft(2),
                "Tutor travel", HardMediumSoftScore.ofMedium(1),
                "Minimum days", HardMediumSoftScore.ofHard(1),
                "Partner cost", HardMediumSoftScore.ZERO,
                "Unassigned session", HardMediumSoftScore.of(0, 2, 1)));
        Random random = new Random(7L);
        Set<String> levels = new HashSet<>();

        for (int i = 0; i < ASSIGNMENTS; i++) {
            RandomAssignments.assign(plan, random);
            PlanExplanation explanation = ExplanationConsistency.assertConsistent(plan);
            explanation.ruleTotals().forEach(total -> levels.add(total.rule() + "=" + total.level()));
        }

        assertThat(levels)
                .contains(
                        "Venue capacity=soft",
                        "Tutor travel=medium",
                        "Minimum days=hard",
                        "Partner cost=soft",
                        "Unassigned session=medium");
    }

    @Test
    @Timeout(120)
    void explanationTotals_equalSolverScoreAfterSolving() {
        WeeklyPlan plan = RichPlan.build(Map.of());
        RandomAssignments.includeCurrentValues(plan);
        SolveOptions options = SolveOptions.ofTimeLimit(Duration.ofSeconds(30))
                .withStepLimit(300)
                .withStrategy(SolverStrategy.LATE_ACCEPTANCE);

        WeeklyPlan solved = SolverFactory.<WeeklyPlan>create(SolverConfigs.of(options))
                .buildSolver()
                .solve(plan);
        PlanExplanation explanation = ExplanationConsistency.assertConsistent(solved);

        assertThat(explanation.score()).isEqualTo(solved.getScore());
    }
}
