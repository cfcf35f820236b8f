package org.linli.solver.explain;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import ai.timefold.solver.core.api.solver.SolverFactory;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.linli.solver.domain.WeeklyPlan;
import org.linli.solver.rules.Rule;
import org.linli.solver.rules.Violation;
import org.linli.solver.solve.SolverConfigs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Explains a weekly plan: its score rule by rule, every violation in words, and why each session that misses a value
 * could not be placed. The community edition of Timefold has no score analysis, so Linli builds its own from the
 * constraint matches (see {@link ConstraintMatches}) and from the plan's facts (see {@link UnassignedReasoner}).
 *
 * <p>Build one per application and share it: it is thread-safe, and {@link #explain} never changes the plan it is
 * given. It explains solved plans, plans whose construction did not finish and empty plans alike.
 */
public final class PlanExplainer {

    private static final Logger log = LoggerFactory.getLogger(PlanExplainer.class);

    private static final Comparator<ViolationDetail> VIOLATION_ORDER = Comparator.comparingInt(
                    (ViolationDetail violation) -> RuleWeights.rank(violation.level()))
            .thenComparing(ViolationDetail::impact)
            .thenComparingInt(violation ->
                    Rule.byTitle(violation.rule()).map(Rule::ordinal).orElse(Integer.MAX_VALUE))
            .thenComparing(ViolationDetail::message)
            .thenComparing(violation -> String.join(",", violation.sessionIds()))
            .thenComparing(violation -> String.join(",", violation.studentIds()))
            .thenComparing(violation -> String.join(",", violation.tutorIds()))
            .thenComparing(violation -> String.join(",", violation.venueIds()));

    private final ConstraintMatches constraintMatches;

    /** An explainer with Linli's rules, as {@link SolverConfigs#scoring()} configures them. */
    public PlanExplainer() {
        this(SolverFactory.create(SolverConfigs.scoring()));
    }

    /** An explainer that scores with the rules of this solver factory (built by Timefold's SolverFactory.create). */
    public PlanExplainer(SolverFactory<WeeklyPlan> solverFactory) {
        this.constraintMatches = new ConstraintMatches(Objects.requireNonNull(solverFactory, "solverFactory"));
    }

    public PlanExplanation explain(WeeklyPlan plan) {
        Objects.requireNonNull(plan, "plan");
        RuleWeights weights = RuleWeights.of(plan);
        ConstraintMatches.Result result = constraintMatches.calculate(plan);

        Map<Rule, ConstraintMatches.Total> totalsByRule = new EnumMap<>(Rule.class);
        List<ConstraintMatches.Total> unknownTotals = new ArrayList<>();
        for (ConstraintMatches.Total total : result.totals()) {
            Rule.byTitle(total.constraint())
                    .ifPresentOrElse(rule -> totalsByRule.put(rule, total), () -> unknownTotals.add(total));
        }

        List<RuleTotal> ruleTotals = new ArrayList<>();
        List<ViolationDetail> violations = new ArrayList<>();
        for (Rule rule : Rule.values()) {
            String level = weights.level(rule);
            ConstraintMatches.Total total = totalsByRule.get(rule);
            if (total == null) {
                ruleTotals.add(new RuleTotal(rule.title(), level, 0, HardMediumSoftScore.ZERO));
            } else {
                ruleTotals.add(new RuleTotal(rule.title(), level, total.matchCount(), total.impact()));
                total.matches().forEach(match -> violations.add(detail(plan, level, match)));
            }
        }
        // Constraints a custom solver factory adds beyond Linli's rules still count towards the score.
        for (ConstraintMatches.Total total : unknownTotals) {
            String level = RuleWeights.levelOf(total.impact());
            ruleTotals.add(new RuleTotal(total.constraint(), level, total.matchCount(), total.impact()));
            total.matches().forEach(match -> violations.add(detail(plan, level, match)));
        }
        ruleTotals.sort(Comparator.comparingInt(total -> RuleWeights.rank(total.level())));
        violations.sort(VIOLATION_ORDER);

        List<UnassignedSession> unassigned = UnassignedReasoner.reasons(plan, weights.hardRules());
        HardMediumSoftScore score = result.score();
        log.debug(
                "Plan explained: plan ({}), score ({}), violations ({}), unassigned sessions ({}).",
                plan.getId(),
                score,
                violations.size(),
                unassigned.size());
        return new PlanExplanation(score, score.isFeasible(), ruleTotals, violations, unassigned);
    }

    private static ViolationDetail detail(WeeklyPlan plan, String level, ConstraintMatches.Match match) {
        if (match.justification() instanceof Violation violation) {
            return new ViolationDetail(
                    match.constraint(),
                    level,
                    match.impact(),
                    violation.describe(plan.getClock()),
                    violation.sessionIds(),
                    violation.tutorIds(),
                    violation.venueIds(),
                    violation.studentIds());
        }
        return new ViolationDetail(
                match.constraint(),
                level,
                match.impact(),
                match.constraint() + ": " + match.justification(),
                List.of(),
                List.of(),
                List.of(),
                List.of());
    }
}
