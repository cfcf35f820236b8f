package org.linli.datasets.itc2007;

import static org.assertj.core.api.Assertions.assertThat;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverFactory;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.linli.datasets.PlanMapper;
import org.linli.format.RuleWeight;
import org.linli.solver.domain.WeeklyPlan;
import org.linli.solver.solve.SolverConfigs;

/**
 * The engine's own score of ITC2007 timetables, mapped by {@link ItcPlans} and {@link PlanMapper} and scored by the
 * ordinary rules, against the official cost of {@link ItcScorer}.
 *
 * <p>The soft score is minus the official cost on every timetable in which each course has at least one lecture and no
 * course is taught twice in one period. The engine differs, by design of its rules, in exactly two cases, each pinned
 * by a test here:
 *
 * <ul>
 *   <li>A course with no lecture at all: the validator charges its whole {@code minWorkingDays} (x 5); the engine's
 *       "Minimum days" only weighs groups with at least one timed session, since a group with none is already
 *       penalised by the medium rule "Unassigned session".
 *   <li>A course taught twice in one period: the validator ignores the second lecture (a warning) and counts it as
 *       missing; the engine sees both sessions (and a hard tutor conflict), so the second adds its room's capacity
 *       shortfall, its room to the course's rooms and its weight to an isolated period.
 * </ul>
 *
 * <p>A lecture in a period its course is unavailable is scored, as a hard "Group blocked time" violation: a
 * session's own values always stay in its value range, so imported values are reported, never refused.
 */
class ItcEngineScoreTest {

    private static final int RANDOM_SOLUTIONS = 300;

    private static final SolutionManager<WeeklyPlan, HardMediumSoftScore> SCORING =
            SolutionManager.create(SolverFactory.create(SolverConfigs.scoring()));

    @ParameterizedTest
    @CsvSource({"comp01, 5", "comp02, 36", "comp03, 66", "comp04, 37", "comp05, 305", "comp06, 40", "comp07, 14"})
    void engineScore_shippedSolution_isFeasibleWithMinusTheOfficialCost(String name, int officialCost) {
        ItcInstance instance = ItcReader.readBundled(name);
        ItcSolution solution = ItcSolutionReader.read(instance, ItcTestData.solutionPath(name + ".sol"));

        HardMediumSoftScore score = engineScore(instance, solution);

        assertThat(ItcScorer.score(instance, solution).softCost()).isEqualTo(officialCost);
        assertThat(score).isEqualTo(HardMediumSoftScore.of(0, 0, -officialCost));
    }

    @Test
    void engineScore_toySolution_hasMinusTheOfficialSoftCostAndAnHourOfOverlapPerHardViolation() {
        ItcInstance toy = ItcReader.readBundled("toy");
        ItcSolution solution = ItcSolutionReader.read(toy, ItcTestData.solutionPath("toy-example.sol"));
        ItcCost official = ItcScorer.score(toy, solution);

        HardMediumSoftScore score = engineScore(toy, solution);

        assertThat(score.softScore()).isEqualTo(-official.softCost()).isEqualTo(-30);
        assertThat(score.mediumScore()).isZero();
        // 3 curriculum conflicts ("Student conflict", one single-student cohort each) and 2 room clashes ("Venue
        // conflict"), each a 60-minute overlap: the engine counts minutes where the validator counts violations.
        assertThat(official.hardViolations()).isEqualTo(5);
        assertThat(score.hardScore()).isEqualTo(-5 * 60);
    }

    @Test
    void engineHardScore_toySolution_isThreeStudentConflictsAndTwoVenueConflictsOfAnHourEach() {
        ItcInstance toy = ItcReader.readBundled("toy");
        ItcSolution solution = ItcSolutionReader.read(toy, ItcTestData.solutionPath("toy-example.sol"));
        org.linli.format.WeeklyPlan withoutStudentConflict = ItcPlans.toPlan(toy, solution);
        withoutStudentConflict.addRuleWeightsItem(new RuleWeight("Student conflict"));
        org.linli.format.WeeklyPlan withoutVenueConflict = ItcPlans.toPlan(toy, solution);
        withoutVenueConflict.addRuleWeightsItem(new RuleWeight("Venue conflict"));

        HardMediumSoftScore venueConflictsOnly = SCORING.update(PlanMapper.toModel(withoutStudentConflict));
        HardMediumSoftScore studentConflictsOnly = SCORING.update(PlanMapper.toModel(withoutVenueConflict));

        assertThat(ItcScorer.score(toy, solution).roomOccupation()).isEqualTo(2);
        assertThat(venueConflictsOnly.hardScore()).isEqualTo(-2 * 60);
        assertThat(ItcScorer.score(toy, solution).conflicts()).isEqualTo(3);
        assertThat(studentConflictsOnly.hardScore()).isEqualTo(-3 * 60);
    }

    @ParameterizedTest
    @ValueSource(strings = {"comp01", "toy"})
    @Timeout(300)
    void softScore_randomSolutionsWithEveryCourseTaughtAndNoRepeats_isMinusTheOfficialSoftCost(String name) {
        ItcInstance instance = ItcReader.readBundled(name);
        int compared = 0;

        for (long seed = 0; seed < RANDOM_SOLUTIONS; seed++) {
            ItcSolution solution = ItcRandomSolutions.withDistinctPeriods(instance, seed, 0.1);
            if (!ItcRandomSolutions.coursesWithoutLectures(instance, solution).isEmpty()) {
                continue;
            }
            ItcCost official = ItcScorer.score(instance, solution);
            assertThat(official.ignoredRepeatedEntries()).isZero();
            assertThat(engineScore(instance, solution).softScore())
                    .as("seed %d: %s", seed, official.toReport())
                    .isEqualTo(-official.softCost());
            compared++;
        }

        assertThat(compared).isGreaterThan(RANDOM_SOLUTIONS * 2 / 3);
    }

    @ParameterizedTest
    @ValueSource(strings = {"comp01", "toy"})
    @Timeout(300)
    void softScore_randomSolutionsWithCoursesWithoutLectures_missTheirMinimumWorkingDaysCost(String name) {
        ItcInstance instance = ItcReader.readBundled(name);
        int compared = 0;

        for (long seed = 0; seed < RANDOM_SOLUTIONS; seed++) {
            ItcSolution solution = ItcRandomSolutions.withDistinctPeriods(instance, seed, 0.5);
            List<ItcInstance.Course> untaught = ItcRandomSolutions.coursesWithoutLectures(instance, solution);
            if (untaught.isEmpty()) {
                continue;
            }
            int missedCost = ItcCost.MIN_WORKING_DAYS_WEIGHT
                    * untaught.stream()
                            .mapToInt(ItcInstance.Course::minWorkingDays)
                            .sum();
            assertThat(engineScore(instance, solution).softScore())
                    .as("seed %d", seed)
                    .isEqualTo(-(ItcScorer.score(instance, solution).softCost() - missedCost));
            compared++;
        }

        assertThat(compared).isGreaterThan(RANDOM_SOLUTIONS / 10);
    }

    @ParameterizedTest
    @ValueSource(strings = {"comp01", "toy"})
    @Timeout(300)
    void softScore_randomSolutionsWithRepeats_countEveryLectureTheValidatorSkips(String name) {
        ItcInstance instance = ItcReader.readBundled(name);
        int withRepeats = 0;

        for (long seed = 0; seed < RANDOM_SOLUTIONS; seed++) {
            ItcSolution solution = ItcRandomSolutions.withAnyPeriods(instance, seed, 0.1);
            if (ItcScorer.score(instance, solution).ignoredRepeatedEntries() > 0) {
                withRepeats++;
            }
            assertThat(engineScore(instance, solution).softScore())
                    .as("seed %d", seed)
                    .isEqualTo(-softCostSkippingNothing(instance, solution));
        }

        assertThat(withRepeats).isGreaterThan(RANDOM_SOLUTIONS / 10);
    }

    @Test
    void softScore_courseWithoutLectures_missesItsMinimumWorkingDaysCost() {
        ItcInstance toy = ItcReader.readBundled("toy");
        ItcSolution solution = new ItcSolution(
                ItcSolutionReader.read(toy, ItcTestData.solutionPath("toy-example.sol")).assignments().stream()
                        .filter(lecture -> !lecture.courseId().equals("SceCosC"))
                        .toList());

        HardMediumSoftScore score = engineScore(toy, solution);

        // SceCosC asks for 3 working days and has none: the validator charges 3 x 5 of its 37, the engine nothing.
        assertThat(ItcScorer.score(toy, solution).softCost()).isEqualTo(37);
        assertThat(score.softScore()).isEqualTo(-(37 - 15));
        assertThat(score.mediumScore()).isEqualTo(-3 * 3);
    }

    @Test
    void softScore_courseTwiceInOnePeriod_countsTheSecondLecture() {
        ItcInstance toy = ItcReader.readBundled("toy");
        List<ItcSolution.Assignment> lectures =
                new ArrayList<>(ItcSolutionReader.read(toy, ItcTestData.solutionPath("toy-example.sol"))
                        .assignments());
        // TecCos is already taught in room B on day 2, period 2, alone in curriculum Cur1 that day.
        lectures.add(new ItcSolution.Assignment("TecCos", "A", 2, 2));
        ItcSolution solution = new ItcSolution(lectures);

        HardMediumSoftScore score = engineScore(toy, solution);

        // The validator skips the repeat: 30 as before. The engine adds 40 - 32 = 8 seats short in room A, and the
        // second lecture isolated in Cur1 (2); TecCos used room A already, so its rooms do not change.
        ItcCost official = ItcScorer.score(toy, solution);
        assertThat(official.ignoredRepeatedEntries()).isEqualTo(1);
        assertThat(official.softCost()).isEqualTo(30);
        assertThat(score.softScore()).isEqualTo(-(30 + 8 + 2));
    }

    @Test
    void engineScore_lectureInAnUnavailablePeriod_isScoredAsABlockedTime() {
        ItcInstance toy = ItcReader.readBundled("toy");
        // TecCos is unavailable on day 2, period 0: an imported value that breaks a rule is reported, never refused.
        ItcSolution solution = new ItcSolution(List.of(new ItcSolution.Assignment("TecCos", "B", 2, 0)));
        WeeklyPlan plan = PlanMapper.toModel(ItcPlans.toPlan(toy, solution));

        HardMediumSoftScore score = SCORING.update(plan);

        assertThat(ItcScorer.score(toy, solution).availability()).isEqualTo(1);
        assertThat(score.hardScore()).as("one blocked hour").isEqualTo(-60);
    }

    /**
     * The official soft cost read the way the engine's rules read a timetable: every lecture counts, a repeated one
     * too (the validator skips it), and a course with no lecture adds no MinWorkingDays cost (the validator adds its
     * whole minimum). Without repeats and courses without lectures this is exactly {@link ItcCost#softCost()}.
     */
    private static long softCostSkippingNothing(ItcInstance instance, ItcSolution solution) {
        Map<String, Integer> capacities = new HashMap<>();
        instance.rooms().forEach(room -> capacities.put(room.id(), room.capacity()));
        long cost = 0;
        for (ItcInstance.Course course : instance.courses()) {
            List<ItcSolution.Assignment> lectures = solution.assignments().stream()
                    .filter(lecture -> lecture.courseId().equals(course.id()))
                    .toList();
            for (ItcSolution.Assignment lecture : lectures) {
                cost += (long) ItcCost.ROOM_CAPACITY_WEIGHT
                        * Math.max(0, course.students() - capacities.get(lecture.roomId()));
            }
            long rooms = lectures.stream()
                    .map(ItcSolution.Assignment::roomId)
                    .distinct()
                    .count();
            long days = lectures.stream()
                    .map(ItcSolution.Assignment::day)
                    .distinct()
                    .count();
            cost += ItcCost.ROOM_STABILITY_WEIGHT * Math.max(0, rooms - 1);
            if (!lectures.isEmpty()) {
                cost += ItcCost.MIN_WORKING_DAYS_WEIGHT * Math.max(0, course.minWorkingDays() - days);
            }
        }
        int periodsPerDay = instance.periodsPerDay();
        for (ItcInstance.Curriculum curriculum : instance.curricula()) {
            int[] lecturesAt = new int[instance.periods()];
            for (ItcSolution.Assignment lecture : solution.assignments()) {
                if (curriculum.courseIds().contains(lecture.courseId())) {
                    lecturesAt[lecture.day() * periodsPerDay + lecture.period()]++;
                }
            }
            for (int p = 0; p < lecturesAt.length; p++) {
                boolean before = p % periodsPerDay > 0 && lecturesAt[p - 1] > 0;
                boolean after = p % periodsPerDay < periodsPerDay - 1 && lecturesAt[p + 1] > 0;
                if (!before && !after) {
                    cost += (long) ItcCost.CURRICULUM_COMPACTNESS_WEIGHT * lecturesAt[p];
                }
            }
        }
        return cost;
    }

    private static HardMediumSoftScore engineScore(ItcInstance instance, ItcSolution solution) {
        return SCORING.update(PlanMapper.toModel(ItcPlans.toPlan(instance, solution)));
    }
}
