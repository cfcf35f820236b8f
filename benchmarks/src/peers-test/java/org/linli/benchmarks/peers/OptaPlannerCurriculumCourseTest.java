package org.linli.benchmarks.peers;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.linli.benchmarks.itc.PeerSolver;
import org.linli.datasets.itc2007.ItcCost;
import org.linli.datasets.itc2007.ItcInstance;
import org.linli.datasets.itc2007.ItcReader;
import org.linli.datasets.itc2007.ItcScorer;
import org.optaplanner.core.config.localsearch.LocalSearchPhaseConfig;
import org.optaplanner.core.config.solver.SolverConfig;

class OptaPlannerCurriculumCourseTest {

    @Test
    void peer_isFoundOnTheClassPath() {
        assertThat(PeerSolver.available()).extracting(PeerSolver::name).contains("optaplanner-8.44");
    }

    @Test
    void publishedConfig_isTheExamplesOwn() {
        SolverConfig config = OptaPlannerCurriculumCourse.publishedConfig();

        assertThat(config.getSolutionClass().getSimpleName()).isEqualTo("CourseSchedule");
        assertThat(config.getPhaseConfigList()).hasSize(2);
        LocalSearchPhaseConfig localSearch =
                (LocalSearchPhaseConfig) config.getPhaseConfigList().get(1);
        assertThat(localSearch.getAcceptorConfig().getLateAcceptanceSize()).isEqualTo(600);
        assertThat(config.getMoveThreadCount()).isNull();
    }

    @Test
    @Timeout(120)
    void peer_toyInstance_placesEveryLectureAndIsScoredByTheOfficialScorer() {
        ItcInstance toy = ItcReader.readBundled("toy");
        URL ctt = ItcReader.class.getResource("/itc2007/toy.ctt");

        PeerSolver.PeerResult result = new OptaPlannerCurriculumCourse().solve(toy, ctt, Duration.ofSeconds(3), 0L);

        assertThat(result.solution().size()).isEqualTo(toy.totalLectures());
        ItcCost cost = ItcScorer.score(toy, result.solution());
        assertThat(cost.isFeasible()).isTrue();
        assertThat(result.ownScore()).startsWith("0hard/");
        assertThat(result.millisSpent()).isBetween(1L, 60_000L);
    }
}
