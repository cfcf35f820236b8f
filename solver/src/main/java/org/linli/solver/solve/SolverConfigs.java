package org.linli.solver.solve;

import ai.timefold.solver.core.config.constructionheuristic.ConstructionHeuristicPhaseConfig;
import ai.timefold.solver.core.config.constructionheuristic.placer.QueuedEntityPlacerConfig;
import ai.timefold.solver.core.config.heuristic.selector.common.SelectionCacheType;
import ai.timefold.solver.core.config.heuristic.selector.common.SelectionOrder;
import ai.timefold.solver.core.config.heuristic.selector.entity.EntitySelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.entity.EntitySorterManner;
import ai.timefold.solver.core.config.heuristic.selector.move.composite.CartesianProductMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.ChangeMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.value.ValueSelectorConfig;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.localsearch.LocalSearchType;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import java.util.ArrayList;
import java.util.List;
import org.linli.solver.domain.Session;
import org.linli.solver.domain.WeeklyPlan;
import org.linli.solver.rules.LinliConstraintProvider;

/** Builds the Timefold configuration of a solve from its options; the one place Linli's search is configured. */
public final class SolverConfigs {

    /** With a step limit, the local search also ends after this many evaluated moves per allowed step. */
    public static final long MOVES_PER_STEP_BOUND = 1_000L;

    private SolverConfigs() {}

    /** The configuration with no termination and no phases: for score calculation and explanations. */
    public static SolverConfig scoring() {
        return new SolverConfig()
                .withSolutionClass(WeeklyPlan.class)
                .withEntityClasses(Session.class)
                .withConstraintProviderClass(LinliConstraintProvider.class)
                .withEnvironmentMode(EnvironmentMode.NO_ASSERT);
    }

    /**
     * First fit decreasing: the hardest sessions first, each placed in two steps, first the best start and tutor
     * together (a tutor's availability and other sessions decide the start), then the best venue for that start.
     * Evaluating starts x tutors + venues, instead of starts x tutors x venues, makes construction several times
     * faster on district plans; local search then reconsiders all three together.
     */
    static ConstructionHeuristicPhaseConfig construction() {
        String placed = "placedSession";
        EntitySelectorConfig sessionsHardestFirst = new EntitySelectorConfig()
                .withId(placed)
                .withEntityClass(Session.class)
                .withCacheType(SelectionCacheType.PHASE)
                .withSelectionOrder(SelectionOrder.SORTED)
                .withSorterManner(EntitySorterManner.DESCENDING);
        return new ConstructionHeuristicPhaseConfig()
                .withEntityPlacerConfig(new QueuedEntityPlacerConfig()
                        .withEntitySelectorConfig(sessionsHardestFirst)
                        .withMoveSelectorConfigs(
                                new CartesianProductMoveSelectorConfig(
                                        List.of(change(placed, "start"), change(placed, "tutor"))),
                                change(placed, "venue")));
    }

    private static ChangeMoveSelectorConfig change(String entitySelectorId, String variableName) {
        return new ChangeMoveSelectorConfig()
                .withEntitySelectorConfig(EntitySelectorConfig.newMimicSelectorConfig(entitySelectorId))
                .withValueSelectorConfig(new ValueSelectorConfig().withVariableName(variableName));
    }

    public static SolverConfig of(SolveOptions options) {
        TerminationConfig termination = new TerminationConfig().withSpentLimit(options.timeLimit());
        if (options.unimprovedTimeLimit() != null) {
            termination.setUnimprovedSpentLimit(options.unimprovedTimeLimit());
        }
        List<ai.timefold.solver.core.config.phase.PhaseConfig> phases = new ArrayList<>();
        phases.add(construction());
        if (options.strategy() != SolverStrategy.CONSTRUCTION_ONLY) {
            LocalSearchPhaseConfig localSearch = new LocalSearchPhaseConfig()
                    .withLocalSearchType(
                            options.strategy() == SolverStrategy.TABU_SEARCH
                                    ? LocalSearchType.TABU_SEARCH
                                    : LocalSearchType.LATE_ACCEPTANCE);
            if (options.stepLimit() != null) {
                // A step ends once the forager accepts a move; on a plan where no move is acceptable a step would
                // never end, so the move count bounds it too. Both are counted, never timed: still reproducible.
                localSearch.setTerminationConfig(new TerminationConfig()
                        .withStepCountLimit(options.stepLimit())
                        .withMoveCountLimit(MOVES_PER_STEP_BOUND * Math.max(1, options.stepLimit())));
            }
            phases.add(localSearch);
        }
        return scoring()
                .withEnvironmentMode(EnvironmentMode.NO_ASSERT)
                .withRandomSeed(options.seed())
                .withTerminationConfig(termination)
                .withPhaseList(phases);
    }
}
