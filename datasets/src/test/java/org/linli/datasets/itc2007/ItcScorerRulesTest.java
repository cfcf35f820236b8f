package org.linli.datasets.itc2007;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The validator's counting rules on small hand-made timetables, one rule at a time. */
class ItcScorerRulesTest {

    /**
     * Three courses of curriculum q1, two of them (also forming q2) by the same teacher, plus a course sharing nothing;
     * 2 days of 3 periods; two rooms. Only course a asks for more than zero working days, so unscheduled courses do not
     * add MinWorkingDays cost to the other rules' tests.
     */
    private static final ItcInstance TINY = new ItcInstance(
            "Tiny",
            2,
            3,
            List.of(
                    new ItcInstance.Course("a", "t1", 2, 2, 10),
                    new ItcInstance.Course("b", "t1", 1, 0, 10),
                    new ItcInstance.Course("c", "t2", 1, 0, 30),
                    new ItcInstance.Course("d", "t3", 1, 0, 10)),
            List.of(new ItcInstance.Room("small", 20), new ItcInstance.Room("big", 100)),
            List.of(
                    new ItcInstance.Curriculum("q1", List.of("a", "b", "c")),
                    new ItcInstance.Curriculum("q2", List.of("a", "b"))),
            List.of(new ItcInstance.Unavailability("d", 1, 2)));

    @Test
    void missingAndSurplusLectures_bothCountAsLectureViolations() {
        ItcCost cost = score(
                lecture("a", "big", 0, 0), // a: 1 of 2
                lecture("b", "big", 0, 2),
                lecture("b", "big", 1, 0), // b: 2 of 1
                lecture("c", "big", 1, 2)); // c: ok, d: 0 of 1

        assertThat(cost.lectures()).isEqualTo(1 + 1 + 1);
    }

    @Test
    void courseTwiceInOnePeriod_isIgnoredAsTheValidatorDoesAndSeenAsMissing() {
        ItcCost cost = score(
                lecture("a", "small", 0, 0),
                lecture("a", "big", 0, 0), // repeated entry: skipped, so its room is never used
                lecture("b", "small", 1, 0),
                lecture("c", "big", 1, 1),
                lecture("d", "small", 1, 1));

        assertThat(cost.ignoredRepeatedEntries()).isEqualTo(1);
        assertThat(cost.lectures()).isEqualTo(1);
        assertThat(cost.roomOccupation()).isZero();
        assertThat(cost.roomStability()).isZero();
        assertThat(cost.toReport()).contains("There are 1 warnings!\nSummary: Violations = ");
    }

    @Test
    void conflicts_countOncePerConflictingPairAndPeriod() {
        // a, b and c share q1 (a and b also q2 and a teacher): three pairs in one period make three conflicts.
        ItcCost cost = score(
                lecture("a", "small", 0, 0),
                lecture("b", "big", 0, 0),
                lecture("c", "big", 0, 0),
                lecture("a", "small", 1, 0),
                lecture("d", "small", 0, 0)); // d conflicts with nobody

        assertThat(cost.conflicts()).isEqualTo(3);
        assertThat(cost.roomOccupation()).isEqualTo(1 + 1);
    }

    @Test
    void sameTeacherAlone_makesCoursesConflict() {
        ItcInstance instance = new ItcInstance(
                "Teachers",
                1,
                2,
                List.of(new ItcInstance.Course("x", "t", 1, 1, 1), new ItcInstance.Course("y", "t", 1, 1, 1)),
                List.of(new ItcInstance.Room("r1", 5), new ItcInstance.Room("r2", 5)),
                List.of(),
                List.of());

        ItcCost cost =
                ItcScorer.score(instance, new ItcSolution(List.of(lecture("x", "r1", 0, 0), lecture("y", "r2", 0, 0))));

        assertThat(cost.conflicts()).isEqualTo(1);
    }

    @Test
    void lectureInUnavailablePeriod_countsOnce() {
        ItcCost cost = score(lecture("d", "small", 1, 2));

        assertThat(cost.availability()).isEqualTo(1);
    }

    @Test
    void roomOccupation_countsEachLectureBeyondTheFirst() {
        // three lectures in 'small' at day 1 period 1
        ItcCost cost = score(lecture("c", "small", 1, 1), lecture("d", "small", 1, 1), lecture("b", "small", 1, 1));

        assertThat(cost.roomOccupation()).isEqualTo(2);
    }

    @Test
    void roomCapacity_sumsStudentsBeyondCapacityPerLecture() {
        ItcCost cost = score(lecture("c", "small", 0, 0), lecture("a", "small", 0, 1), lecture("a", "small", 1, 1));

        assertThat(cost.roomCapacity()).isEqualTo(10);
        assertThat(cost.roomCapacityCost()).isEqualTo(10);
    }

    @Test
    void minWorkingDays_countsMissingDaysWeightedFive() {
        ItcCost cost = score(lecture("a", "big", 0, 0), lecture("a", "big", 0, 1));

        assertThat(cost.minWorkingDays()).isEqualTo(1);
        assertThat(cost.minWorkingDaysCost()).isEqualTo(5);
    }

    @Test
    void curriculumCompactness_countsIsolatedLecturesPerCurriculumWithinTheDay() {
        ItcCost cost = score(
                // day 0: a at 0 and b at 1 are adjacent for q1 and q2; c at 2 is adjacent to b for q1.
                lecture("a", "big", 0, 0),
                lecture("b", "big", 0, 1),
                lecture("c", "big", 0, 2),
                // day 1: a alone in its first period; the last period of day 0 does not count as adjacent.
                lecture("a", "big", 1, 0));

        // a's day-1 lecture is isolated in q1 and in q2.
        assertThat(cost.curriculumCompactness()).isEqualTo(2);
        assertThat(cost.curriculumCompactnessCost()).isEqualTo(4);
    }

    @Test
    void curriculumCompactness_countsEveryLectureOfAnIsolatedPeriod() {
        // a and c clash at day 1 period 1 with nothing of q1 around them: two isolated lectures for q1, one for q2.
        ItcCost cost = score(lecture("a", "small", 1, 1), lecture("c", "big", 1, 1));

        assertThat(cost.curriculumCompactness()).isEqualTo(3);
    }

    @Test
    void roomStability_countsDistinctRoomsBeyondTheFirst() {
        ItcCost cost = score(lecture("a", "small", 0, 0), lecture("a", "big", 1, 0));

        assertThat(cost.roomStability()).isEqualTo(1);
        assertThat(cost.roomStabilityCost()).isEqualTo(1);
    }

    @Test
    void feasibleReport_omitsViolationsFromTheSummaryLikeTheValidator() {
        ItcCost cost = new ItcCost(0, 0, 0, 0, 1, 1, 1, 1, 0);

        assertThat(cost.isFeasible()).isTrue();
        assertThat(cost.softCost()).isEqualTo(1 + 5 + 2 + 1);
        assertThat(cost.toReport()).endsWith("\n\nSummary: Total Cost = 9\n");
    }

    @Test
    void lectureOfUnknownCourse_isRefusedNotSkipped() {
        assertThatThrownBy(() -> score(lecture("zz", "big", 0, 0)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown course 'zz'");
    }

    @Test
    void lectureOutsideTheWeek_isRefusedNotSkipped() {
        assertThatThrownBy(() -> score(lecture("a", "big", 2, 0)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("outside 2 days x 3 periods");
    }

    private static ItcCost score(ItcSolution.Assignment... lectures) {
        return ItcScorer.score(TINY, new ItcSolution(List.of(lectures)));
    }

    private static ItcSolution.Assignment lecture(String course, String room, int day, int period) {
        return new ItcSolution.Assignment(course, room, day, period);
    }
}
