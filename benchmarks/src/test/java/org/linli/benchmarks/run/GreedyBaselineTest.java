package org.linli.benchmarks.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.linli.benchmarks.TinyPlans;
import org.linli.solver.domain.Session;
import org.linli.solver.domain.WeeklyPlan;
import org.linli.solver.solve.SolveResult;

class GreedyBaselineTest {

    @Test
    @Timeout(60)
    void greedy_takesTheFirstFreeStartTutorAndVenueInInputOrder() {
        WeeklyPlan plan = new TinyPlans()
                .venues(2)
                .tutors(2)
                .group("a", "maths", 3, 2, 60)
                .prepare();

        SolveResult result = GreedySolver.solve("greedy-test", plan, Duration.ofSeconds(30));

        Map<String, Session> sessions = byId(result.best());
        assertThat(sessions.get("a#1").getStart()).isEqualTo(TinyPlans.NINE);
        assertThat(sessions.get("a#1").getTutor().getId()).isEqualTo("tutor-1");
        assertThat(sessions.get("a#1").getVenue().getId()).isEqualTo("room-1");
        // The same students cannot sit two sessions at once, so the second one waits for the first to end.
        assertThat(sessions.get("a#2").getStart()).isEqualTo(TinyPlans.NINE + 60);
        assertThat(sessions.get("a#2").getTutor().getId()).isEqualTo("tutor-1");
        assertThat(sessions.get("a#2").getVenue().getId()).isEqualTo("room-1");
        assertThat(result.best().getScore().hardScore()).isZero();
        assertThat(result.moveEvaluationCount()).isPositive();
    }

    @Test
    @Timeout(60)
    void greedy_busyTutorAndVenue_takesTheNextFreeOnes() {
        WeeklyPlan plan = new TinyPlans()
                .venues(2)
                .tutors(2)
                .group("a", "maths", 3, 1, 60)
                .group("b", "maths", 3, 1, 60)
                .prepare();

        SolveResult result = GreedySolver.solve("greedy-test", plan, Duration.ofSeconds(30));

        Map<String, Session> sessions = byId(result.best());
        assertThat(sessions.get("b#1").getStart()).isEqualTo(TinyPlans.NINE);
        assertThat(sessions.get("b#1").getTutor().getId()).isEqualTo("tutor-2");
        assertThat(sessions.get("b#1").getVenue().getId()).isEqualTo("room-2");
    }

    @Test
    @Timeout(60)
    void greedy_noTutorFits_leavesTheSessionUnplaced() {
        WeeklyPlan plan = new TinyPlans()
                .venues(1)
                .tutors(1)
                .group("a", "maths", 3, 1, 60)
                .group("b", "chess", 3, 1, 60)
                .prepare();

        SolveResult result = GreedySolver.solve("greedy-test", plan, Duration.ofSeconds(30));

        Map<String, Session> sessions = byId(result.best());
        assertThat(sessions.get("a#1").isFullyAssigned()).isTrue();
        assertThat(sessions.get("b#1").getStart()).isNull();
        assertThat(sessions.get("b#1").getTutor()).isNull();
        assertThat(result.best().getScore().hardScore()).isZero();
    }

    private static Map<String, Session> byId(WeeklyPlan plan) {
        return plan.getSessions().stream().collect(Collectors.toMap(Session::getId, Function.identity()));
    }
}
