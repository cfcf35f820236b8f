package org.linli.api.config;

import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.api.solver.SolverManager;
import ai.timefold.solver.core.config.solver.SolverManagerConfig;
import java.time.Clock;
import org.linli.solver.domain.WeeklyPlan;
import org.linli.solver.explain.PlanExplainer;
import org.linli.solver.solve.SolveOptions;
import org.linli.solver.solve.SolverConfigs;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The solver beans. Timefold has no Spring Boot starter here, so the factory and manager are built from
 * {@link SolverConfigs}, the one place Linli's search is configured. The manager runs {@code parallel-solves} solves
 * at once and is closed (its solves stopped) when the application stops.
 */
@Configuration(proxyBeanMethods = false)
public class SolverConfiguration {

    /** The search every job uses unless it asks for its own seed or step limit; time limits are set per job. */
    @Bean
    public SolverFactory<WeeklyPlan> solverFactory(LinliProperties properties) {
        return SolverFactory.create(
                SolverConfigs.of(SolveOptions.ofTimeLimit(properties.solver().defaultTimeLimit())));
    }

    @Bean(destroyMethod = "close")
    public SolverManager<WeeklyPlan> solverManager(
            SolverFactory<WeeklyPlan> solverFactory, LinliProperties properties) {
        return SolverManager.create(
                solverFactory,
                new SolverManagerConfig()
                        .withParallelSolverCount(
                                String.valueOf(properties.solver().parallelSolves())));
    }

    /** Explains plans with the same rules the solver scores with; thread-safe, so one serves every request. */
    @Bean
    public PlanExplainer planExplainer() {
        return new PlanExplainer();
    }

    @Bean
    public Clock clock() {
        return Clock.systemUTC();
    }
}
