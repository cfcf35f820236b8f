package org.linli.solver.repair;

import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.linli.solver.PlanFixture;
import org.linli.solver.domain.Group;
import org.linli.solver.domain.Interval;
import org.linli.solver.domain.IntervalSet;
import org.linli.solver.domain.Session;
import org.linli.solver.domain.Student;
import org.linli.solver.domain.Tutor;
import org.linli.solver.domain.Venue;
import org.linli.solver.domain.WeeklyPlan;

class PlanRepairerTest {

    @Test
    @Timeout(120)
    void caseC08_tutorIll_onlyTheirTwoSessionsChange() {
        RepairFixtures.Community c = RepairFixtures.caseC08();
        WeeklyPlan published = c.fixture.prepare();
        int now = c.fixture.at(MONDAY, "02:00");
        Disruption ill = new Disruption.TutorAbsent("d-1", "T2", new Interval(0, c.fixture.clock.weekMinutes()));

        RepairResult result = PlanRepairer.repair("c08", published, List.of(ill), now, RepairFixtures.OPTIONS);

        assertThat(result.repaired().getScore().isFeasible()).isTrue();
        assertThat(result.repaired().getScore().mediumScore()).isZero();
        assertThat(result.manifest().sessionIds()).containsExactlyInAnyOrder("G2#1", "G6#1");
        Map<String, SessionValues> before = values(published);
        Map<String, SessionValues> after = values(result.repaired());
        before.keySet().stream()
                .filter(id -> !id.equals("G2#1") && !id.equals("G6#1"))
                .forEach(id -> assertThat(after.get(id)).as(id).isEqualTo(before.get(id)));
        for (SessionChange change : result.manifest().changes()) {
            assertThat(change.changedFields()).as(change.sessionId()).containsExactly("tutor");
            assertThat(change.before().tutorId()).isEqualTo("T2");
            assertThat(change.after().tutorId()).isNotNull().isNotEqualTo("T2");
            assertThat(change.disruptionIds()).containsExactly("d-1");
        }
    }

    @Test
    @Timeout(120)
    void venueWithdrawn_onlyItsSessionsMove() {
        RepairFixtures.Community c = new RepairFixtures.Community();
        PlanFixture f = c.fixture;
        Venue library = f.partnerVenue("library", c.site, 10, "city-library", null, 0.0);
        c.meeting("G1", f.at(MONDAY, "16:00"), c.t1, c.room1);
        c.meeting("G2", f.at(MONDAY, "16:00"), c.t2, library);
        c.meeting("G3", f.at(TUESDAY, "17:00"), c.t3, library);
        c.meeting("G4", f.at(TUESDAY, "17:00"), c.t4, c.room1);
        c.meeting("G5", f.at(WEDNESDAY, "16:00"), c.t1, c.room2);
        WeeklyPlan published = f.prepare();
        Disruption withdrawn = new Disruption.VenueWithdrawn("d-1", "library");

        RepairResult result = PlanRepairer.repair(
                "withdrawn", published, List.of(withdrawn), f.at(MONDAY, "02:00"), RepairFixtures.OPTIONS);

        assertThat(result.repaired().getScore().isFeasible()).isTrue();
        assertThat(result.repaired().getScore().mediumScore()).isZero();
        assertThat(result.manifest().sessionIds()).containsExactlyInAnyOrder("G2#1", "G3#1");
        for (SessionChange change : result.manifest().changes()) {
            assertThat(change.changedFields()).as(change.sessionId()).containsExactly("venue");
            assertThat(change.after().venueId()).isIn("room-2", "room-3");
            assertThat(change.reason()).isEqualTo("Venue library is withdrawn by its partner (d-1)");
        }
        Map<String, SessionValues> before = values(published);
        Map<String, SessionValues> after = values(result.repaired());
        for (String id : List.of("G1#1", "G4#1", "G5#1")) {
            assertThat(after.get(id)).as(id).isEqualTo(before.get(id));
        }
    }

    @Test
    @Timeout(120)
    void pastSessions_neverMove() {
        RepairFixtures.Community c = new RepairFixtures.Community();
        PlanFixture f = c.fixture;
        c.meeting("G1", f.at(MONDAY, "16:00"), c.t2, c.room1);
        c.meeting("G2", f.at(TUESDAY, "17:00"), c.t2, c.room1);
        c.meeting("G3", f.at(THURSDAY, "17:00"), c.t2, c.room1);
        c.meeting("G4", f.at(THURSDAY, "17:00"), c.t1, c.room2);
        WeeklyPlan published = f.prepare();
        Disruption ill = new Disruption.TutorAbsent("d-1", "T2", new Interval(0, f.clock.weekMinutes()));
        int wednesdayNoon = f.at(WEDNESDAY, "12:00");

        RepairProblem problem = PlanRepairer.prepare(published, List.of(ill), wednesdayNoon);
        RepairResult result =
                PlanRepairer.repair("past", published, List.of(ill), wednesdayNoon, RepairFixtures.OPTIONS);

        assertThat(problem.affectedSessions()).containsOnlyKeys("G3#1");
        assertThat(problem.plan().getSessions())
                .filteredOn(session ->
                        session.getId().equals("G1#1") || session.getId().equals("G2#1"))
                .allMatch(Session::isPinned);
        assertThat(result.repaired().getScore().isFeasible()).isTrue();
        assertThat(result.manifest().sessionIds()).containsExactly("G3#1");
        Map<String, SessionValues> after = values(result.repaired());
        assertThat(after.get("G1#1").tutorId()).isEqualTo("T2");
        assertThat(after.get("G2#1").tutorId()).isEqualTo("T2");
        assertThat(after.get("G3#1").tutorId()).isNotEqualTo("T2");
    }

    @Test
    void prepare_affectedSessionsEmptiedAndOthersKeepTheirPublishedValuesAsBaseline() {
        RepairFixtures.Community c = RepairFixtures.caseC08();
        WeeklyPlan published = c.fixture.prepare();
        Disruption ill = new Disruption.TutorAbsent("d-1", "T2", c.fixture.between(TUESDAY, "00:00", "24:00"));

        RepairProblem problem = PlanRepairer.prepare(published, List.of(ill), c.fixture.at(MONDAY, "02:00"));

        assertThat(problem.affectedSessions()).containsExactly(Map.entry("G6#1", List.of("d-1")));
        Map<String, Session> sessions =
                problem.plan().getSessions().stream().collect(Collectors.toMap(Session::getId, session -> session));
        assertThat(sessions.get("G6#1").getStart()).isNull();
        assertThat(sessions.get("G6#1").getTutor()).isNull();
        assertThat(sessions.get("G6#1").getVenue()).isNull();
        assertThat(sessions.get("G6#1").getBaseline().tutor().getId()).isEqualTo("T2");
        assertThat(sessions.get("G2#1").getTutor().getId()).isEqualTo("T2");
        assertThat(sessions.get("G2#1").getBaseline()).isNotNull();
        assertThat(problem.plan().getRepairClock().nowMinute()).isEqualTo(c.fixture.at(MONDAY, "02:00"));
        Tutor absentTutor = problem.plan().getTutors().stream()
                .filter(tutor -> tutor.getId().equals("T2"))
                .findFirst()
                .orElseThrow();
        assertThat(absentTutor
                        .getAvailability()
                        .overlaps(c.fixture.at(TUESDAY, "17:00"), c.fixture.at(TUESDAY, "18:00")))
                .isFalse();
        assertThat(published.getTutors().get(1).getAvailability().covers(0, c.fixture.clock.weekMinutes()))
                .as("the published plan is left as it was")
                .isTrue();
    }

    @Test
    void prepare_studentJoinsAndVenueTooSmall_onlyThatGroupsSessionIsAffected() {
        RepairFixtures.Community c = new RepairFixtures.Community();
        PlanFixture f = c.fixture;
        Venue booth = f.venue("booth", c.site, 1);
        c.meeting("G1", f.at(MONDAY, "16:00"), c.t1, booth);
        c.meeting("G2", f.at(MONDAY, "16:00"), c.t2, c.room1);
        WeeklyPlan published = f.prepare();
        Disruption joins = new Disruption.StudentJoins(
                "d-1", "new-child", "G1", new Disruption.NewStudent(3, IntervalSet.empty()));

        RepairProblem problem = PlanRepairer.prepare(published, List.of(joins), 0);

        assertThat(problem.affectedSessions()).containsOnlyKeys("G1#1");
        assertThat(problem.plan().getGroups().getFirst().getStudents())
                .extracting(Student::getId)
                .containsExactly("G1-s", "new-child");
        assertThat(problem.plan().getGroups().getFirst().getSize()).isEqualTo(2);
    }

    @Test
    void prepare_studentJoinsAndClashesWithTheirOtherGroup_sessionIsAffected() {
        RepairFixtures.Community c = new RepairFixtures.Community();
        PlanFixture f = c.fixture;
        c.meeting("G1", f.at(MONDAY, "16:00"), c.t1, c.room1);
        c.meeting("G2", f.at(MONDAY, "16:00"), c.t2, c.room2);
        c.meeting("G3", f.at(TUESDAY, "16:00"), c.t3, c.room2);
        WeeklyPlan published = f.prepare();
        Disruption joins = new Disruption.StudentJoins("d-1", "G1-s", "G2");

        RepairProblem problem = PlanRepairer.prepare(published, List.of(joins), 0);

        assertThat(problem.affectedSessions()).containsOnlyKeys("G2#1");
    }

    @Test
    void prepare_groupCancelled_itsFutureSessionsAreCancelledWithTheReason() {
        RepairFixtures.Community c = RepairFixtures.caseC08();
        WeeklyPlan published = c.fixture.prepare();
        Disruption cancelled = new Disruption.GroupCancelled("d-1", "G6");

        RepairProblem problem = PlanRepairer.prepare(published, List.of(cancelled), 0);
        ChangeManifest manifest = problem.manifest(problem.plan());

        assertThat(problem.plan().getSessions()).extracting(Session::getId).doesNotContain("G6#1");
        assertThat(problem.plan().getGroups()).extracting(Group::getId).doesNotContain("G6");
        assertThat(manifest.changes()).singleElement().satisfies(change -> {
            assertThat(change.sessionId()).isEqualTo("G6#1");
            assertThat(change.kind()).isEqualTo(ChangeKind.CANCELLED);
            assertThat(change.after()).isEqualTo(SessionValues.NONE);
            assertThat(change.before().tutorId()).isEqualTo("T2");
            assertThat(change.studentIds()).containsExactly("G6-s");
            assertThat(change.reason()).isEqualTo("Group G6 is cancelled (d-1)");
        });
    }

    @Test
    void prepare_invalidDisruption_throwsWithEveryProblem() {
        RepairFixtures.Community c = RepairFixtures.caseC08();
        WeeklyPlan published = c.fixture.prepare();
        List<Disruption> disruptions = List.of(
                new Disruption.TutorAbsent("d-1", "T9", new Interval(0, 60)),
                new Disruption.VenueClosed("d-2", "room-1", new Interval(0, 99_999), "equipment failure"));

        assertThatThrownBy(() -> PlanRepairer.prepare(published, disruptions, 0))
                .isInstanceOf(InvalidDisruptionException.class)
                .satisfies(error -> assertThat(((InvalidDisruptionException) error).problems())
                        .hasSize(2)
                        .anySatisfy(problem -> assertThat(problem).contains("(T9)"))
                        .anySatisfy(
                                problem -> assertThat(problem).contains("(d-2)").contains("outside")));
    }

    static Map<String, SessionValues> values(WeeklyPlan plan) {
        return plan.getSessions().stream().collect(Collectors.toMap(Session::getId, SessionValues::of));
    }
}
