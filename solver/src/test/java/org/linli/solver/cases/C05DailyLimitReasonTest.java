package org.linli.solver.cases;

import static java.time.DayOfWeek.MONDAY;
import static org.assertj.core.api.Assertions.assertThat;

import ai.timefold.solver.core.api.solver.SolverFactory;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.linli.solver.PlanFixture;
import org.linli.solver.domain.Group;
import org.linli.solver.domain.IntervalSet;
import org.linli.solver.domain.Qualification;
import org.linli.solver.domain.Session;
import org.linli.solver.domain.Site;
import org.linli.solver.domain.Track;
import org.linli.solver.domain.Tutor;
import org.linli.solver.domain.TutorKind;
import org.linli.solver.domain.Venue;
import org.linli.solver.domain.WeeklyPlan;
import org.linli.solver.explain.ExplanationConsistency;
import org.linli.solver.explain.PlanExplanation;
import org.linli.solver.explain.ReasonCode;
import org.linli.solver.explain.UnassignedSession;
import org.linli.solver.solve.SolveOptions;
import org.linli.solver.solve.SolverConfigs;

/**
 * C05: T may teach at most 240 minutes a day and has a pinned 15-minute session and three 75-minute sessions; a
 * further 30-minute session only T could teach is unassigned with the reason "daily limit".
 */
class C05DailyLimitReasonTest {

    /** T works on Mondays only, so every start of the 30-minute session falls on T's full day. */
    private static WeeklyPlan plan(boolean pinAll) {
        PlanFixture f = new PlanFixture();
        Track track = f.track("knowledge", true, 15, f.daily("15:00", "21:00"));
        Site site = f.site("north");
        Venue room = f.venue("room-1", site, 10);
        f.venue("room-2", site, 10);
        Tutor t = f.tutor(
                "T",
                TutorKind.CERTIFIED_TUTOR,
                List.of(new Qualification("math", 1, 6), new Qualification("physics", 1, 6)),
                IntervalSet.of(f.between(MONDAY, "15:00", "21:00")),
                240,
                null,
                Set.of());
        f.tutor("U", "reading");
        Group quick = f.group("quick", track, "math", 1, 15, List.of(f.student("s1", 3)));
        Group long75 = f.group("long", track, "math", 3, 75, List.of(f.student("s2", 3)));
        Group physics = f.group("physics", track, "physics", 1, 30, List.of(f.student("s3", 3)));
        f.pinned("quick#1", quick, f.at(MONDAY, "15:00"), t, room);
        Session first = f.session("long#1", long75, f.at(MONDAY, "15:15"), t, room);
        Session second = f.session("long#2", long75, f.at(MONDAY, "16:30"), t, room);
        Session third = f.session("long#3", long75, f.at(MONDAY, "17:45"), t, room);
        List.of(first, second, third).forEach(session -> session.setPinned(pinAll));
        f.session("physics#1", physics, null, null, null);
        return f.prepare();
    }

    @Test
    void tutorAtTheDailyLimit_furtherSessionUnassignedWithTheReasonDailyLimit() {
        WeeklyPlan plan = plan(false);

        PlanExplanation explanation = ExplanationConsistency.assertConsistent(plan);

        assertThat(explanation.unassigned()).singleElement().satisfies(unassigned -> {
            assertThat(unassigned.sessionId()).isEqualTo("physics#1");
            assertThat(unassigned.code()).isEqualTo(ReasonCode.DAILY_LIMIT);
            assertThat(unassigned.reason())
                    .isEqualTo("every start would take a certified tutor over their daily limit with this 30-minute"
                            + " session: T already teaches 240 of 240 minutes on Mon");
        });
        assertThat(explanation.feasible()).isTrue();
    }

    @Test
    @Timeout(60)
    void tutorAtTheDailyLimit_solverLeavesTheFurtherSessionIncomplete() {
        WeeklyPlan plan = plan(true);

        WeeklyPlan solved = SolverFactory.<WeeklyPlan>create(SolverConfigs.of(
                        SolveOptions.ofTimeLimit(Duration.ofSeconds(30)).withStepLimit(100)))
                .buildSolver()
                .solve(plan);
        PlanExplanation explanation = ExplanationConsistency.assertConsistent(solved);

        assertThat(solved.getScore().hardScore()).isZero();
        UnassignedSession unassigned = explanation.unassigned().getFirst();
        assertThat(explanation.unassigned()).hasSize(1);
        assertThat(unassigned.sessionId()).isEqualTo("physics#1");
        // The solver may keep T and a room and drop the start instead: limits only count sessions with a start.
        assertThat(unassigned.missing()).isNotEmpty();
        assertThat(unassigned.code()).isEqualTo(ReasonCode.DAILY_LIMIT);
        assertThat(unassigned.reason()).contains("daily limit");
    }
}
