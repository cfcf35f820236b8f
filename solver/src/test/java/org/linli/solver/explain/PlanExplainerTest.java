package org.linli.solver.explain;

import static java.time.DayOfWeek.MONDAY;
import static org.assertj.core.api.Assertions.assertThat;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import ai.timefold.solver.core.api.solver.SolverFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.linli.solver.PlanFixture;
import org.linli.solver.domain.Group;
import org.linli.solver.domain.Session;
import org.linli.solver.domain.Site;
import org.linli.solver.domain.Track;
import org.linli.solver.domain.Tutor;
import org.linli.solver.domain.WeeklyPlan;
import org.linli.solver.solve.SolveOptions;
import org.linli.solver.solve.SolverConfigs;

class PlanExplainerTest {

    private static final PlanExplainer EXPLAINER = new PlanExplainer();

    /** One tutor teaches a#1 16:00-17:30, b#1 17:00-18:00 and c#1 16:00-17:00 on Monday, in three rooms. */
    private static PlanFixture tutorOverlaps() {
        PlanFixture f = new PlanFixture();
        Track track = f.track("knowledge", true, 30, f.daily("16:00", "19:00"));
        Site site = f.site("north");
        Tutor tutor = f.tutor("t-math", "math");
        Group a = f.group("a", track, "math", 1, 90, List.of(f.student("s1", 3)));
        Group b = f.group("b", track, "math", 1, 60, List.of(f.student("s2", 3)));
        Group c = f.group("c", track, "math", 1, 60, List.of(f.student("s3", 3)));
        f.session("a#1", a, f.at(MONDAY, "16:00"), tutor, f.venue("room-a", site, 10));
        f.session("b#1", b, f.at(MONDAY, "17:00"), tutor, f.venue("room-b", site, 10));
        f.session("c#1", c, f.at(MONDAY, "16:00"), tutor, f.venue("room-c", site, 10));
        return f;
    }

    @Test
    void violations_hardFirstThenBiggestImpactFirst() {
        WeeklyPlan plan = tutorOverlaps().prepare();

        PlanExplanation explanation = EXPLAINER.explain(plan);

        assertThat(explanation.feasible()).isFalse();
        assertThat(explanation.violations()).hasSizeGreaterThan(2);
        ViolationDetail first = explanation.violations().get(0);
        ViolationDetail second = explanation.violations().get(1);
        assertThat(first)
                .isEqualTo(new ViolationDetail(
                        "Tutor conflict",
                        "hard",
                        HardMediumSoftScore.ofHard(-60),
                        "Tutor t-math teaches a#1 (Mon 16:00-17:30) and c#1 (Mon 16:00-17:00) at once, for 60 minutes",
                        List.of("a#1", "c#1"),
                        List.of("t-math"),
                        List.of(),
                        List.of()));
        assertThat(second.rule()).isEqualTo("Tutor conflict");
        assertThat(second.impact()).isEqualTo(HardMediumSoftScore.ofHard(-30));
        assertThat(explanation.violations().subList(2, explanation.violations().size()))
                .allSatisfy(violation -> assertThat(violation.level()).isEqualTo("soft"));
        ExplanationConsistency.assertConsistent(plan);
    }

    @Test
    void levels_followTheWeightAPlanGivesARule() {
        PlanFixture f = tutorOverlaps();
        f.ruleWeights.put("Tutor conflict", HardMediumSoftScore.ofSoft(2));
        WeeklyPlan plan = f.prepare();

        PlanExplanation explanation = EXPLAINER.explain(plan);

        RuleTotal conflicts = explanation.ruleTotals().stream()
                .filter(total -> total.rule().equals("Tutor conflict"))
                .findFirst()
                .orElseThrow();
        assertThat(conflicts).isEqualTo(new RuleTotal("Tutor conflict", "soft", 2, HardMediumSoftScore.ofSoft(-180)));
        assertThat(explanation.feasible()).isTrue();
        assertThat(explanation.violations())
                .filteredOn(violation -> violation.rule().equals("Tutor conflict"))
                .extracting(ViolationDetail::level)
                .containsOnly("soft");
        assertThat(explanation.ruleTotals().indexOf(conflicts))
                .as("a soft rule comes after the medium rule")
                .isGreaterThan(explanation.ruleTotals().stream()
                        .map(RuleTotal::rule)
                        .toList()
                        .indexOf("Unassigned session"));
    }

    @Test
    void ruleTotals_listEveryRuleOnceEvenWithoutMatches() {
        PlanFixture f = new PlanFixture();
        f.track("knowledge", true, 30, f.daily("16:00", "18:00"));
        WeeklyPlan plan = f.prepare();

        PlanExplanation explanation = EXPLAINER.explain(plan);

        assertThat(explanation.ruleTotals())
                .extracting(RuleTotal::rule)
                .containsExactlyElementsOf(ExplanationConsistency.RULE_NAMES);
        assertThat(explanation.ruleTotals())
                .allSatisfy(total -> assertThat(total.matchCount()).isZero());
    }

    @Test
    void explain_leavesThePlanAsItWas() {
        WeeklyPlan plan = RichPlan.build(Map.of());
        plan.setScore(HardMediumSoftScore.of(-1, -2, -3));
        Session pinnedOutsideRange = plan.getSessions().stream()
                .filter(session -> session.getId().equals("maths-b#1"))
                .findFirst()
                .orElseThrow();
        List<Tutor> tutorRange = pinnedOutsideRange.getTutorRange();
        List<String> values = plan.getSessions().stream()
                .map(session -> session.getStart() + "/" + session.getTutor() + "/" + session.getVenue())
                .toList();

        EXPLAINER.explain(plan);

        assertThat(plan.getScore()).isEqualTo(HardMediumSoftScore.of(-1, -2, -3));
        assertThat(plan.getSessions().stream()
                        .map(session -> session.getStart() + "/" + session.getTutor() + "/" + session.getVenue())
                        .toList())
                .isEqualTo(values);
        assertThat(pinnedOutsideRange.getTutorRange()).isSameAs(tutorRange);
    }

    @Test
    void explain_reportsAPinnedValueOutsideItsValueRange() {
        WeeklyPlan plan = RichPlan.build(Map.of());

        PlanExplanation explanation = EXPLAINER.explain(plan);

        assertThat(explanation.violations())
                .filteredOn(violation -> violation.rule().equals("Fixed tutor"))
                .singleElement()
                .satisfies(violation -> {
                    assertThat(violation.message())
                            .isEqualTo("maths-b#1 is taught by t-multi, but group maths-b must be taught by t-math");
                    assertThat(violation.sessionIds()).containsExactly("maths-b#1");
                    assertThat(violation.tutorIds()).containsExactly("t-multi");
                    assertThat(violation.level()).isEqualTo("hard");
                });
    }

    @Test
    @Timeout(60)
    void explain_givesTheSameAnswerOnManyThreadsAtOnce() throws Exception {
        WeeklyPlan plan = RichPlan.build(Map.of());
        PlanExplanation expected = EXPLAINER.explain(plan);
        List<Callable<PlanExplanation>> calls = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            calls.add(() -> EXPLAINER.explain(plan));
        }

        List<PlanExplanation> explanations = new ArrayList<>();
        try (ExecutorService executor = Executors.newFixedThreadPool(4)) {
            for (Future<PlanExplanation> future : executor.invokeAll(calls)) {
                explanations.add(future.get());
            }
        }

        assertThat(explanations)
                .hasSize(8)
                .allSatisfy(explanation -> assertThat(explanation).isEqualTo(expected));
    }

    @Test
    void explainer_builtFromASolveConfigurationAgreesWithTheDefault() {
        WeeklyPlan plan = RichPlan.build(Map.of());
        PlanExplainer fromSolveOptions = new PlanExplainer(
                SolverFactory.create(SolverConfigs.of(SolveOptions.ofTimeLimit(Duration.ofSeconds(5)))));

        PlanExplanation explanation = fromSolveOptions.explain(plan);

        assertThat(explanation).isEqualTo(EXPLAINER.explain(plan));
    }
}
