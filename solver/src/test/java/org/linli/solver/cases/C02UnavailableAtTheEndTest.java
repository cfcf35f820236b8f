package org.linli.solver.cases;

import static java.time.DayOfWeek.MONDAY;
import static org.assertj.core.api.Assertions.assertThat;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.linli.solver.PlanFixture;
import org.linli.solver.domain.Group;
import org.linli.solver.domain.IntervalSet;
import org.linli.solver.domain.Qualification;
import org.linli.solver.domain.Session;
import org.linli.solver.domain.Site;
import org.linli.solver.domain.Track;
import org.linli.solver.domain.Tutor;
import org.linli.solver.domain.TutorKind;
import org.linli.solver.domain.WeeklyPlan;

/**
 * Case 2, from timetabling tools that checked availability at a session's start only: tutor T is available on Monday
 * from 15:00 to 18:00, and session S (90 minutes) can only start at Monday 17:00, so it would run 30 minutes past
 * T's availability. S must go to tutor U, who is available all afternoon; without U, S stays without a tutor rather
 * than go to T, and giving it to T never scores as feasible.
 */
class C02UnavailableAtTheEndTest {

    private final PlanFixture fixture = new PlanFixture();
    // A 90-minute session fits [17:00,18:30) at one start only.
    private final Track track =
            fixture.track("knowledge", false, 30, IntervalSet.of(fixture.between(MONDAY, "17:00", "18:30")));
    private final Site site = fixture.site("site-1");
    private final Tutor early = tutorAvailable("t-early", "15:00", "18:00");
    private final Group group = fixture.group("maths", track, "math", 1, 90, List.of());

    private Tutor tutorAvailable(String id, String from, String to) {
        return fixture.tutor(
                id,
                TutorKind.CERTIFIED_TUTOR,
                List.of(new Qualification("math", 1, 6)),
                IntervalSet.of(fixture.between(MONDAY, from, to)),
                null,
                null,
                Set.of());
    }

    private WeeklyPlan plan() {
        fixture.venue("room-1", site, 10);
        fixture.session("S", group, null, null, null);
        return fixture.prepare();
    }

    @Test
    @Timeout(60)
    void sessionRunningPastOneTutorsAvailability_goesToTheTutorAvailableAllAfternoon() {
        Tutor afternoon = tutorAvailable("t-afternoon", "12:00", "20:00");
        WeeklyPlan plan = plan();

        WeeklyPlan solved = CaseSolver.solve(plan, 100);

        Session session = CaseSolver.session(solved, "S");
        assertThat(session.getStart()).isEqualTo(fixture.at(MONDAY, "17:00"));
        assertThat(session.getTutor()).isSameAs(afternoon);
        assertThat(session.getVenue()).isNotNull();
        assertThat(solved.getScore()).isEqualTo(HardMediumSoftScore.ZERO);
    }

    @Test
    @Timeout(60)
    void sessionRunningPastTheOnlyTutorsAvailability_staysWithoutTutor() {
        WeeklyPlan plan = plan();

        WeeklyPlan solved = CaseSolver.solve(plan, 100);

        Session session = CaseSolver.session(solved, "S");
        assertThat(session.getTutor()).as("S's tutor").isNull();
        assertThat(session.getStart()).isEqualTo(fixture.at(MONDAY, "17:00"));
        assertThat(session.getVenue()).isNotNull();
        assertThat(solved.getScore().hardScore()).isZero();
        assertThat(solved.getScore().mediumScore()).as("one missing tutor").isEqualTo(-1);
    }

    @Test
    @Timeout(60)
    void sessionPinnedToTheTutorWhoLeavesEarly_isScoredAndNeverFeasible() {
        fixture.venue("room-1", site, 10);
        fixture.pinned("S", group, fixture.at(MONDAY, "17:00"), early, fixture.venues.getFirst());
        WeeklyPlan plan = fixture.prepare();

        WeeklyPlan solved = CaseSolver.solve(plan, 100);

        Session session = CaseSolver.session(solved, "S");
        assertThat(session.getTutor()).isSameAs(early);
        assertThat(solved.getScore().isFeasible()).isFalse();
        assertThat(solved.getScore().hardScore())
                .as("[17:00,18:30) runs 30 minutes past 18:00")
                .isEqualTo(-30);
    }
}
