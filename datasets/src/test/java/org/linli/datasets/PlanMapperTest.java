package org.linli.datasets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import ai.timefold.solver.core.api.solver.SolverFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.linli.format.Session;
import org.linli.format.WeeklyPlan;
import org.linli.solver.domain.Group;
import org.linli.solver.domain.Interval;
import org.linli.solver.domain.IntervalSet;
import org.linli.solver.domain.PlanDraft;
import org.linli.solver.domain.Site;
import org.linli.solver.domain.Tutor;
import org.linli.solver.domain.TutorKind;
import org.linli.solver.domain.Venue;
import org.linli.solver.domain.WeekClock;
import org.linli.solver.solve.SolveOptions;
import org.linli.solver.solve.SolverConfigs;

class PlanMapperTest {

    private static final int DAY = WeekClock.MINUTES_PER_DAY;

    @Test
    void roundTrip_readModelFormatWriteRead_keepsEveryFactAndListedSession() {
        WeeklyPlan original = TestPlans.small();
        org.linli.solver.domain.WeeklyPlan model = PlanMapper.toModel(original);

        WeeklyPlan reread = PlanJson.readString(PlanJson.write(PlanMapper.toFormat(original, model)));

        assertThat(factsOf(reread)).isEqualTo(factsOf(original));
        assertThat(reread.getSessions())
                .extracting(
                        Session::getId,
                        Session::getStart,
                        Session::getEnd,
                        Session::getTutor,
                        Session::getVenue,
                        Session::getPinned)
                .containsExactly(
                        tuple("maths-a", "2026-07-06T09:00", "2026-07-06T10:30", "t-li", "room-1", true),
                        tuple("maths-b", "2026-07-08T10:00", "2026-07-08T11:30", null, null, false),
                        tuple("coding#1", null, null, null, null, false),
                        tuple("reading#1", null, null, null, null, false),
                        tuple("reading#2", null, null, null, null, false),
                        tuple("reading#3", null, null, null, null, false));
        assertThat(sessionValues(PlanMapper.toModel(reread))).isEqualTo(sessionValues(model));
    }

    @Test
    void toFormat_solvedPlan_copiesTheOriginalAndSetsSessionsAndScore() {
        WeeklyPlan original = TestPlans.small();
        String before = PlanJson.write(original);
        org.linli.solver.domain.WeeklyPlan model = PlanMapper.toModel(original);
        model.setScore(HardMediumSoftScore.of(0, -2, -30));

        WeeklyPlan out = PlanMapper.toFormat(original, model);

        assertThat(out.getScore()).isEqualTo("0hard/-2medium/-30soft");
        assertThat(out).isNotSameAs(original);
        assertThat(out.getGroups().getFirst()).isNotSameAs(original.getGroups().getFirst());
        assertThat(PlanJson.write(original)).isEqualTo(before);
    }

    @Test
    @Timeout(120)
    void toFormat_afterSolving_writesEverySessionWithItsValues() {
        WeeklyPlan original = TestPlans.small();
        org.linli.solver.domain.WeeklyPlan solved = SolverFactory.<org.linli.solver.domain.WeeklyPlan>create(
                        SolverConfigs.of(
                                SolveOptions.ofTimeLimit(Duration.ofSeconds(60)).withStepLimit(300)))
                .buildSolver()
                .solve(PlanMapper.toModel(original));

        WeeklyPlan out = PlanMapper.toFormat(original, solved);

        assertThat(out.getScore())
                .isEqualTo(solved.getScore().toString())
                .matches("-?\\d+hard/-?\\d+medium/-?\\d+soft");
        assertThat(out.getSessions()).hasSize(6);
        Session pinned = out.getSessions().getFirst();
        assertThat(pinned.getStart()).isEqualTo("2026-07-06T09:00");
        assertThat(pinned.getVenue()).isEqualTo("room-1");
        assertThat(out.getSessions())
                .filteredOn(s -> s.getStart() != null)
                .allSatisfy(s -> assertThat(s.getEnd()).isNotNull());
    }

    @Test
    void toModel_smallPlan_appliesTheSchemaDefaultsAndTimes() {
        WeeklyPlan plan = TestPlans.small();
        plan.setSettings(null);
        plan.getTracks().get(1).setGranularityMinutes(null);

        org.linli.solver.domain.WeeklyPlan model = PlanMapper.toModel(plan);

        assertThat(model.getSettings().adjacentGapMinutes()).isEqualTo(15);
        assertThat(model.getTracks().get(1).getGranularityMinutes()).isEqualTo(30);
        assertThat(model.getTracks().getFirst().getWindows().intervals())
                .containsExactly(
                        new Interval(540, 720),
                        new Interval(DAY + 540, DAY + 720),
                        new Interval(2 * DAY + 540, 2 * DAY + 720),
                        new Interval(3 * DAY + 540, 3 * DAY + 720),
                        new Interval(4 * DAY + 540, 4 * DAY + 720));
        assertThat(model.getTracks().get(1).getWindows().intervals())
                .contains(new Interval(4 * DAY + 19 * 60, 5 * DAY));
        Map<String, Group> groups = byId(model.getGroups(), Group::getId);
        assertThat(groups.get("maths-34"))
                .extracting(Group::getMinGrade, Group::getMaxGrade, Group::getSize, Group::getPriority)
                .containsExactly(3, 4, 2, 3);
        assertThat(groups.get("coding"))
                .extracting(Group::getSessionsPerWeek, Group::getMinDays, Group::getSize, Group::getPriority)
                .containsExactly(1, 0, 5, 1);
        assertThat(groups.get("reading"))
                .extracting(Group::getMinGrade, Group::getMaxGrade, Group::getSize)
                .containsExactly(0, 99, 0);
        Map<String, Tutor> tutors = byId(model.getTutors(), Tutor::getId);
        assertThat(tutors.get("t-wang").getKind()).isEqualTo(TutorKind.CERTIFIED_TUTOR);
        assertThat(tutors.get("t-wang").getAvailability()).isEqualTo(IntervalSet.all(5 * DAY));
        assertThat(tutors.get("p-zhao").getKind()).isEqualTo(TutorKind.PARTNER_INSTRUCTOR);
        assertThat(tutors.get("t-li").getQualifications().get(1).maxGrade()).isEqualTo(99);
        assertThat(tutors.get("t-li").getSites()).extracting(Site::getId).containsExactlyInAnyOrder("north", "south");
        assertThat(model.getSessions()).extracting(s -> s.getId()).contains("coding#1", "reading#3");
    }

    @Test
    void toModel_venueAvailability_isItsWindowsMinusClosures() {
        org.linli.solver.domain.WeeklyPlan model = PlanMapper.toModel(TestPlans.small());

        Map<String, Venue> venues = byId(model.getVenues(), Venue::getId);

        assertThat(venues.get("bookshop").getAvailability().intervals())
                .containsExactly(
                        new Interval(13 * 60, DAY),
                        new Interval(2 * DAY + 13 * 60, 2 * DAY + 15 * 60),
                        new Interval(2 * DAY + 16 * 60, 3 * DAY),
                        new Interval(4 * DAY + 13 * 60, 5 * DAY));
        assertThat(venues.get("bookshop"))
                .extracting(Venue::getPartner, Venue::getWeeklyQuotaMinutes, Venue::getCostPerHour)
                .containsExactly("Corner Bookshop", 300, 40.0);
        assertThat(venues.get("room-1").getAvailability()).isEqualTo(IntervalSet.all(5 * DAY));
    }

    @Test
    void toModel_travel_usesListedPairsCoordinatesAndTheDefault() {
        org.linli.solver.domain.WeeklyPlan model = PlanMapper.toModel(TestPlans.small());

        Map<String, Site> sites = byId(model.getSites(), Site::getId);

        assertThat(sites.get("east").travelMinutesTo(sites.get("north"))).isEqualTo(20);
        assertThat(sites.get("south").travelMinutesTo(sites.get("east"))).isEqualTo(25);
        // 0.03 degrees of latitude are 3.3 km: 16.01 minutes at 12.5 km/h, rounded up.
        assertThat(sites.get("north").travelMinutesTo(sites.get("south"))).isEqualTo(17);
    }

    @Test
    void toDraft_ruleWeights_becomeOverridesByName() {
        PlanDraft draft = PlanMapper.toDraft(TestPlans.small());

        assertThat(draft.ruleWeights())
                .containsExactly(
                        Map.entry("Partner cost", HardMediumSoftScore.ofSoft(2)),
                        Map.entry("School time", HardMediumSoftScore.ofSoft(100)));
    }

    @Test
    void toModel_unknownRule_reportedAtItsRuleWeight() {
        WeeklyPlan plan = TestPlans.small();
        plan.getRuleWeights().get(1).setRule("Schooltime");

        assertThatThrownBy(() -> PlanMapper.toModel(plan))
                .isInstanceOfSatisfying(
                        PlanValidationException.class,
                        e -> assertThat(e.problems())
                                .extracting(PlanProblem::path)
                                .containsExactly("$.ruleWeights[1].rule"));
    }

    /** Case C11: a repeated session id and an unknown tutor are both reported, with their JSON paths. */
    @Test
    void toDraft_caseC11_reportsTheRepeatedIdAndTheUnknownTutor() {
        WeeklyPlan plan = TestPlans.small();
        plan.getSessions().add(new Session().id("s-7").group("coding"));
        plan.getSessions().add(new Session().id("s-7").group("coding"));
        plan.getSessions().add(new Session().id("s-9").group("reading").tutor("t-99"));

        assertThatThrownBy(() -> PlanMapper.toDraft(plan)).isInstanceOfSatisfying(PlanValidationException.class, e -> {
            assertThat(e.problems())
                    .extracting(PlanProblem::path)
                    .containsExactly("$.sessions[3].id", "$.sessions[4].tutor");
            assertThat(e.problems().get(0).message()).contains("(s-7)", "$.sessions[2]", "$.sessions[3]");
            assertThat(e.problems().get(1).message()).contains("(t-99)", "session (s-9)");
            assertThat(e.getMessage()).contains("2 problems", "$.sessions[3].id", "$.sessions[4].tutor");
        });
    }

    /** Case C11, continued: two sessions of one group with distinct ids are two sessions, both in the output. */
    @Test
    void toFormat_caseC11_keepsTwoSessionsOfOneGroupWithDistinctIds() {
        WeeklyPlan plan = TestPlans.small();
        plan.setSessions(new ArrayList<>(List.of(
                new Session().id("s-7").group("coding"), new Session().id("s-8").group("coding"))));

        WeeklyPlan out = PlanMapper.toFormat(plan, PlanMapper.toModel(plan));

        assertThat(out.getSessions())
                .extracting(Session::getId, Session::getGroup)
                .containsExactly(
                        tuple("s-7", "coding"),
                        tuple("s-8", "coding"),
                        tuple("maths-34#1", "maths-34"),
                        tuple("maths-34#2", "maths-34"),
                        tuple("reading#1", "reading"),
                        tuple("reading#2", "reading"),
                        tuple("reading#3", "reading"));
    }

    /** Case C07: a pinned session without its values is reported, naming the session and what it lacks. */
    @Test
    void toDraft_caseC07_pinnedSessionWithoutValues_namesTheSessionAndTheMissingFields() {
        WeeklyPlan plan = TestPlans.small();
        plan.getSessions()
                .add(new Session().id("s-pin").group("reading").pinned(true).tutor("t-li"));

        assertThatThrownBy(() -> PlanMapper.toDraft(plan)).isInstanceOfSatisfying(PlanValidationException.class, e -> {
            assertThat(e.problems()).hasSize(1);
            PlanProblem problem = e.problems().getFirst();
            assertThat(problem.path()).isEqualTo("$.sessions[2]");
            assertThat(problem.message()).contains("(s-pin)", "start, venue").doesNotContain("tutor,");
        });
    }

    @Test
    void toDraft_manyProblems_reportsEveryOneInDocumentOrder() {
        WeeklyPlan plan = TestPlans.small();
        plan.getWeek().setTimeZone("Nowhere/Town");
        plan.getVenues().get(1).setCapacity(-3);
        plan.getGroups().getFirst().getStudents().add("ghost");
        plan.getSessions().get(1).setVenue("hall");

        assertThatThrownBy(() -> PlanMapper.toDraft(plan))
                .isInstanceOfSatisfying(
                        PlanValidationException.class,
                        e -> assertThat(e.problems())
                                .extracting(PlanProblem::path)
                                .containsExactly(
                                        "$.week.timeZone",
                                        "$.venues[1].capacity",
                                        "$.groups[0].students[2]",
                                        "$.sessions[1].venue"));
    }

    @Test
    void toDraft_nullPlan_isAProblemNotACrash() {
        assertThatThrownBy(() -> PlanMapper.toDraft(null))
                .isInstanceOfSatisfying(
                        PlanValidationException.class,
                        e -> assertThat(e.problems().getFirst().path()).isEqualTo("$"));
    }

    /** Everything but the sessions and the score, as the format writes it. */
    private static String factsOf(WeeklyPlan plan) {
        WeeklyPlan copy = PlanJson.readString(PlanJson.write(plan));
        copy.setSessions(new ArrayList<>());
        copy.setScore(null);
        return PlanJson.write(copy);
    }

    private static List<String> sessionValues(org.linli.solver.domain.WeeklyPlan model) {
        return model.getSessions().stream()
                .map(s -> s.getId() + " " + s.getGroup().getId() + " " + s.getStart() + " " + s.getTutor() + " "
                        + s.getVenue() + " " + s.isPinned())
                .toList();
    }

    private static <T> Map<String, T> byId(List<T> items, Function<T, String> id) {
        return items.stream().collect(Collectors.toMap(id, Function.identity()));
    }
}
