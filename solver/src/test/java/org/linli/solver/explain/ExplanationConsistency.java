package org.linli.solver.explain;

import static org.assertj.core.api.Assertions.assertThat;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverFactory;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.linli.solver.domain.Session;
import org.linli.solver.domain.WeeklyPlan;
import org.linli.solver.rules.Rule;
import org.linli.solver.solve.SolverConfigs;

/**
 * Checks that a plan's explanation agrees with the solver: the rule totals add up to the score that
 * {@code SolutionManager.update} computes, each rule's match count is its number of violations, levels follow the
 * plan's weights, violations are in order, every session missing a value has a reason, and explaining leaves the plan
 * as it was. This is the guard of the Timefold internals {@code ConstraintMatches} relies on.
 *
 * <p>Shared with other modules' tests through the solver's test-jar. Note that the check ends by calling
 * {@code SolutionManager.update(plan)}, which sets the plan's score.
 */
public final class ExplanationConsistency {

    private static final class Holder {
        static final PlanExplainer EXPLAINER = new PlanExplainer();
        static final SolutionManager<WeeklyPlan, HardMediumSoftScore> SOLUTION_MANAGER =
                SolutionManager.create(SolverFactory.create(SolverConfigs.scoring()));
    }

    private ExplanationConsistency() {}

    /** The ids of the rules in the order {@link Rule} lists them. */
    public static final List<String> RULE_NAMES =
            Arrays.stream(Rule.values()).map(Rule::title).toList();

    /** Explains the plan, checks the explanation against the solver's score, and returns it for further checks. */
    public static PlanExplanation assertConsistent(WeeklyPlan plan) {
        PlanState before = PlanState.of(plan);

        PlanExplanation explanation = Holder.EXPLAINER.explain(plan);

        assertThat(PlanState.of(plan)).as("the plan after explaining it").isEqualTo(before);
        HardMediumSoftScore expected = Holder.SOLUTION_MANAGER.update(plan);
        assertThat(explanation.score()).as("explained score").isEqualTo(expected);
        assertThat(explanation.feasible()).as("feasible").isEqualTo(expected.isFeasible());
        assertThat(explanation.ruleTotals().stream()
                        .map(RuleTotal::impact)
                        .reduce(HardMediumSoftScore.ZERO, HardMediumSoftScore::add))
                .as("sum of the rule totals")
                .isEqualTo(expected);
        assertRuleTotalsMatchViolations(plan, explanation);
        assertViolationsOrdered(explanation.violations());
        assertUnassignedListed(plan, explanation);
        return explanation;
    }

    private static void assertRuleTotalsMatchViolations(WeeklyPlan plan, PlanExplanation explanation) {
        assertThat(explanation.ruleTotals())
                .extracting(RuleTotal::rule)
                .containsExactlyInAnyOrderElementsOf(RULE_NAMES);
        Map<String, List<ViolationDetail>> byRule =
                explanation.violations().stream().collect(Collectors.groupingBy(ViolationDetail::rule));
        for (RuleTotal total : explanation.ruleTotals()) {
            List<ViolationDetail> violations = byRule.getOrDefault(total.rule(), List.of());
            assertThat(total.matchCount()).as("match count of " + total.rule()).isEqualTo(violations.size());
            assertThat(violations.stream()
                            .map(ViolationDetail::impact)
                            .reduce(HardMediumSoftScore.ZERO, HardMediumSoftScore::add))
                    .as("impact of " + total.rule())
                    .isEqualTo(total.impact());
            assertThat(total.level()).as("level of " + total.rule()).isEqualTo(expectedLevel(plan, total.rule()));
            for (ViolationDetail violation : violations) {
                assertThat(violation.level()).as("level of " + violation).isEqualTo(total.level());
                assertThat(violation.message()).as("message of " + violation).isNotBlank();
                assertThat(violation.impact())
                        .as("impact of " + violation)
                        .isLessThanOrEqualTo(HardMediumSoftScore.ZERO);
            }
        }
        assertThat(explanation.ruleTotals())
                .extracting(total -> levelRank(total.level()))
                .as("rule totals, hard first")
                .isSorted();
    }

    /** The level of the rule's weight in the plan, worked out here independently of the explainer. */
    private static String expectedLevel(WeeklyPlan plan, String ruleName) {
        Rule rule = Rule.byTitle(ruleName).orElseThrow();
        HardMediumSoftScore override = plan.getConstraintWeightOverrides().getConstraintWeight(ruleName);
        HardMediumSoftScore weight =
                override == null || override.equals(HardMediumSoftScore.ZERO) ? rule.defaultWeight() : override;
        if (weight.hardScore() != 0) {
            return "hard";
        }
        return weight.mediumScore() != 0 ? "medium" : "soft";
    }

    private static int levelRank(String level) {
        return List.of("hard", "medium", "soft").indexOf(level);
    }

    private static void assertViolationsOrdered(List<ViolationDetail> violations) {
        for (int i = 1; i < violations.size(); i++) {
            ViolationDetail previous = violations.get(i - 1);
            ViolationDetail next = violations.get(i);
            int previousRank = levelRank(previous.level());
            int nextRank = levelRank(next.level());
            assertThat(previousRank)
                    .as("levels of " + previous + " and " + next)
                    .isLessThanOrEqualTo(nextRank);
            if (previousRank == nextRank) {
                assertThat(previous.impact())
                        .as("impacts of " + previous + " and " + next)
                        .isLessThanOrEqualTo(next.impact());
            }
        }
    }

    private static void assertUnassignedListed(WeeklyPlan plan, PlanExplanation explanation) {
        List<Session> incomplete = plan.getSessions().stream()
                .filter(session -> session.getMissingValueCount() > 0)
                .toList();
        assertThat(explanation.unassigned())
                .extracting(UnassignedSession::sessionId)
                .as("sessions missing a value")
                .containsExactlyElementsOf(
                        incomplete.stream().map(Session::getId).toList());
        Map<String, Session> byId = new HashMap<>();
        incomplete.forEach(session -> byId.put(session.getId(), session));
        for (UnassignedSession unassigned : explanation.unassigned()) {
            Session session = byId.get(unassigned.sessionId());
            assertThat(unassigned.groupId()).isEqualTo(session.getGroup().getId());
            assertThat(Set.copyOf(unassigned.missing()))
                    .as("missing values of " + unassigned)
                    .isEqualTo(missing(session));
            assertThat(unassigned.reason()).as("reason of " + unassigned).isNotBlank();
            if (session.isPinned()) {
                assertThat(unassigned.code()).as("code of " + unassigned).isEqualTo(ReasonCode.PINNED);
            }
        }
        long unassignedViolations = explanation.violations().stream()
                .filter(violation -> violation.rule().equals(Rule.UNASSIGNED_SESSION.title()))
                .count();
        HardMediumSoftScore override =
                plan.getConstraintWeightOverrides().getConstraintWeight(Rule.UNASSIGNED_SESSION.title());
        if (override == null || !override.equals(HardMediumSoftScore.ZERO)) {
            assertThat(unassignedViolations)
                    .as("violations of the unassigned rule")
                    .isEqualTo(incomplete.size());
        }
    }

    private static Set<String> missing(Session session) {
        Set<String> missing = new HashSet<>();
        if (session.getStart() == null) {
            missing.add("start");
        }
        if (session.getTutor() == null) {
            missing.add("tutor");
        }
        if (session.getVenue() == null) {
            missing.add("venue");
        }
        return missing;
    }

    /** What explaining must not change: every session's values and pin, and the plan's score. */
    private record PlanState(List<String> sessions, HardMediumSoftScore score) {

        static PlanState of(WeeklyPlan plan) {
            return new PlanState(
                    plan.getSessions().stream()
                            .map(session -> session.getId() + "|" + session.getStart() + "|" + session.getTutor() + "|"
                                    + session.getVenue() + "|" + session.isPinned())
                            .toList(),
                    plan.getScore());
        }
    }
}
