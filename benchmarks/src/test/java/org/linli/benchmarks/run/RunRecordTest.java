package org.linli.benchmarks.run;

import static org.assertj.core.api.Assertions.assertThat;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.linli.solver.solve.Improvement;

class RunRecordTest {

    private static final List<Improvement> IMPROVEMENTS = List.of(
            new Improvement(10, HardMediumSoftScore.of(0, -30, 0), 10),
            new Improvement(50, HardMediumSoftScore.of(-2, 0, -40), 0),
            new Improvement(90, HardMediumSoftScore.of(0, -3, -50), 1),
            new Improvement(120, HardMediumSoftScore.of(0, -3, -20), 1));

    @Test
    void millisToFeasible_anEmptyPlanIsNotYetFeasible() {
        assertThat(RunRecord.millisToFeasible(IMPROVEMENTS)).isEqualTo(-1);
        assertThat(RunRecord.millisToFeasible(
                        List.of(IMPROVEMENTS.get(0), new Improvement(70, HardMediumSoftScore.of(0, 0, -60), 0))))
                .isEqualTo(70);
    }

    @Test
    void millisToFinalPlacement_isTheFirstImprovementWithTheFinalHardAndMediumScore() {
        assertThat(RunRecord.millisToFinalPlacement(IMPROVEMENTS)).isEqualTo(90);
        assertThat(RunRecord.millisToFinalPlacement(List.of())).isEqualTo(-1);
    }
}
