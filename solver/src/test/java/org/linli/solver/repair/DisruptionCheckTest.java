package org.linli.solver.repair;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.linli.solver.domain.Interval;
import org.linli.solver.domain.IntervalSet;
import org.linli.solver.domain.WeeklyPlan;

class DisruptionCheckTest {

    private final RepairFixtures.Community c = withLibrary();
    private final WeeklyPlan plan = c.fixture.prepare();
    private final int week = c.fixture.clock.weekMinutes();

    private static RepairFixtures.Community withLibrary() {
        RepairFixtures.Community c = RepairFixtures.caseC08();
        c.fixture.partnerVenue("library", c.site, 10, "city-library", null, 0.0);
        return c;
    }

    private List<String> problems(Disruption... disruptions) {
        return DisruptionCheck.problems(plan, List.of(disruptions));
    }

    private static Disruption.NewGroup newGroup(String id, String trackId, List<String> studentIds) {
        return new Disruption.NewGroup(
                id, id, trackId, "math", 1, 6, 1, 60, studentIds, null, Set.of(), 0, null, null, 1, Set.of());
    }

    @Test
    void check_validDisruptions_noProblems() {
        List<String> problems = problems(
                new Disruption.TutorAbsent("d-1", "T2", new Interval(0, 600)),
                new Disruption.VenueClosed("d-2", "room-1", new Interval(600, week), "equipment failure"),
                new Disruption.VenueWithdrawn("d-3", "library"),
                new Disruption.StudentLeaves("d-4", "G1-s", "G1"),
                new Disruption.StudentJoins("d-5", "G1-s", "G2"),
                new Disruption.GroupAdded("d-6", newGroup("G11", "knowledge", List.of("G3-s"))),
                new Disruption.StudentJoins("d-7", "G4-s", "G11"),
                new Disruption.GroupCancelled("d-8", "G10"));

        assertThat(problems).isEmpty();
    }

    @Test
    void check_unknownTutor_namesTheIdAndWhatToDo() {
        assertThat(problems(new Disruption.TutorAbsent("d-1", "T9", new Interval(0, 60))))
                .containsExactly("Disruption (d-1): no tutor of the plan is called (T9) in tutorId; use the id of one"
                        + " of the plan's 4 tutors.");
    }

    @Test
    void check_unknownVenue_namesTheId() {
        assertThat(problems(new Disruption.VenueClosed("d-1", "attic", new Interval(0, 60), null)))
                .singleElement()
                .asString()
                .startsWith("Disruption (d-1): no venue of the plan is called (attic) in venueId");
    }

    @Test
    void check_intervalOutsideTheWeek_namesTheIntervalAndTheWeek() {
        assertThat(problems(new Disruption.TutorAbsent("d-1", "T1", new Interval(week - 60, week + 60))))
                .containsExactly("Disruption (d-1): the interval (2026-07-10T23:00 to 2026-07-11T01:00) lies outside"
                        + " the plan's week (2026-07-06T00:00 to 2026-07-11T00:00); give an interval within the week.");
    }

    @Test
    void check_emptyInterval_saysToGiveAnEndAfterTheStart() {
        assertThat(problems(new Disruption.VenueClosed("d-1", "room-1", new Interval(60, 60), "closed")))
                .singleElement()
                .asString()
                .contains("is empty; give an end after its start");
    }

    @Test
    void check_ownRoomWithdrawn_saysToRecordAClosureInstead() {
        assertThat(problems(new Disruption.VenueWithdrawn("d-1", "room-1")))
                .singleElement()
                .asString()
                .contains("(room-1)")
                .contains("record a venue closure");
    }

    @Test
    void check_duplicateId_isAProblem() {
        assertThat(problems(
                        new Disruption.TutorAbsent("d-1", "T1", new Interval(0, 60)),
                        new Disruption.TutorAbsent("d-1", "T2", new Interval(0, 60))))
                .containsExactly("Disruption (d-1) is recorded twice; give each disruption an id of its own.");
    }

    @Test
    void check_unknownStudentJoinsWithoutDetails_saysToGiveNewStudent() {
        assertThat(problems(new Disruption.StudentJoins("d-1", "S99", "G1")))
                .singleElement()
                .asString()
                .contains("(S99)")
                .contains("give newStudent");
    }

    @Test
    void check_newChildJoinsWithDetails_isValid() {
        assertThat(problems(new Disruption.StudentJoins(
                        "d-1", "S99", "G1", new Disruption.NewStudent(2, IntervalSet.empty()))))
                .isEmpty();
    }

    @Test
    void check_studentAlreadyInGroupJoins_isAProblem() {
        assertThat(problems(new Disruption.StudentJoins("d-1", "G1-s", "G1")))
                .singleElement()
                .asString()
                .contains("already in group (G1)");
    }

    @Test
    void check_nonMemberLeaves_isAProblem() {
        assertThat(problems(new Disruption.StudentLeaves("d-1", "G2-s", "G1")))
                .singleElement()
                .asString()
                .contains("(G2-s)")
                .contains("not in group (G1)");
    }

    @Test
    void check_groupCancelledThenJoined_isAProblem() {
        assertThat(problems(
                        new Disruption.GroupCancelled("d-1", "G1"), new Disruption.StudentJoins("d-2", "G2-s", "G1")))
                .singleElement()
                .asString()
                .startsWith("Disruption (d-2): group (G1) in groupId is cancelled");
    }

    @Test
    void check_groupAddedWithUnknownFacts_namesEveryOne() {
        Disruption.NewGroup bad = new Disruption.NewGroup(
                "G1",
                "G1",
                "art-track",
                "math",
                4,
                2,
                0,
                0,
                List.of("S99"),
                0,
                Set.of(),
                0,
                "T9",
                null,
                1,
                Set.of("site-9"));

        assertThat(problems(new Disruption.GroupAdded("d-1", bad)))
                .hasSize(9)
                .allMatch(problem -> problem.startsWith("Disruption (d-1): "))
                .anyMatch(problem -> problem.contains("(G1) in group.id exists already"))
                .anyMatch(problem -> problem.contains("(art-track)"))
                .anyMatch(problem -> problem.contains("(S99)"))
                .anyMatch(problem -> problem.contains("(T9)"))
                .anyMatch(problem -> problem.contains("(site-9)"));
    }

    @Test
    void requireValid_problems_throwsListingThem() {
        List<Disruption> disruptions = List.of(
                new Disruption.TutorAbsent("d-1", "T9", new Interval(0, 60)),
                new Disruption.GroupCancelled("d-2", "G99"));

        assertThatThrownBy(() -> DisruptionCheck.requireValid(plan, disruptions))
                .isInstanceOf(InvalidDisruptionException.class)
                .hasMessageContaining("(T9)")
                .hasMessageContaining("(G99)");
    }
}
