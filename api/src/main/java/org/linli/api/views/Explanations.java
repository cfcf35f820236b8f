package org.linli.api.views;

import org.linli.format.Explanation;
import org.linli.format.RuleTotal;
import org.linli.format.UnassignedSession;
import org.linli.format.Violation;
import org.linli.solver.explain.PlanExplanation;
import org.linli.solver.explain.ViolationDetail;

/** Maps the solver's explanation of a plan to the API's {@code Explanation}. */
public final class Explanations {

    private Explanations() {}

    public static Explanation toApi(String jobId, int version, PlanExplanation explanation) {
        return new Explanation()
                .jobId(jobId)
                .solutionVersion(version)
                .score(explanation.score().toString())
                .feasible(explanation.feasible())
                .ruleTotals(explanation.ruleTotals().stream()
                        .map(total -> new RuleTotal()
                                .rule(total.rule())
                                .level(total.level())
                                .matchCount(total.matchCount())
                                .impact(total.impact().toString()))
                        .toList())
                .violations(explanation.violations().stream()
                        .map(Explanations::violation)
                        .toList())
                .unassigned(explanation.unassigned().stream()
                        .map(session -> new UnassignedSession()
                                .sessionId(session.sessionId())
                                .groupId(session.groupId())
                                .missing(session.missing())
                                .code(session.code().name())
                                .reason(session.reason()))
                        .toList());
    }

    private static Violation violation(ViolationDetail detail) {
        return new Violation()
                .rule(detail.rule())
                .level(detail.level())
                .impact(detail.impact().toString())
                .message(detail.message())
                .sessionIds(detail.sessionIds())
                .tutorIds(detail.tutorIds())
                .venueIds(detail.venueIds())
                .studentIds(detail.studentIds());
    }
}
