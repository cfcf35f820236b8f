package org.linli.solver;

import static org.assertj.core.api.Assertions.assertThat;

import ai.timefold.solver.core.api.solver.SolverFactory;
import java.time.DayOfWeek;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.linli.solver.domain.Group;
import org.linli.solver.domain.Session;
import org.linli.solver.domain.Site;
import org.linli.solver.domain.Student;
import org.linli.solver.domain.Track;
import org.linli.solver.domain.WeeklyPlan;
import org.linli.solver.solve.SolveOptions;
import org.linli.solver.solve.SolverConfigs;

class SolveSmokeTest {

    @Test
    @Timeout(60)
    void twoGroupsSharingAStudent_solveFeasibleWithoutOverlap() {
        PlanFixture fixture = new PlanFixture();
        Track knowledge = fixture.track("knowledge", true, 30, fixture.daily("09:00", "12:00"));
        Site site = fixture.site("site-1");
        fixture.venue("room-1", site, 10);
        fixture.venue("room-2", site, 10);
        fixture.tutor("t-math", "math");
        fixture.tutor("t-reading", "reading");
        Student shared = fixture.student("st-1", 3);
        Group maths = fixture.group("maths", knowledge, "math", 2, 90, List.of(shared));
        Group reading = fixture.group("reading", knowledge, "reading", 2, 90, List.of(shared));
        WeeklyPlan plan = fixture.prepare();

        WeeklyPlan solved = SolverFactory.<WeeklyPlan>create(SolverConfigs.of(
                        SolveOptions.ofTimeLimit(Duration.ofSeconds(30)).withStepLimit(200)))
                .buildSolver()
                .solve(plan);

        assertThat(solved.getScore().hardScore()).isZero();
        assertThat(solved.getScore().mediumScore()).isZero();
        List<Session> sessions = solved.getSessions();
        assertThat(sessions).hasSize(4).allMatch(Session::isFullyAssigned);
        for (Session a : sessions) {
            for (Session b : sessions) {
                if (a != b) {
                    assertThat(a.overlaps(b)).as(a + " and " + b).isFalse();
                }
            }
        }
        assertThat(maths.getCohorts()).hasSize(1).isEqualTo(reading.getCohorts());
        assertThat(fixture.at(DayOfWeek.TUESDAY, "09:00")).isEqualTo(1440 + 540);
    }
}
