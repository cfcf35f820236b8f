package org.linli.solver.cases;

import static java.time.DayOfWeek.MONDAY;
import static org.assertj.core.api.Assertions.assertThat;

import ai.timefold.solver.core.api.solver.SolverFactory;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.linli.solver.PlanFixture;
import org.linli.solver.domain.IntervalSet;
import org.linli.solver.domain.Session;
import org.linli.solver.domain.Track;
import org.linli.solver.domain.WeeklyPlan;
import org.linli.solver.explain.ExplanationConsistency;
import org.linli.solver.explain.PlanExplanation;
import org.linli.solver.explain.ReasonCode;
import org.linli.solver.solve.SolveOptions;
import org.linli.solver.solve.SolverConfigs;
import org.linli.solver.solve.SolverStrategy;

/**
 * C10: an over-constrained plan (5 sessions, room for 2, 1 tutor), not solved, terminated after a few milliseconds, or
 * constructed: the explanation lists each violation and each unassigned session with its reason, and never throws.
 */
class C10OverConstrainedPlanTest {

    /** One Monday window with two 90-minute starts, one tutor, one room, and five sessions of one group. */
    private static WeeklyPlan plan() {
        PlanFixture f = new PlanFixture();
        Track track = f.track("knowledge", true, 90, IntervalSet.of(f.between(MONDAY, "16:00", "19:00")));
        f.tutor("t-math", "math");
        f.venue("room-1", f.site("north"), 10);
        f.group("over", track, "math", 5, 90, List.of(f.student("s1", 3), f.student("s2", 3)));
        return f.prepare();
    }

    private static WeeklyPlan solve(WeeklyPlan plan, SolveOptions options) {
        return SolverFactory.<WeeklyPlan>create(SolverConfigs.of(options))
                .buildSolver()
                .solve(plan);
    }

    @Test
    void notSolved_everySessionHasAFreeCandidate() {
        WeeklyPlan plan = plan();

        PlanExplanation explanation = ExplanationConsistency.assertConsistent(plan);

        assertThat(explanation.unassigned())
                .hasSize(5)
                .allSatisfy(unassigned -> assertThat(unassigned.code()).isEqualTo(ReasonCode.NOT_YET_PLACED));
        assertThat(explanation.violations())
                .filteredOn(violation -> violation.rule().equals("Unassigned session"))
                .hasSize(5);
    }

    @Test
    @Timeout(60)
    void terminatedAfterFewMilliseconds_explanationListsEverySessionMissingAValue() {
        WeeklyPlan plan = plan();

        WeeklyPlan stopped = solve(plan, SolveOptions.ofTimeLimit(Duration.ofMillis(5)));
        PlanExplanation explanation = ExplanationConsistency.assertConsistent(stopped);

        long incomplete = stopped.getSessions().stream()
                .filter(session -> !session.isFullyAssigned())
                .count();
        assertThat(incomplete).isGreaterThanOrEqualTo(3);
        assertThat(explanation.unassigned()).hasSize((int) incomplete);
    }

    @Test
    @Timeout(60)
    void constructed_twoPlacedAndThreeTaken() {
        WeeklyPlan plan = plan();

        WeeklyPlan constructed = solve(
                plan, SolveOptions.ofTimeLimit(Duration.ofSeconds(30)).withStrategy(SolverStrategy.CONSTRUCTION_ONLY));
        PlanExplanation explanation = ExplanationConsistency.assertConsistent(constructed);

        assertThat(constructed.getSessions().stream().filter(Session::isFullyAssigned))
                .hasSize(2);
        assertThat(explanation.feasible()).isTrue();
        assertThat(explanation.unassigned()).hasSize(3).allSatisfy(unassigned -> {
            assertThat(unassigned.code()).isEqualTo(ReasonCode.TAKEN);
            assertThat(unassigned.reason()).startsWith("possible, but every candidate is taken by other sessions");
        });
    }
}
