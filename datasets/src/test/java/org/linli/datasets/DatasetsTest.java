package org.linli.datasets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.linli.format.Group;
import org.linli.format.Tutor;
import org.linli.format.TutorKind;
import org.linli.format.Venue;
import org.linli.format.WeeklyPlan;
import org.linli.solver.domain.Interval;
import org.linli.solver.domain.PlanPreparation;
import org.linli.solver.domain.Student;
import org.linli.solver.domain.Track;
import org.linli.solver.domain.WeekClock;
import org.linli.solver.rules.Rule;

class DatasetsTest {

    @Test
    void names_listTheFourBundledDatasets() {
        assertThat(Datasets.names())
                .containsExactly(
                        "neighbourhood-holiday", "neighbourhood-school", "district-holiday", "district-school");
    }

    @Test
    void load_unknownName_listsTheKnownNames() {
        assertThatThrownBy(() -> Datasets.load("town-holiday"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("(town-holiday)")
                .hasMessageContaining("neighbourhood-holiday, neighbourhood-school, district-holiday, district-school");
    }

    @Test
    void generate_unknownPresetOrWeek_listsTheKnownOnes() {
        assertThatThrownBy(() -> Datasets.generate("village", "holiday", 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("(village)")
                .hasMessageContaining("neighbourhood, district, city");
        assertThatThrownBy(() -> Datasets.generate("district", "weekend", 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("(weekend)")
                .hasMessageContaining("holiday, school");
    }

    @Test
    void generate_namesInAnyCase_giveTheBundledPlanForSeedOne() {
        WeeklyPlan plan = Datasets.generate("Neighbourhood", "HOLIDAY", Datasets.BUNDLED_SEED);

        assertThat(PlanJson.write(plan)).isEqualTo(PlanJson.write(Datasets.load("neighbourhood-holiday")));
    }

    /** The bundled files cannot drift from the generator: rewrite them with GenerateDatasets when this fails. */
    @ParameterizedTest
    @ValueSource(strings = {"neighbourhood-holiday", "neighbourhood-school", "district-holiday", "district-school"})
    @Timeout(120)
    void bundledFile_equalsWhatTheGeneratorWritesNow(String name) throws IOException {
        String bundled;
        try (InputStream in = Datasets.class.getResourceAsStream(Datasets.resource(name))) {
            bundled = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }

        String generated = PlanJson.write(Datasets.generateBundled(name).plan());

        assertThat(generated)
                .as("rewrite the bundled datasets with GenerateDatasets")
                .isEqualTo(bundled);
        assertThat(bundled.length()).isLessThan(3_000_000);
    }

    @ParameterizedTest
    @ValueSource(strings = {"neighbourhood-holiday", "neighbourhood-school", "district-holiday", "district-school"})
    @Timeout(120)
    void bundledFile_mapsToAModelWithoutProblems(String name) {
        WeeklyPlan plan = Datasets.load(name);

        org.linli.solver.domain.WeeklyPlan model = PlanMapper.toModel(plan);

        int sessions =
                plan.getGroups().stream().mapToInt(Group::getSessionsPerWeek).sum();
        assertThat(model.getSessions()).hasSize(sessions);
        assertThat(model.getStudents()).hasSize(plan.getStudents().size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"neighbourhood-holiday", "neighbourhood-school"})
    void neighbourhood_hasOneCommunityOfTheSpecifiedSize(String name) {
        WeeklyPlan plan = Datasets.load(name);

        assertThat(plan.getStudents()).hasSize(80);
        assertThat(plan.getStudents()).extracting(s -> s.getGrade()).containsOnly(1, 2, 3, 4, 5, 6);
        assertThat(tutorsOfKind(plan, TutorKind.CERTIFIED_TUTOR)).hasSize(5);
        assertThat(tutorsOfKind(plan, TutorKind.PARTNER_INSTRUCTOR)).hasSize(3);
        assertThat(plan.getSites()).hasSize(3);
        assertThat(plan.getVenues().stream().filter(v -> v.getPartner() == null))
                .hasSize(3);
        List<Venue> partners =
                plan.getVenues().stream().filter(v -> v.getPartner() != null).toList();
        assertThat(partners)
                .hasSize(2)
                .allSatisfy(v -> assertThat(v.getAvailability()).isNotEmpty());
        assertThat(partners)
                .anySatisfy(v -> assertThat(v.getWeeklyQuotaMinutes()).isNotNull())
                .anySatisfy(v -> assertThat(v.getCostPerHour()).isPositive());
        assertThat(enrichmentThemes(plan)).hasSize(6).contains("coding", "painting", "paper-cutting");
    }

    @ParameterizedTest
    @ValueSource(strings = {"district-holiday", "district-school"})
    void district_hasEighteenCommunitiesAndThirtyTwoPartnerVenues(String name) {
        WeeklyPlan plan = Datasets.load(name);

        assertThat(plan.getStudents().size()).isBetween(1_150, 1_450);
        assertThat(plan.getSites()).hasSize(18 + 32);
        assertThat(plan.getSites().stream().map(s -> s.getId()).filter(id -> !id.contains("-p")))
                .hasSize(18);
        assertThat(plan.getVenues().stream().filter(v -> v.getPartner() != null))
                .hasSize(32);
        assertThat(plan.getTutors().size()).isBetween(120, 260);
        assertThat(plan.getTravel().getTimes()).isNotEmpty();
        assertThat(plan.getTutors()).anySatisfy(t -> assertThat(t.getSites()).hasSizeGreaterThan(3));
    }

    /** The programme's shape: who is in how many groups, how large they are, how long and often they meet. */
    @ParameterizedTest
    @ValueSource(strings = {"neighbourhood-holiday", "neighbourhood-school", "district-holiday", "district-school"})
    void bundledFile_groupsHaveTheProgrammesShape(String name) {
        WeeklyPlan plan = Datasets.load(name);

        Map<String, Long> knowledgeGroups = groupsPerStudent(plan, "knowledge");
        Map<String, Long> enrichmentGroups = groupsPerStudent(plan, "enrichment");
        assertThat(plan.getStudents())
                .allSatisfy(student -> assertThat(knowledgeGroups.getOrDefault(student.getId(), 0L))
                        .as(student.getId())
                        .isBetween(1L, 2L))
                .allSatisfy(student -> assertThat(enrichmentGroups.getOrDefault(student.getId(), 0L))
                        .isBetween(0L, 2L));
        assertThat(plan.getGroups()).allSatisfy(group -> {
            assertThat(group.getSessionMinutes()).isBetween(45, 90);
            assertThat(group.getMinDays()).isLessThanOrEqualTo(group.getSessionsPerWeek());
        });
        assertThat(plan.getGroups().stream().filter(g -> g.getTrack().equals("knowledge")))
                .allSatisfy(group -> {
                    assertThat(group.getStudents()).hasSizeBetween(8, 15);
                    assertThat(group.getSessionsPerWeek()).isBetween(2, 3);
                    assertThat(group.getMaxGrade() - group.getMinGrade()).isEqualTo(1);
                });
        assertThat(plan.getGroups().stream().filter(g -> g.getTrack().equals("enrichment")))
                .anySatisfy(group -> assertThat(group.getMinGrade()).isNull());
    }

    /** In a school week the timetables bite: some students are at school when the knowledge track starts. */
    @ParameterizedTest
    @ValueSource(strings = {"neighbourhood-school", "district-school"})
    void schoolWeek_schoolTimeExcludesSomeKnowledgeStarts(String name) {
        org.linli.solver.domain.WeeklyPlan model = PlanMapper.toModel(Datasets.load(name));
        Track knowledge = model.getTracks().stream()
                .filter(t -> t.getId().equals("knowledge"))
                .findFirst()
                .orElseThrow();
        Interval monday = knowledge.getWindows().intervals().getFirst();

        List<Student> busyAtFirstStart = model.getStudents().stream()
                .filter(student -> student.getSchoolBusy().overlaps(monday.start(), monday.start() + 45))
                .toList();
        Set<Rule> hard = hardRules();
        long bitten = model.getGroups().stream()
                .filter(group -> group.getTrack() == knowledge)
                .filter(group -> PlanPreparation.candidateStarts(group, hard).size()
                        < PlanPreparation.candidateStarts(group, Set.of()).size())
                .count();

        assertThat(model.getClock().dayOfWeek(monday.start())).isEqualTo(DayOfWeek.MONDAY);
        assertThat(WeekClock.timeOfDay(monday.start())).isEqualTo("16:30");
        assertThat(busyAtFirstStart)
                .anySatisfy(student -> assertThat(student.getGrade()).isGreaterThanOrEqualTo(5));
        assertThat(bitten).isPositive();
    }

    private static Set<Rule> hardRules() {
        return PlanPreparation.effectiveWeights(Map.of()).entrySet().stream()
                .filter(entry -> entry.getValue().hardScore() > 0)
                .map(Map.Entry::getKey)
                .collect(Collectors.toSet());
    }

    private static List<Tutor> tutorsOfKind(WeeklyPlan plan, TutorKind kind) {
        return plan.getTutors().stream().filter(t -> t.getKind() == kind).toList();
    }

    private static Set<String> enrichmentThemes(WeeklyPlan plan) {
        return plan.getGroups().stream()
                .filter(g -> g.getTrack().equals("enrichment"))
                .map(Group::getCertification)
                .collect(Collectors.toSet());
    }

    private static Map<String, Long> groupsPerStudent(WeeklyPlan plan, String track) {
        return plan.getGroups().stream()
                .filter(g -> g.getTrack().equals(track))
                .flatMap(g -> g.getStudents().stream())
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }
}
