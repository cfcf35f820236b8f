package org.linli.api.jobs;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.linli.datasets.PlanJson;
import org.linli.datasets.PlanMapper;
import org.linli.format.RuleWeight;
import org.linli.solver.domain.WeeklyPlan;
import org.springframework.stereotype.Component;

/**
 * The conversions a job needs between the plan format of openapi.yaml (JSON text and {@code org.linli.format}) and the
 * solver model, all through the datasets module's {@link PlanJson} and {@link PlanMapper}, so the service reads and
 * writes exactly what the command line and the dataset files do.
 */
@Component
public final class PlanCodec {

    public org.linli.format.WeeklyPlan read(String json) {
        return PlanJson.readString(json);
    }

    public String write(org.linli.format.WeeklyPlan plan) {
        return PlanJson.write(plan);
    }

    /**
     * A prepared solver model of the plan.
     *
     * @throws org.linli.datasets.PlanValidationException listing every problem of the plan
     */
    public WeeklyPlan toModel(org.linli.format.WeeklyPlan plan) {
        return PlanMapper.toModel(plan);
    }

    /** The plan with the values and score of a solution of it. */
    public org.linli.format.WeeklyPlan toFormat(org.linli.format.WeeklyPlan original, WeeklyPlan solution) {
        return PlanMapper.toFormat(original, solution);
    }

    /**
     * Merges a request's rule weight overrides into the plan's own: an override replaces the plan's weight of the same
     * rule. Changes and returns the given plan.
     */
    public org.linli.format.WeeklyPlan withRuleWeights(
            org.linli.format.WeeklyPlan plan, Map<String, HardMediumSoftScore> overrides) {
        if (overrides.isEmpty()) {
            return plan;
        }
        List<RuleWeight> weights = new ArrayList<>();
        for (RuleWeight weight : plan.getRuleWeights()) {
            if (!overrides.containsKey(weight.getRule())) {
                weights.add(weight);
            }
        }
        overrides.forEach((rule, score) -> weights.add(new RuleWeight(rule)
                .hard(score.hardScore())
                .medium(score.mediumScore())
                .soft(score.softScore())));
        plan.setRuleWeights(weights);
        return plan;
    }
}
