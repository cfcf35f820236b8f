package org.linli.solver.rules;

import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.TUESDAY;
import static org.linli.solver.rules.RuleVerifier.VERIFIER;
import static org.linli.solver.rules.RuleVerifier.facts;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.linli.solver.PlanFixture;
import org.linli.solver.domain.Cohort;
import org.linli.solver.domain.Group;
import org.linli.solver.domain.PlanSettings;
import org.linli.solver.domain.Session;
import org.linli.solver.domain.Site;
import org.linli.solver.domain.Student;
import org.linli.solver.domain.Track;
import org.linli.solver.domain.Tutor;
import org.linli.solver.domain.Venue;
import org.linli.solver.domain.WeeklyPlan;

/**
 * The soft rules about a student's day: sessions back to back rather than isolated, and no idle waits between two
 * sessions of one track. Two students in the same two groups form one cohort of size 2, so penalties double.
 */
class SoftStudentDayRulesTest {

    private final PlanFixture fixture = new PlanFixture();
    private final Track knowledge = fixture.track("knowledge", false, 15, fixture.always());
    private final Track enrichment = fixture.track("enrichment", false, 15, fixture.always());
    private final Site site = fixture.site("site-1");
    private final Venue room = fixture.venue("room-1", site, 20);
    private final Venue otherRoom = fixture.venue("room-2", site, 20);
    private final Tutor tutor = fixture.tutor("t-1", "math");
    private final Tutor otherTutor = fixture.tutor("t-2", "math");
    private final Student ana = fixture.student("st-ana", 3);
    private final Student ben = fixture.student("st-ben", 3);
    private final Group maths = fixture.group("maths", knowledge, null, 1, 60, List.of(ana, ben));
    private final Group reading = fixture.group("reading", knowledge, null, 1, 45, List.of(ana, ben));

    private int monday(String time) {
        return fixture.at(MONDAY, time);
    }

    private Cohort both() {
        return maths.getCohorts().getFirst();
    }

    // ************************************************************************
    // Isolated session
    // ************************************************************************

    @Test
    void isolatedSession_pauseLongerThanTheGapIsolatesBothSessions() {
        Session first = fixture.session("maths#1", maths, monday("16:00"), tutor, room);
        Session second = fixture.session("reading#1", reading, monday("17:16"), otherTutor, otherRoom);
        WeeklyPlan plan = fixture.prepare();

        VERIFIER.verifyThat(LinliConstraintProvider::isolatedSession)
                .given(facts(plan))
                .justifiesWith("16 minutes apart", new Violations.IsolatedSession(both(), List.of(first, second)))
                .penalizesBy("2 isolated sessions for each of 2 students", 4);
    }

    @Test
    void isolatedSession_pauseExactlyTheGapIsBackToBack() {
        fixture.session("maths#1", maths, monday("16:00"), tutor, room);
        fixture.session("reading#1", reading, monday("17:15"), otherTutor, otherRoom);
        WeeklyPlan plan = fixture.prepare();

        VERIFIER.verifyThat(LinliConstraintProvider::isolatedSession)
                .given(facts(plan))
                .hasNoImpact("a 15-minute pause is the default adjacent gap");
    }

    @Test
    void isolatedSession_touchingSessionsAreBackToBack() {
        fixture.session("maths#1", maths, monday("16:00"), tutor, room);
        fixture.session("reading#1", reading, monday("17:00"), otherTutor, otherRoom);
        WeeklyPlan plan = fixture.prepare();

        VERIFIER.verifyThat(LinliConstraintProvider::isolatedSession)
                .given(facts(plan))
                .hasNoImpact("no pause at all");
    }

    @Test
    void isolatedSession_plansAdjacentGapSettingApplies() {
        fixture.settings = new PlanSettings(30);
        fixture.session("maths#1", maths, monday("16:00"), tutor, room);
        fixture.session("reading#1", reading, monday("17:16"), otherTutor, otherRoom);
        WeeklyPlan plan = fixture.prepare();

        VERIFIER.verifyThat(LinliConstraintProvider::isolatedSession)
                .given(facts(plan))
                .hasNoImpact("16 minutes is within a 30-minute gap");
    }

    @Test
    void isolatedSession_planWithoutSettingsUsesTheDefaultGap() {
        fixture.settings = null;
        fixture.session("maths#1", maths, monday("16:00"), tutor, room);
        fixture.session("reading#1", reading, monday("17:16"), otherTutor, otherRoom);
        WeeklyPlan plan = fixture.prepare();

        VERIFIER.verifyThat(LinliConstraintProvider::isolatedSession)
                .given(facts(plan))
                .penalizesBy("16 minutes is over the default gap of 15, even when the plan sets none", 4);
    }

    @Test
    void isolatedSession_lonelySessionOnEachDayIsIsolated() {
        Session first = fixture.session("maths#1", maths, monday("16:00"), tutor, room);
        Session second = fixture.session("reading#1", reading, fixture.at(TUESDAY, "17:00"), otherTutor, otherRoom);
        WeeklyPlan plan = fixture.prepare();

        VERIFIER.verifyThat(LinliConstraintProvider::isolatedSession)
                .given(facts(plan))
                .justifiesWith(
                        "one session on Monday, one on Tuesday",
                        new Violations.IsolatedSession(both(), List.of(first)),
                        new Violations.IsolatedSession(both(), List.of(second)))
                .penalizesBy("one isolated session a day for each of 2 students", 4);
    }

    @Test
    void isolatedSession_sessionsWithoutStartAreIgnored() {
        fixture.session("maths#1", maths, null, tutor, room);
        fixture.session("reading#1", reading, null, otherTutor, otherRoom);
        WeeklyPlan plan = fixture.prepare();

        VERIFIER.verifyThat(LinliConstraintProvider::isolatedSession)
                .given(facts(plan))
                .hasNoImpact("no session has a day yet");
    }

    // ************************************************************************
    // Student idle time
    // ************************************************************************

    @Test
    void studentIdleTime_longPauseWithinOneTrackPenalizesItsMinutesPerStudent() {
        fixture.session("maths#1", maths, monday("16:00"), tutor, room);
        fixture.session("reading#1", reading, monday("17:45"), otherTutor, otherRoom);
        WeeklyPlan plan = fixture.prepare();

        VERIFIER.verifyThat(LinliConstraintProvider::studentIdleTime)
                .given(facts(plan))
                .justifiesWith("45 minutes of waiting", new Violations.StudentIdleTime(both(), 0, 45))
                .penalizesBy("45 idle minutes for each of 2 students", 90);
    }

    @Test
    void studentIdleTime_planWithoutSettingsUsesTheDefaultGap() {
        fixture.settings = null;
        fixture.session("maths#1", maths, monday("16:00"), tutor, room);
        fixture.session("reading#1", reading, monday("17:45"), otherTutor, otherRoom);
        WeeklyPlan plan = fixture.prepare();

        VERIFIER.verifyThat(LinliConstraintProvider::studentIdleTime)
                .given(facts(plan))
                .penalizesBy("a 45-minute pause is idle under the default gap of 15", 90);
    }

    @Test
    void studentIdleTime_pauseExactlyTheGapIsFine() {
        fixture.session("maths#1", maths, monday("16:00"), tutor, room);
        fixture.session("reading#1", reading, monday("17:15"), otherTutor, otherRoom);
        WeeklyPlan plan = fixture.prepare();

        VERIFIER.verifyThat(LinliConstraintProvider::studentIdleTime)
                .given(facts(plan))
                .hasNoImpact("a 15-minute pause is the default adjacent gap");
    }

    @Test
    void studentIdleTime_pauseBetweenTracksIsByDesign() {
        Group art = fixture.group("art", enrichment, null, 1, 45, List.of(ana, ben));
        fixture.session("maths#1", maths, monday("16:00"), tutor, room);
        fixture.session("art#1", art, monday("18:00"), otherTutor, otherRoom);
        fixture.session("reading#1", reading, null, otherTutor, otherRoom);
        WeeklyPlan plan = fixture.prepare();

        VERIFIER.verifyThat(LinliConstraintProvider::studentIdleTime)
                .given(facts(plan))
                .hasNoImpact("knowledge then enrichment: the pause between tracks is not idle time");
    }

    @Test
    void studentIdleTime_sessionWithoutStartLeavesNoPause() {
        fixture.session("maths#1", maths, monday("16:00"), tutor, room);
        fixture.session("reading#1", reading, null, otherTutor, otherRoom);
        WeeklyPlan plan = fixture.prepare();

        VERIFIER.verifyThat(LinliConstraintProvider::studentIdleTime)
                .given(facts(plan))
                .hasNoImpact("reading#1 has no start");
    }

    @Test
    void studentIdleTime_sessionsOnDifferentDaysLeaveNoPause() {
        fixture.session("maths#1", maths, monday("16:00"), tutor, room);
        fixture.session("reading#1", reading, fixture.at(TUESDAY, "19:00"), otherTutor, otherRoom);
        WeeklyPlan plan = fixture.prepare();

        VERIFIER.verifyThat(LinliConstraintProvider::studentIdleTime)
                .given(facts(plan))
                .hasNoImpact("one session a day has no pause");
    }
}
