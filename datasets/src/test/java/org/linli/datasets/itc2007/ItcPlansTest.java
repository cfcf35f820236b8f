package org.linli.datasets.itc2007;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.linli.datasets.PlanJson;
import org.linli.format.Group;
import org.linli.format.RuleWeight;
import org.linli.format.Session;
import org.linli.format.TimeWindow;
import org.linli.format.Track;
import org.linli.format.TutorKind;
import org.linli.format.Weekday;
import org.linli.format.WeeklyPlan;
import org.linli.solver.rules.Rule;
import tools.jackson.databind.json.JsonMapper;

class ItcPlansTest {

    @Test
    void toPlan_comp01_hasOneEntryPerCourseRoomCurriculumLectureAndUnavailability() {
        ItcInstance comp01 = ItcReader.readBundled("comp01");

        WeeklyPlan plan = ItcPlans.toPlan(comp01);

        assertThat(plan.getGroups()).hasSize(30).hasSize(comp01.courses().size());
        assertThat(plan.getVenues()).hasSize(comp01.rooms().size());
        assertThat(plan.getStudents()).hasSize(14).hasSize(comp01.curricula().size());
        assertThat(plan.getSessions()).hasSize(comp01.totalLectures());
        assertThat(plan.getGroups().stream()
                        .mapToInt(group -> group.getBlockedTimes().size())
                        .sum())
                .isEqualTo(53)
                .isEqualTo(comp01.unavailabilities().size());
        assertThat(plan.getTutors()).hasSize((int) comp01.courses().stream()
                .map(ItcInstance.Course::teacher)
                .distinct()
                .count());
        assertThat(plan.getSessions())
                .allMatch(session -> session.getStart() == null
                        && session.getTutor() == null
                        && session.getVenue() == null
                        && !session.getPinned());
    }

    @Test
    void toPlan_toy_mapsWeekTrackAndSettings() {
        ItcInstance toy = ItcReader.readBundled("toy");

        WeeklyPlan plan = ItcPlans.toPlan(toy);

        assertThat(plan.getId()).isEqualTo("ToyExample");
        assertThat(plan.getWeek().getStartDate()).isEqualTo("2007-01-08");
        assertThat(plan.getWeek().getDays()).isEqualTo(5);
        assertThat(plan.getWeek().getTimeZone()).isEqualTo("UTC");
        assertThat(plan.getSettings().getAdjacentGapMinutes()).isZero();
        assertThat(plan.getTracks()).hasSize(1);
        Track track = plan.getTracks().getFirst();
        assertThat(track.getId()).isEqualTo("itc");
        assertThat(track.getCertifiedTutorsOnly()).isFalse();
        assertThat(track.getGranularityMinutes()).isEqualTo(60);
        assertThat(track.getWindows())
                .containsExactly(new TimeWindow(
                        List.of(Weekday.MONDAY, Weekday.TUESDAY, Weekday.WEDNESDAY, Weekday.THURSDAY, Weekday.FRIDAY),
                        "08:00",
                        "12:00"));
        assertThat(plan.getSites()).isEmpty();
        assertThat(plan.getCertifications()).isEmpty();
    }

    @Test
    void toPlan_toy_mapsRoomsTeachersAndCurricula() {
        ItcInstance toy = ItcReader.readBundled("toy");

        WeeklyPlan plan = ItcPlans.toPlan(toy);

        assertThat(plan.getVenues())
                .extracting(venue -> venue.getId() + ":" + venue.getCapacity() + ":" + venue.getSite())
                .containsExactly("A:32:null", "B:50:null");
        assertThat(plan.getTutors())
                .extracting(tutor -> tutor.getId())
                .containsExactly("Ocra", "Indaco", "Rosa", "Scarlatti");
        assertThat(plan.getTutors())
                .allMatch(tutor -> tutor.getKind() == TutorKind.CERTIFIED_TUTOR
                        && tutor.getQualifications().isEmpty()
                        && tutor.getAvailability().isEmpty()
                        && tutor.getMaxMinutesPerDay() == null
                        && tutor.getMaxMinutesPerWeek() == null);
        assertThat(plan.getStudents()).extracting(student -> student.getId()).containsExactly("Cur1", "Cur2");
    }

    @Test
    void toPlan_toyCourse_becomesGroupWithTeacherLecturesStudentsDaysAndBlockedPeriods() {
        ItcInstance toy = ItcReader.readBundled("toy");

        WeeklyPlan plan = ItcPlans.toPlan(toy);

        Group tecCos = plan.getGroups().stream()
                .filter(group -> group.getId().equals("TecCos"))
                .findFirst()
                .orElseThrow();
        assertThat(tecCos.getTrack()).isEqualTo("itc");
        assertThat(tecCos.getFixedTutor()).isEqualTo("Rosa");
        assertThat(tecCos.getSessionsPerWeek()).isEqualTo(5);
        assertThat(tecCos.getSessionMinutes()).isEqualTo(60);
        assertThat(tecCos.getSize()).isEqualTo(40);
        assertThat(tecCos.getMinDays()).isEqualTo(4);
        assertThat(tecCos.getCertification()).isNull();
        assertThat(tecCos.getStudents()).containsExactly("Cur1", "Cur2");
        assertThat(tecCos.getBlockedTimes())
                .containsExactly(
                        new TimeWindow(List.of(Weekday.WEDNESDAY), "08:00", "09:00"),
                        new TimeWindow(List.of(Weekday.WEDNESDAY), "09:00", "10:00"),
                        new TimeWindow(List.of(Weekday.THURSDAY), "10:00", "11:00"),
                        new TimeWindow(List.of(Weekday.THURSDAY), "11:00", "12:00"));
        assertThat(plan.getSessions().stream()
                        .filter(session -> session.getGroup().equals("TecCos"))
                        .map(Session::getId))
                .containsExactly("TecCos#1", "TecCos#2", "TecCos#3", "TecCos#4", "TecCos#5");
    }

    @Test
    void toPlan_ruleWeights_areTheItcProfile() {
        WeeklyPlan plan = ItcPlans.toPlan(ItcReader.readBundled("toy"));

        Map<String, String> weights = plan.getRuleWeights().stream()
                .collect(Collectors.toMap(
                        RuleWeight::getRule,
                        weight -> weight.getHard() + "/" + weight.getMedium() + "/" + weight.getSoft()));
        assertThat(weights)
                .containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
                        Map.entry("Venue capacity", "0/0/1"),
                        Map.entry("Minimum days", "0/0/5"),
                        Map.entry("Isolated session", "0/0/2"),
                        Map.entry("Venue stability", "0/0/1"),
                        Map.entry("Tutor stability", "0/0/0"),
                        Map.entry("Student idle time", "0/0/0"),
                        Map.entry("Tutor travel", "0/0/0"),
                        Map.entry("Partner quota", "0/0/0"),
                        Map.entry("Partner cost", "0/0/0"),
                        Map.entry("Tutor load balance", "0/0/0"),
                        Map.entry("Published plan change", "0/0/0")));
        assertThat(weights.keySet()).allMatch(title -> Rule.byTitle(title).isPresent());
    }

    @Test
    void toPlan_moreThanSevenDays_isRejected() {
        ItcInstance eightDays = new ItcInstance(
                "Eight", 8, 2, List.of(new ItcInstance.Course("c", "t", 1, 1, 5)), List.of(), List.of(), List.of());

        assertThatThrownBy(() -> ItcPlans.toPlan(eightDays))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("too many days (8)")
                .hasMessageContaining("at most 7");
    }

    @Test
    void toPlan_moreThanSixteenPeriodsPerDay_isRejected() {
        ItcInstance seventeenPeriods = new ItcInstance(
                "Long", 1, 17, List.of(new ItcInstance.Course("c", "t", 1, 1, 5)), List.of(), List.of(), List.of());

        assertThatThrownBy(() -> ItcPlans.toPlan(seventeenPeriods))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("too many periods per day (17)");
    }

    @Test
    void toPlan_sixteenPeriodsPerDay_endsAtMidnight() {
        ItcInstance sixteenPeriods = new ItcInstance(
                "Full", 1, 16, List.of(new ItcInstance.Course("c", "t", 1, 1, 5)), List.of(), List.of(), List.of());

        WeeklyPlan plan = ItcPlans.toPlan(sixteenPeriods);

        assertThat(plan.getTracks().getFirst().getWindows())
                .containsExactly(new TimeWindow(List.of(Weekday.MONDAY), "08:00", "24:00"));
    }

    @Test
    void toPlanWithSolution_toy_listsLecturesAsAssignedUnpinnedSessions() {
        ItcInstance toy = ItcReader.readBundled("toy");
        ItcSolution solution = ItcSolutionReader.read(toy, ItcTestData.solutionPath("toy-example.sol"));

        WeeklyPlan plan = ItcPlans.toPlan(toy, solution);

        assertThat(plan.getSessions()).hasSize(16).noneMatch(Session::getPinned);
        assertThat(plan.getSessions().stream()
                        .filter(session -> session.getGroup().equals("TecCos"))
                        .map(session -> session.getId() + " " + session.getStart() + " " + session.getTutor() + " "
                                + session.getVenue()))
                .containsExactly(
                        "TecCos#1 2007-01-08T08:00 Rosa B",
                        "TecCos#2 2007-01-08T09:00 Rosa A",
                        "TecCos#3 2007-01-10T10:00 Rosa B",
                        "TecCos#4 2007-01-12T10:00 Rosa B",
                        "TecCos#5 2007-01-12T11:00 Rosa B");
    }

    @Test
    void toPlanWithSolution_courseShortOfLectures_getsRemainingSessionsUnassigned() {
        ItcInstance toy = ItcReader.readBundled("toy");
        ItcSolution solution = new ItcSolution(List.of(new ItcSolution.Assignment("SceCosC", "A", 1, 3)));

        WeeklyPlan plan = ItcPlans.toPlan(toy, solution);

        assertThat(plan.getSessions()).hasSize(toy.totalLectures());
        assertThat(plan.getSessions().stream()
                        .filter(session -> session.getGroup().equals("SceCosC"))
                        .map(session -> session.getId() + " " + session.getStart() + " " + session.getVenue()))
                .containsExactly("SceCosC#1 2007-01-09T11:00 A", "SceCosC#2 null null", "SceCosC#3 null null");
    }

    @Test
    void toPlanWithSolution_surplusLecture_isKeptAsAnExtraSession() {
        ItcInstance toy = ItcReader.readBundled("toy");
        ItcSolution solution = new ItcSolution(List.of(
                new ItcSolution.Assignment("SceCosC", "A", 0, 0),
                new ItcSolution.Assignment("SceCosC", "A", 1, 0),
                new ItcSolution.Assignment("SceCosC", "A", 2, 0),
                new ItcSolution.Assignment("SceCosC", "B", 3, 0)));

        WeeklyPlan plan = ItcPlans.toPlan(toy, solution);

        assertThat(plan.getSessions().stream()
                        .filter(session -> session.getGroup().equals("SceCosC"))
                        .map(Session::getId))
                .containsExactly("SceCosC#1", "SceCosC#2", "SceCosC#3", "SceCosC#4");
        assertThat(ItcPlans.toSolution(toy, plan)).isEqualTo(solution);
    }

    @Test
    void toPlanWithSolution_unknownCourse_isRejected() {
        ItcInstance toy = ItcReader.readBundled("toy");
        ItcSolution solution = new ItcSolution(List.of(new ItcSolution.Assignment("Nope", "A", 0, 0)));

        assertThatThrownBy(() -> ItcPlans.toPlan(toy, solution))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("course (Nope)");
    }

    @Test
    void toPlanWithSolution_periodOutsideTheDay_isRejected() {
        ItcInstance toy = ItcReader.readBundled("toy");
        ItcSolution solution = new ItcSolution(List.of(new ItcSolution.Assignment("SceCosC", "A", 0, 4)));

        assertThatThrownBy(() -> ItcPlans.toPlan(toy, solution))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("day/period (0/4)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"comp01", "comp02", "comp03", "comp04", "comp05", "comp06", "comp07"})
    void toSolution_ofPlanOfShippedSolution_givesTheSameLectures(String name) {
        ItcInstance instance = ItcReader.readBundled(name);
        ItcSolution solution = ItcSolutionReader.read(instance, ItcTestData.solutionPath(name + ".sol"));

        ItcSolution roundTrip = ItcPlans.toSolution(instance, ItcPlans.toPlan(instance, solution));

        assertThat(roundTrip.assignments())
                .hasSize(solution.size())
                .containsExactlyElementsOf(sortedByCourse(instance, solution));
        assertThat(ItcScorer.score(instance, roundTrip)).isEqualTo(ItcScorer.score(instance, solution));
    }

    @Test
    void toSolution_sessionsWithoutStartOrVenue_areLeftOut() {
        ItcInstance toy = ItcReader.readBundled("toy");
        WeeklyPlan plan = ItcPlans.toPlan(toy);
        plan.getSessions().get(0).start("2007-01-08T08:00").venue("A");
        plan.getSessions().get(1).start("2007-01-09T09:00");
        plan.getSessions().get(2).venue("B");

        ItcSolution solution = ItcPlans.toSolution(toy, plan);

        assertThat(solution.assignments()).containsExactly(new ItcSolution.Assignment("SceCosC", "A", 0, 0));
    }

    @Test
    void toSolution_startOffThePeriodGrid_isRejected() {
        ItcInstance toy = ItcReader.readBundled("toy");
        WeeklyPlan plan = ItcPlans.toPlan(toy);
        plan.getSessions().get(0).start("2007-01-08T08:30").venue("A");

        assertThatThrownBy(() -> ItcPlans.toSolution(toy, plan))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Session (SceCosC#1) starts at (2007-01-08T08:30)")
                .hasMessageContaining("not a period of instance ToyExample");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2007-01-08T07:00", "2007-01-08T12:00", "2007-01-13T08:00", "2007-01-07T08:00"})
    void toSolution_startOutsideThePeriods_isRejected(String start) {
        ItcInstance toy = ItcReader.readBundled("toy");
        WeeklyPlan plan = ItcPlans.toPlan(toy);
        plan.getSessions().get(0).start(start).venue("A");

        assertThatThrownBy(() -> ItcPlans.toSolution(toy, plan))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("starts at (" + start + ")");
    }

    @Test
    void toSolution_unknownVenue_isRejected() {
        ItcInstance toy = ItcReader.readBundled("toy");
        WeeklyPlan plan = ItcPlans.toPlan(toy);
        plan.getSessions().get(0).start("2007-01-08T08:00").venue("Z");

        assertThatThrownBy(() -> ItcPlans.toSolution(toy, plan))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("venue (Z)");
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void json_writtenAndReadBack_givesAnEqualPlan(boolean withSolution) {
        ItcInstance comp01 = ItcReader.readBundled("comp01");
        WeeklyPlan plan = withSolution
                ? ItcPlans.toPlan(comp01, ItcSolutionReader.read(comp01, ItcTestData.solutionPath("comp01.sol")))
                : ItcPlans.toPlan(comp01);

        String json = PlanJson.write(plan);
        WeeklyPlan readBack = PlanJson.readString(json);

        assertThat(readBack).isEqualTo(plan);
        assertThat(PlanJson.write(readBack)).isEqualTo(json);
    }

    @Test
    void json_withJacksonDefaults_givesAnEqualPlan() {
        ItcInstance toy = ItcReader.readBundled("toy");
        WeeklyPlan plan =
                ItcPlans.toPlan(toy, ItcSolutionReader.read(toy, ItcTestData.solutionPath("toy-example.sol")));
        JsonMapper mapper = JsonMapper.builder().build();

        WeeklyPlan readBack = mapper.readValue(mapper.writeValueAsString(plan), WeeklyPlan.class);

        assertThat(readBack).isEqualTo(plan);
    }

    /** The lectures as toPlan lists them: courses in instance order, each course's lectures in solution order. */
    private static List<ItcSolution.Assignment> sortedByCourse(ItcInstance instance, ItcSolution solution) {
        List<String> courseOrder =
                instance.courses().stream().map(ItcInstance.Course::id).toList();
        return solution.assignments().stream()
                .sorted(Comparator.comparingInt(lecture -> courseOrder.indexOf(lecture.courseId())))
                .toList();
    }
}
