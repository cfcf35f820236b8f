package org.linli.solver.cases;

import static org.assertj.core.api.Assertions.assertThat;

import ai.timefold.solver.core.api.solver.SolverFactory;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.linli.solver.PlanFixture;
import org.linli.solver.domain.IntervalSet;
import org.linli.solver.domain.Qualification;
import org.linli.solver.domain.Session;
import org.linli.solver.domain.Site;
import org.linli.solver.domain.Track;
import org.linli.solver.domain.TutorKind;
import org.linli.solver.domain.WeeklyPlan;
import org.linli.solver.explain.ExplanationConsistency;
import org.linli.solver.explain.PlanExplanation;
import org.linli.solver.explain.ReasonCode;
import org.linli.solver.explain.UnassignedSession;
import org.linli.solver.solve.SolveOptions;
import org.linli.solver.solve.SolverConfigs;

/**
 * C06: tutor T is the only one certified for chemistry and is unavailable all week; with 2 chemistry sessions, 6 maths
 * sessions and 3 free maths tutors, solving finishes normally, the 6 maths sessions are scheduled and both chemistry
 * sessions are unassigned with the reason "no certified tutor available".
 */
class C06NoPossibleValueTest {

    @Test
    @Timeout(60)
    void onlyCertifiedTutorUnavailable_chemistryUnassignedAndMathsScheduled() {
        PlanFixture f = new PlanFixture();
        Track track = f.track("knowledge", true, 30, f.daily("15:00", "19:00"));
        Site site = f.site("north");
        f.venue("room-1", site, 10);
        f.venue("room-2", site, 10);
        f.venue("room-3", site, 10);
        f.tutor(
                "T",
                TutorKind.CERTIFIED_TUTOR,
                List.of(new Qualification("chemistry", 1, 6)),
                IntervalSet.empty(),
                null,
                null,
                Set.of());
        f.tutor("m1", "math");
        f.tutor("m2", "math");
        f.tutor("m3", "math");
        f.group("chemistry", track, "chemistry", 2, 60, List.of(f.student("c1", 4), f.student("c2", 4)));
        f.group("maths-a", track, "math", 3, 60, List.of(f.student("a1", 3), f.student("a2", 3)));
        f.group("maths-b", track, "math", 3, 60, List.of(f.student("b1", 5), f.student("b2", 5)));
        WeeklyPlan plan = f.prepare();

        WeeklyPlan solved = SolverFactory.<WeeklyPlan>create(SolverConfigs.of(
                        SolveOptions.ofTimeLimit(Duration.ofSeconds(30)).withStepLimit(200)))
                .buildSolver()
                .solve(plan);
        PlanExplanation explanation = ExplanationConsistency.assertConsistent(solved);

        List<Session> maths = solved.getSessions().stream()
                .filter(session -> session.getGroup().getId().startsWith("maths"))
                .toList();
        assertThat(maths).hasSize(6).allMatch(Session::isFullyAssigned);
        assertThat(solved.getScore().hardScore()).isZero();
        assertThat(explanation.unassigned())
                .extracting(UnassignedSession::sessionId)
                .containsExactly("chemistry#1", "chemistry#2");
        assertThat(explanation.unassigned()).allSatisfy(unassigned -> {
            assertThat(unassigned.missing()).contains("tutor");
            assertThat(unassigned.code()).isEqualTo(ReasonCode.NO_TUTOR_AVAILABLE);
            assertThat(unassigned.reason()).isEqualTo("no certified tutor available: T is unavailable all week");
        });
    }
}
