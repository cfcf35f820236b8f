package org.linli.benchmarks.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.linli.solver.solve.SolverStrategy;

class SolverConfigurationTest {

    @Test
    void parse_commandLineNames_mapToLinliStrategiesOrTheBaseline() {
        assertThat(SolverConfiguration.parse("greedy").strategy()).isNull();
        assertThat(SolverConfiguration.parse("construction").strategy()).isEqualTo(SolverStrategy.CONSTRUCTION_ONLY);
        assertThat(SolverConfiguration.parse(" Late-Acceptance ").strategy()).isEqualTo(SolverStrategy.LATE_ACCEPTANCE);
        assertThat(SolverConfiguration.parse("tabu").strategy()).isEqualTo(SolverStrategy.TABU_SEARCH);
    }

    @Test
    void parse_unknownName_namesItAndTheChoices() {
        assertThatThrownBy(() -> SolverConfiguration.parse("annealing"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("(annealing)")
                .hasMessageContaining("greedy, construction, late-acceptance, tabu");
    }
}
