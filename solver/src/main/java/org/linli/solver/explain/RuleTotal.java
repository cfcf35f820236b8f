package org.linli.solver.explain;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import java.util.Objects;

/**
 * How much one rule costs a plan.
 *
 * @param rule the rule's name, as {@link org.linli.solver.rules.Rule#title()} spells it
 * @param level "hard", "medium" or "soft": the level of the rule's effective weight in this plan, which may differ from
 *     its default level when the plan overrides the weight
 * @param matchCount how many violations of the rule the plan has
 * @param impact the sum of the violations' impacts (zero or negative)
 */
public record RuleTotal(String rule, String level, int matchCount, HardMediumSoftScore impact) {

    public RuleTotal {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(impact, "impact");
    }
}
