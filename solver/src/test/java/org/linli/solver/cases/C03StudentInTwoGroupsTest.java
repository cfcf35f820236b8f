package org.linli.solver.cases;

import static java.time.DayOfWeek.MONDAY;
import static org.assertj.core.api.Assertions.assertThat;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.linli.solver.PlanFixture;
import org.linli.solver.domain.Cohort;
import org.linli.solver.domain.IntervalSet;
import org.linli.solver.domain.Session;
import org.linli.solver.domain.Site;
import org.linli.solver.domain.Student;
import org.linli.solver.domain.Track;
import org.linli.solver.domain.WeeklyPlan;
import org.linli.solver.rules.Rule;
import org.linli.solver.rules.RuleVerifier;
import org.linli.solver.rules.Violations;

/**
 * Case 3, from timetabling tools that checked clashes per group and not per student: student S is enrolled in a maths
 * group and a reading group, each with one 60-minute session, its own tutor and its own room, so only S ties them.
 * The knowledge track runs on Monday from 14:00 to 19:00 on the hour. With two free periods in S's school timetable
 * the sessions take one each; with one free period, one session stays unassigned, and a plan that puts both in it
 * double-books S and never scores as feasible.
 */
class C03StudentInTwoGroupsTest {

    private final PlanFixture fixture = new PlanFixture();
    private final Track track =
            fixture.track("knowledge", false, 60, IntervalSet.of(fixture.between(MONDAY, "14:00", "19:00")));
    private final Site site = fixture.site("site-1");

    private int monday(String time) {
        return fixture.at(MONDAY, time);
    }

    /** Two tutors, two rooms (each with the one feature its group needs) and the two groups; S is in both. */
    private WeeklyPlan plan(IntervalSet schoolBusy) {
        fixture.tutor("t-maths", "math");
        fixture.tutor("t-reading", "reading");
        fixture.venue("room-maths", site, 10, Set.of("maths-kit"), fixture.always());
        fixture.venue("room-reading", site, 10, Set.of("books"), fixture.always());
        Student s = fixture.student("st-s", 4, schoolBusy);
        Student onlyMaths = fixture.student("st-m", 4);
        Student onlyReading = fixture.student("st-r", 4);
        fixture.group(
                "maths",
                track,
                "math",
                1,
                60,
                List.of(s, onlyMaths),
                Set.of("maths-kit"),
                0,
                null,
                IntervalSet.empty(),
                Set.of());
        fixture.group(
                "reading",
                track,
                "reading",
                1,
                60,
                List.of(s, onlyReading),
                Set.of("books"),
                0,
                null,
                IntervalSet.empty(),
                Set.of());
        return fixture.prepare();
    }

    /** Busy on Monday from 08:00 to 19:00 except for the free periods, each an hour from the given time. */
    private IntervalSet busyExcept(String... freePeriodStarts) {
        IntervalSet busy = IntervalSet.of(fixture.between(MONDAY, "08:00", "19:00"));
        for (String start : freePeriodStarts) {
            String end = LocalTime.parse(start).plusHours(1).toString();
            busy = busy.minus(IntervalSet.of(fixture.between(MONDAY, start, end)));
        }
        return busy;
    }

    @Test
    @Timeout(60)
    void twoFreePeriods_sessionsTakeOneEachWithoutOverlap() {
        WeeklyPlan plan = plan(busyExcept("15:00", "17:00"));

        WeeklyPlan solved = CaseSolver.solve(plan, 200);

        Session maths = CaseSolver.session(solved, "maths#1");
        Session reading = CaseSolver.session(solved, "reading#1");
        assertThat(solved.getSessions()).allMatch(Session::isFullyAssigned);
        assertThat(maths.overlaps(reading)).as("maths and reading overlap").isFalse();
        assertThat(List.of(maths.getStart(), reading.getStart()))
                .containsExactlyInAnyOrder(monday("15:00"), monday("17:00"));
        assertThat(solved.getScore().hardScore()).isZero();
        assertThat(solved.getScore().mediumScore()).isZero();
    }

    @Test
    @Timeout(60)
    void oneFreePeriod_oneSessionStaysUnassigned() {
        WeeklyPlan plan = plan(busyExcept("15:00"));

        WeeklyPlan solved = CaseSolver.solve(plan, 200);

        Session maths = CaseSolver.session(solved, "maths#1");
        Session reading = CaseSolver.session(solved, "reading#1");
        assertThat(maths.overlaps(reading)).as("maths and reading overlap").isFalse();
        assertThat(solved.getSessions().stream().filter(Session::hasStart).map(Session::getStart))
                .containsExactly(monday("15:00"));
        assertThat(solved.getScore().hardScore()).isZero();
        assertThat(solved.getScore().mediumScore()).as("one missing start").isEqualTo(-1);
    }

    @Test
    @Timeout(60)
    void oneFreePeriod_bothSessionsInItDoubleBookTheStudentAndAreNeverFeasible() {
        WeeklyPlan plan = plan(busyExcept("15:00"));
        Session maths = CaseSolver.session(plan, "maths#1");
        Session reading = CaseSolver.session(plan, "reading#1");
        maths.setStart(monday("15:00"));
        maths.setTutor(plan.getTutors().get(0));
        maths.setVenue(plan.getVenues().get(0));
        reading.setStart(monday("15:00"));
        reading.setTutor(plan.getTutors().get(1));
        reading.setVenue(plan.getVenues().get(1));
        Cohort cohortOfS = plan.getCohorts().stream()
                .filter(cohort -> cohort.getStudents().stream()
                        .anyMatch(student -> student.getId().equals("st-s")))
                .findFirst()
                .orElseThrow();
        Violations.StudentConflict doubleBooking =
                new Violations.StudentConflict(cohortOfS, List.of(maths, reading), 60);

        HardMediumSoftScore score = CaseSolver.score(plan);

        assertThat(score.isFeasible()).isFalse();
        assertThat(score.hardScore())
                .as("st-s alone is in both groups, for 60 minutes")
                .isEqualTo(-60);
        assertThat(doubleBooking.studentIds()).containsExactly("st-s");
        RuleVerifier.verifyThat(Rule.STUDENT_CONFLICT)
                .given(RuleVerifier.facts(plan))
                .justifiesWithExactly("st-s double-booked in maths#1 and reading#1", doubleBooking)
                .penalizesBy("60 overlapping minutes for one student", 60);
    }
}
