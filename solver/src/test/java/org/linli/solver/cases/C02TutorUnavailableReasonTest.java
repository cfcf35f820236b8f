package org.linli.solver.cases;

import static java.time.DayOfWeek.MONDAY;
import static org.assertj.core.api.Assertions.assertThat;

import ai.timefold.solver.core.api.solver.SolverFactory;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.linli.solver.PlanFixture;
import org.linli.solver.domain.Group;
import org.linli.solver.domain.IntervalSet;
import org.linli.solver.domain.Qualification;
import org.linli.solver.domain.Track;
import org.linli.solver.domain.TutorKind;
import org.linli.solver.domain.WeeklyPlan;
import org.linli.solver.explain.ExplanationConsistency;
import org.linli.solver.explain.PlanExplanation;
import org.linli.solver.explain.ReasonCode;
import org.linli.solver.explain.UnassignedSession;
import org.linli.solver.solve.SolveOptions;
import org.linli.solver.solve.SolverConfigs;
import org.linli.solver.solve.SolverStrategy;

/**
 * C02: tutor T is available Monday 15:00-18:00; session S (90 minutes) can only start at Monday 17:00; without another
 * tutor, S is unassigned with a reason naming T's unavailability from 18:00.
 */
class C02TutorUnavailableReasonTest {

    private static WeeklyPlan plan() {
        PlanFixture f = new PlanFixture();
        Track track = f.track("knowledge", true, 30, IntervalSet.of(f.between(MONDAY, "17:00", "18:30")));
        f.tutor(
                "T",
                TutorKind.CERTIFIED_TUTOR,
                List.of(new Qualification("math", 1, 6)),
                IntervalSet.of(f.between(MONDAY, "15:00", "18:00")),
                null,
                null,
                Set.of());
        f.venue("room-1", f.site("north"), 10);
        Group maths = f.group("maths", track, "math", 1, 90, List.of(f.student("s1", 3)));
        f.session("S", maths, null, null, null);
        return f.prepare();
    }

    @Test
    @Timeout(60)
    void tutorUnavailableAtTheOnlyStart_sessionUnassignedNamingTheFirstUnavailableMinute() {
        WeeklyPlan plan = plan();

        WeeklyPlan solved = SolverFactory.<WeeklyPlan>create(
                        SolverConfigs.of(SolveOptions.ofTimeLimit(Duration.ofSeconds(30))
                                .withStrategy(SolverStrategy.CONSTRUCTION_ONLY)))
                .buildSolver()
                .solve(plan);
        PlanExplanation explanation = ExplanationConsistency.assertConsistent(solved);

        assertThat(solved.getSessions().getFirst().getTutor()).isNull();
        UnassignedSession unassigned = explanation.unassigned().getFirst();
        assertThat(explanation.unassigned()).hasSize(1);
        assertThat(unassigned.sessionId()).isEqualTo("S");
        assertThat(unassigned.missing()).contains("tutor");
        assertThat(unassigned.code()).isEqualTo(ReasonCode.NO_TUTOR_AVAILABLE);
        assertThat(unassigned.reason()).isEqualTo("no certified tutor available: T is unavailable from Mon 18:00");
    }
}
