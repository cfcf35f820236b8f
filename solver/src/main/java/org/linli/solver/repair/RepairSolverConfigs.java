package org.linli.solver.repair;

import ai.timefold.solver.core.config.constructionheuristic.ConstructionHeuristicPhaseConfig;
import ai.timefold.solver.core.config.constructionheuristic.ConstructionHeuristicType;
import ai.timefold.solver.core.config.heuristic.selector.entity.EntitySelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.composite.UnionMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.ChangeMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.SwapMoveSelectorConfig;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.localsearch.decider.acceptor.LocalSearchAcceptorConfig;
import ai.timefold.solver.core.config.localsearch.decider.forager.LocalSearchForagerConfig;
import ai.timefold.solver.core.config.phase.PhaseConfig;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationCompositionStyle;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.linli.solver.domain.Session;
import org.linli.solver.domain.WeeklyPlan;
import org.linli.solver.solve.SolveOptions;
import org.linli.solver.solve.SolverConfigs;
import org.linli.solver.solve.SolverStrategy;

/**
 * The search of a repair: the construction heuristic places the affected sessions; a focused tabu search then moves
 * only the sessions near a disruption ({@link NearDisruptionFilter}) until it stops improving; a tabu search over all
 * sessions takes the rest of the time. Tabu search, because making room for an affected session takes a step that
 * first makes the score worse (moving an unaffected session), which late acceptance, starting from the published
 * plan's local optimum, does not take. With {@link SolverStrategy#CONSTRUCTION_ONLY} only the construction runs. The
 * unimproved time limit ends the solve only once every session is placed; until then the time limit does.
 */
public final class RepairSolverConfigs {

    /** Tabu search's candidates per step: fewer than Timefold's default, so steps are quick on large weeks. */
    static final int ACCEPTED_COUNT_LIMIT = 200;

    /** A best score limit every solution with no hard violation and every session placed reaches. */
    private static final String ALL_PLACED = "0hard/0medium/" + Long.MIN_VALUE + "soft";

    private RepairSolverConfigs() {}

    /**
     * @param options the solve's time limit, unimproved time limit (the focused phase stops after half of it without
     *     improvement), step limit (per search phase), seed and strategy
     * @param problem the repair problem: the tabu lists' sizes follow its number of movable sessions, and a problem
     *     with no session near a disruption skips the focused phase
     */
    public static SolverConfig of(SolveOptions options, WeeklyPlan problem) {
        long movable = problem.getSessions().stream()
                .filter(session -> !session.isPinned())
                .count();
        long focused = problem.getSessions().stream()
                .filter(session -> !session.isPinned())
                .filter(session ->
                        session.getBaseline() == null || session.getBaseline().nearDisruption())
                .count();
        TerminationConfig termination = new TerminationConfig().withSpentLimit(options.timeLimit());
        if (options.unimprovedTimeLimit() != null) {
            // Stopping early is only worth it once every session is placed; until then the time limit decides.
            termination = new TerminationConfig()
                    .withTerminationCompositionStyle(TerminationCompositionStyle.OR)
                    .withTerminationConfigList(List.of(
                            new TerminationConfig().withSpentLimit(options.timeLimit()),
                            new TerminationConfig()
                                    .withTerminationCompositionStyle(TerminationCompositionStyle.AND)
                                    .withTerminationConfigList(List.of(
                                            new TerminationConfig()
                                                    .withUnimprovedSpentLimit(options.unimprovedTimeLimit()),
                                            new TerminationConfig().withBestScoreLimit(ALL_PLACED)))));
        }
        List<PhaseConfig> phases = new ArrayList<>();
        phases.add(new ConstructionHeuristicPhaseConfig()
                .withConstructionHeuristicType(ConstructionHeuristicType.FIRST_FIT_DECREASING));
        if (options.strategy() != SolverStrategy.CONSTRUCTION_ONLY) {
            Duration focusedUnimproved = options.unimprovedTimeLimit() == null
                    ? options.timeLimit().dividedBy(4)
                    : options.unimprovedTimeLimit().dividedBy(2);
            TerminationConfig focusedTermination = new TerminationConfig().withUnimprovedSpentLimit(focusedUnimproved);
            if (options.stepLimit() != null) {
                focusedTermination.setStepCountLimit(options.stepLimit());
            }
            if (focused > 1) {
                phases.add(tabu(true, tabuSize(focused)).withTerminationConfig(focusedTermination));
            }
            LocalSearchPhaseConfig wide = tabu(false, tabuSize(movable));
            if (options.stepLimit() != null) {
                wide.setTerminationConfig(new TerminationConfig().withStepCountLimit(options.stepLimit()));
            }
            phases.add(wide);
        }
        return SolverConfigs.scoring()
                .withRandomSeed(options.seed())
                .withTerminationConfig(termination)
                .withPhaseList(phases);
    }

    /** A tenth of the sessions the phase moves, from 1 to 20: enough to leave a plateau, few enough to keep choice. */
    private static int tabuSize(long sessions) {
        return (int) Math.clamp(sessions / 10, 1, 20);
    }

    private static LocalSearchPhaseConfig tabu(boolean focused, int tabuSize) {
        return new LocalSearchPhaseConfig()
                .withMoveSelectorConfig(new UnionMoveSelectorConfig()
                        .withMoveSelectors(
                                new ChangeMoveSelectorConfig().withEntitySelectorConfig(entities(focused)),
                                new SwapMoveSelectorConfig().withEntitySelectorConfig(entities(focused))))
                .withAcceptorConfig(new LocalSearchAcceptorConfig().withEntityTabuSize(tabuSize))
                .withForagerConfig(new LocalSearchForagerConfig().withAcceptedCountLimit(ACCEPTED_COUNT_LIMIT));
    }

    private static EntitySelectorConfig entities(boolean focused) {
        EntitySelectorConfig config = new EntitySelectorConfig().withEntityClass(Session.class);
        return focused ? config.withFilterClass(NearDisruptionFilter.class) : config;
    }
}
