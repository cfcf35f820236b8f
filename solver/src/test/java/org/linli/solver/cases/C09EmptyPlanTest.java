package org.linli.solver.cases;

import static org.assertj.core.api.Assertions.assertThat;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import ai.timefold.solver.core.api.solver.SolverFactory;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.linli.solver.PlanFixture;
import org.linli.solver.domain.WeeklyPlan;
import org.linli.solver.explain.ExplanationConsistency;
import org.linli.solver.explain.PlanExplanation;
import org.linli.solver.explain.ReasonCode;
import org.linli.solver.explain.RuleTotal;
import org.linli.solver.explain.UnassignedSession;
import org.linli.solver.solve.SolveOptions;
import org.linli.solver.solve.SolverConfigs;

/**
 * C09: (a) tutors and venues but no sessions: solved within a time cap of a second, an empty explanation and a
 * feasible score; (b) two sessions but no tutors and no venues: both unassigned with a reason. Neither throws nor
 * hangs.
 */
class C09EmptyPlanTest {

    private static WeeklyPlan solveWithinASecond(WeeklyPlan plan) {
        return SolverFactory.<WeeklyPlan>create(SolverConfigs.of(SolveOptions.ofTimeLimit(Duration.ofSeconds(1))))
                .buildSolver()
                .solve(plan);
    }

    @Test
    @Timeout(30)
    void noSessions_solvedWithAnEmptyExplanationAndAFeasibleScore() {
        PlanFixture f = new PlanFixture();
        f.track("knowledge", true, 30, f.daily("16:00", "18:00"));
        f.venue("room-1", f.site("north"), 10);
        f.tutor("t-math", "math");
        WeeklyPlan plan = f.prepare();

        WeeklyPlan solved = solveWithinASecond(plan);
        PlanExplanation explanation = ExplanationConsistency.assertConsistent(solved);

        assertThat(solved.getSessions()).isEmpty();
        assertThat(explanation.score()).isEqualTo(HardMediumSoftScore.ZERO);
        assertThat(explanation.feasible()).isTrue();
        assertThat(explanation.violations()).isEmpty();
        assertThat(explanation.unassigned()).isEmpty();
        assertThat(explanation.ruleTotals()).extracting(RuleTotal::matchCount).containsOnly(0);
    }

    @Test
    @Timeout(30)
    void sessionsWithoutTutorsOrVenues_bothUnassignedWithAReason() {
        PlanFixture f = new PlanFixture();
        var knowledge = f.track("knowledge", true, 30, f.daily("16:00", "18:00"));
        var enrichment = f.track("enrichment", false, 30, f.daily("16:00", "18:00"));
        f.group("maths", knowledge, "math", 1, 60, List.of(f.student("s1", 3)));
        f.group("games", enrichment, null, 1, 60, List.of(f.student("s2", 3)));
        WeeklyPlan plan = f.prepare();

        WeeklyPlan solved = solveWithinASecond(plan);
        PlanExplanation explanation = ExplanationConsistency.assertConsistent(solved);

        assertThat(explanation.unassigned())
                .extracting(UnassignedSession::sessionId, UnassignedSession::code, UnassignedSession::reason)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "maths#1",
                                ReasonCode.NO_CERTIFIED_TUTOR,
                                "no certified tutor available: no tutor holds math for grades 3-3 (the plan has no"
                                        + " tutors)"),
                        org.assertj.core.groups.Tuple.tuple(
                                "games#1",
                                ReasonCode.NO_CERTIFIED_TUTOR,
                                "no tutor available: the plan has no tutors"));
        assertThat(explanation.unassigned())
                .allSatisfy(unassigned -> assertThat(unassigned.missing()).contains("tutor", "venue"));
    }

    @Test
    @Timeout(30)
    void sessionsWithTutorsButNoVenues_unassignedForWantOfVenues() {
        PlanFixture f = new PlanFixture();
        var knowledge = f.track("knowledge", true, 30, f.daily("16:00", "18:00"));
        f.tutor("t-math", "math");
        f.group("maths", knowledge, "math", 2, 60, List.of(f.student("s1", 3)));
        WeeklyPlan plan = f.prepare();

        PlanExplanation explanation = ExplanationConsistency.assertConsistent(plan);

        assertThat(explanation.unassigned()).hasSize(2).allSatisfy(unassigned -> {
            assertThat(unassigned.code()).isEqualTo(ReasonCode.NO_VENUE_SEATS);
            assertThat(unassigned.reason()).isEqualTo("no venue holds 1 student; the plan has no venues");
        });
    }

    @Test
    @Timeout(30)
    void planWithoutAnything_explainedAsEmpty() {
        WeeklyPlan plan = new PlanFixture().prepare();

        PlanExplanation explanation = ExplanationConsistency.assertConsistent(plan);

        assertThat(explanation.feasible()).isTrue();
        assertThat(explanation.violations()).isEmpty();
        assertThat(explanation.unassigned()).isEmpty();
    }
}
