package org.linli.solver.rules;

import static org.assertj.core.api.Assertions.assertThat;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import ai.timefold.solver.core.impl.domain.solution.descriptor.SolutionDescriptor;
import ai.timefold.solver.core.impl.score.stream.bavet.BavetConstraintFactory;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.linli.solver.domain.Session;
import org.linli.solver.domain.WeeklyPlan;

/**
 * The provider defines one constraint per {@link Rule}, under the rule's name and with its default weight.
 *
 * <p>Timefold's public API builds constraints only inside a solver or verifier, so this test uses its internal Bavet
 * constraint factory; a Timefold upgrade may need {@link #newFactory()} adjusted.
 */
class ConstraintCatalogueTest {

    private static final int HARD = 0;
    private static final int MEDIUM = 1;
    private static final int SOFT = 2;

    private static ConstraintFactory newFactory() {
        return new BavetConstraintFactory<>(
                SolutionDescriptor.buildSolutionDescriptor(WeeklyPlan.class, Session.class), EnvironmentMode.NO_ASSERT);
    }

    private static List<String> titles() {
        return Arrays.stream(Rule.values()).map(Rule::title).toList();
    }

    @Test
    void defineConstraints_oneConstraintPerRuleWithItsNameInRuleOrder() {
        ConstraintFactory factory = newFactory();

        Constraint[] constraints = new LinliConstraintProvider().defineConstraints(factory);

        assertThat(Arrays.stream(constraints)
                        .map(constraint -> constraint.getConstraintRef().id())
                        .toList())
                .containsExactlyElementsOf(titles());
    }

    @Test
    void defineConstraints_eachConstraintPenalizesByItsRulesDefaultWeight() {
        ConstraintFactory factory = newFactory();

        Constraint[] constraints = new LinliConstraintProvider().defineConstraints(factory);

        assertThat(constraints).hasSameSizeAs(Rule.values());
        for (int i = 0; i < constraints.length; i++) {
            Rule rule = Rule.values()[i];
            HardMediumSoftScore weight = constraints[i].getConstraintWeight();
            // Timefold keeps a penalty's weight negated: every rule penalizes, none rewards.
            assertThat(weight).as(rule.title()).isEqualTo(rule.defaultWeight().negate());
        }
    }

    @Test
    void ruleMethods_eachRulesMethodDefinesTheConstraintNamedAfterIt() {
        LinliConstraintProvider provider = new LinliConstraintProvider();

        for (Rule rule : Rule.values()) {
            Constraint constraint = RuleVerifier.constraintOf(rule).apply(provider, newFactory());

            assertThat(constraint.getConstraintRef().id()).as(rule.name()).isEqualTo(rule.title());
        }
    }

    @Test
    void rule_titlesAreUnique() {
        List<String> titles = titles();

        assertThat(titles).doesNotHaveDuplicates().allMatch(title -> !title.isBlank());
    }

    @Test
    void rule_defaultWeightHasExactlyOnePositiveComponent() {
        for (Rule rule : Rule.values()) {
            HardMediumSoftScore weight = rule.defaultWeight();

            long positive = Arrays.stream(new long[] {weight.hardScore(), weight.mediumScore(), weight.softScore()})
                    .filter(component -> component > 0)
                    .count();
            assertThat(positive).as(rule.title()).isEqualTo(1);
            assertThat(weight.hardScore()).as(rule.title()).isNotNegative();
            assertThat(weight.mediumScore()).as(rule.title()).isNotNegative();
            assertThat(weight.softScore()).as(rule.title()).isNotNegative();
        }
    }

    @Test
    void rule_levelsRunHardRulesThenTheUnassignedRuleThenSoftRules() {
        List<Integer> levels =
                Arrays.stream(Rule.values()).map(ConstraintCatalogueTest::level).toList();

        assertThat(levels).isSorted();
        assertThat(levels.stream().filter(level -> level == HARD)).hasSize(17);
        assertThat(levels.stream().filter(level -> level == SOFT)).hasSize(10);
        assertThat(Arrays.stream(Rule.values()).filter(rule -> level(rule) == MEDIUM))
                .containsExactly(Rule.UNASSIGNED_SESSION);
    }

    /** The level of a rule's default weight: the first component that is not zero. */
    private static int level(Rule rule) {
        HardMediumSoftScore weight = rule.defaultWeight();
        if (weight.hardScore() != 0) {
            return HARD;
        }
        return weight.mediumScore() != 0 ? MEDIUM : SOFT;
    }
}
