package org.linli.solver.explain;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import java.util.List;
import java.util.Objects;

/**
 * One violation of one rule, in words, with the objects it concerns, so that a planner can find and fix it.
 *
 * @param rule the rule's name
 * @param level "hard", "medium" or "soft", the level of the rule's effective weight
 * @param impact what this violation costs the score (negative)
 * @param message a sentence with times in the plan's week, from {@link org.linli.solver.rules.Violation#describe}
 */
public record ViolationDetail(
        String rule,
        String level,
        HardMediumSoftScore impact,
        String message,
        List<String> sessionIds,
        List<String> tutorIds,
        List<String> venueIds,
        List<String> studentIds) {

    public ViolationDetail {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(impact, "impact");
        Objects.requireNonNull(message, "message");
        sessionIds = List.copyOf(sessionIds);
        tutorIds = List.copyOf(tutorIds);
        venueIds = List.copyOf(venueIds);
        studentIds = List.copyOf(studentIds);
    }
}
