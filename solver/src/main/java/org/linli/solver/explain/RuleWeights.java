package org.linli.solver.explain;

import ai.timefold.solver.core.api.domain.solution.ConstraintWeightOverrides;
import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.linli.solver.domain.WeeklyPlan;
import org.linli.solver.rules.Rule;

/** The weight each rule has in one plan (its override, or its default) and the level that weight puts it on. */
final class RuleWeights {

    static final String HARD = "hard";
    static final String MEDIUM = "medium";
    static final String SOFT = "soft";

    private final Map<Rule, HardMediumSoftScore> weights;

    private RuleWeights(Map<Rule, HardMediumSoftScore> weights) {
        this.weights = weights;
    }

    static RuleWeights of(WeeklyPlan plan) {
        ConstraintWeightOverrides<HardMediumSoftScore> overrides = plan.getConstraintWeightOverrides();
        Map<Rule, HardMediumSoftScore> weights = new EnumMap<>(Rule.class);
        for (Rule rule : Rule.values()) {
            HardMediumSoftScore override = overrides == null ? null : overrides.getConstraintWeight(rule.title());
            weights.put(rule, override == null ? rule.defaultWeight() : override);
        }
        return new RuleWeights(weights);
    }

    HardMediumSoftScore weight(Rule rule) {
        return weights.get(rule);
    }

    /** The rules that are hard in this plan, as {@link org.linli.solver.domain.PlanPreparation} decides it. */
    Set<Rule> hardRules() {
        return weights.entrySet().stream()
                .filter(entry -> entry.getValue().hardScore() > 0)
                .map(Map.Entry::getKey)
                .collect(Collectors.toUnmodifiableSet());
    }

    /** The highest level with a non-zero weight; a rule weighed zero keeps the level of its default weight. */
    String level(Rule rule) {
        HardMediumSoftScore weight = weights.get(rule);
        return weight.equals(HardMediumSoftScore.ZERO) ? levelOf(rule.defaultWeight()) : levelOf(weight);
    }

    static String levelOf(HardMediumSoftScore score) {
        if (score.hardScore() != 0) {
            return HARD;
        }
        if (score.mediumScore() != 0) {
            return MEDIUM;
        }
        return SOFT;
    }

    /** 0 for hard, 1 for medium, 2 for soft: the order explanations list levels in. */
    static int rank(String level) {
        return switch (level) {
            case HARD -> 0;
            case MEDIUM -> 1;
            default -> 2;
        };
    }
}
