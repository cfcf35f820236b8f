package org.linli.datasets.generator;

import static org.assertj.core.api.Assertions.assertThat;

import ai.timefold.solver.core.api.solver.SolverFactory;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.linli.datasets.PlanJson;
import org.linli.datasets.PlanMapper;
import org.linli.format.Session;
import org.linli.format.WeeklyPlan;
import org.linli.solver.domain.Group;
import org.linli.solver.solve.SolveOptions;
import org.linli.solver.solve.SolverConfigs;
import org.linli.solver.solve.SolverStrategy;

class PlanGeneratorTest {

    @ParameterizedTest
    @CsvSource({"NEIGHBOURHOOD, SCHOOL", "DISTRICT, HOLIDAY"})
    @Timeout(120)
    void generate_sameSeed_givesTheSameBytes(Preset preset, WeekKind week) {
        String first = PlanJson.write(PlanGenerator.generate(preset, week, 42));

        String second = PlanJson.write(PlanGenerator.generate(preset, week, 42));

        assertThat(second).isEqualTo(first);
    }

    @Test
    void generate_otherSeed_givesAnotherPlan() {
        String first = PlanJson.write(PlanGenerator.generate(Preset.NEIGHBOURHOOD, WeekKind.HOLIDAY, 1));

        String second = PlanJson.write(PlanGenerator.generate(Preset.NEIGHBOURHOOD, WeekKind.HOLIDAY, 2));

        assertThat(second).isNotEqualTo(first);
    }

    /**
     * The generator's own timetable keeps every hard rule and assigns every session: scored by the solver's rules
     * with every session pinned, it is feasible, so the plan is feasible by construction.
     */
    @ParameterizedTest
    @CsvSource({"NEIGHBOURHOOD, HOLIDAY", "NEIGHBOURHOOD, SCHOOL", "DISTRICT, SCHOOL"})
    @Timeout(300)
    void generateWithReference_referenceTimetableKeepsEveryHardRule(Preset preset, WeekKind week) {
        GeneratedPlan generated = PlanGenerator.generateWithReference(preset, week, 1);
        WeeklyPlan pinned = PlanJson.readString(PlanJson.write(generated.plan()));
        for (Session session : generated.reference()) {
            pinned.addSessionsItem(new Session(session.getId(), session.getGroup())
                    .start(session.getStart())
                    .tutor(session.getTutor())
                    .venue(session.getVenue())
                    .pinned(true));
        }

        org.linli.solver.domain.WeeklyPlan scored = solve(
                PlanMapper.toModel(pinned),
                SolveOptions.ofTimeLimit(Duration.ofSeconds(120)).withStrategy(SolverStrategy.CONSTRUCTION_ONLY));

        assertThat(scored.getScore().hardScore()).isZero();
        assertThat(scored.getScore().mediumScore()).isZero();
        int expected = generated.plan().getGroups().stream()
                .mapToInt(org.linli.format.Group::getSessionsPerWeek)
                .sum();
        assertThat(generated.reference()).hasSize(expected);
    }

    /** The neighbourhood's holiday week is comfortably feasible: a short, step-limited solve assigns it all. */
    @Test
    @Timeout(300)
    void neighbourhoodHoliday_shortSolve_assignsEveryKnowledgeSession() {
        WeeklyPlan plan = PlanGenerator.generate(Preset.NEIGHBOURHOOD, WeekKind.HOLIDAY, 1);

        org.linli.solver.domain.WeeklyPlan solved = solve(
                PlanMapper.toModel(plan),
                SolveOptions.ofTimeLimit(Duration.ofSeconds(240)).withStepLimit(500));

        assertThat(solved.getScore().hardScore()).isZero();
        assertThat(solved.getSessions())
                .filteredOn(session -> isKnowledge(session.getGroup()))
                .isNotEmpty()
                .allSatisfy(session -> assertThat(session.isFullyAssigned())
                        .as(session.getId())
                        .isTrue());
    }

    private static boolean isKnowledge(Group group) {
        return group.getTrack().getId().equals("knowledge");
    }

    private static org.linli.solver.domain.WeeklyPlan solve(
            org.linli.solver.domain.WeeklyPlan plan, SolveOptions options) {
        return SolverFactory.<org.linli.solver.domain.WeeklyPlan>create(SolverConfigs.of(options))
                .buildSolver()
                .solve(plan);
    }
}
