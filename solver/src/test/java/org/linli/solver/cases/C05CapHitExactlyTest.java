package org.linli.solver.cases;

import static java.time.DayOfWeek.MONDAY;
import static org.assertj.core.api.Assertions.assertThat;

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
import org.linli.solver.domain.WeeklyPlan;
import org.linli.solver.rules.Rule;
import org.linli.solver.rules.RuleVerifier;

/**
 * Case 5, from timetabling tools that treated a limit as exclusive or forgot fixed lessons: tutor T may teach at most
 * 240 minutes a day. T has a pinned 15-minute session and three 75-minute maths sessions only T can teach, 240
 * minutes in all, which is feasible. A further 30-minute art session, which T could also teach, goes to tutor U (or
 * stays unassigned when there is no U): with the pinned minutes counted, T would be 30 minutes over.
 */
class C05CapHitExactlyTest {

    private final PlanFixture fixture = new PlanFixture();
    // Monday only, so all of T's minutes fall on one day.
    private final Track track =
            fixture.track("knowledge", false, 15, IntervalSet.of(fixture.between(MONDAY, "09:00", "14:00")));
    private final Site site = fixture.site("site-1");
    private final Tutor capped = fixture.tutor(
            "t-capped",
            TutorKind.CERTIFIED_TUTOR,
            List.of(new Qualification("math", 1, 6), new Qualification("art", 1, 6)),
            fixture.always(),
            240,
            null,
            Set.of());
    private final Group warmUp = fixture.group("warm-up", track, "math", 1, 15, List.of());
    private final Group maths = mathsAtPriorityTwo();
    private final Group art = fixture.group("art", track, "art", 1, 30, List.of());

    /**
     * Priority 2 makes leaving a maths session without a tutor cost more than leaving the art session so; with equal
     * priorities the two would tie.
     */
    private Group mathsAtPriorityTwo() {
        Group group = new Group(
                "maths",
                "maths",
                track,
                "math",
                1,
                1,
                3,
                75,
                List.of(),
                0,
                Set.of(),
                0,
                null,
                IntervalSet.empty(),
                2,
                Set.of());
        fixture.groups.add(group);
        return group;
    }

    private WeeklyPlan plan() {
        fixture.venue("room-1", site, 10);
        fixture.venue("room-2", site, 10);
        fixture.pinned("warm-up#1", warmUp, fixture.at(MONDAY, "09:00"), capped, fixture.venues.getFirst());
        return fixture.prepare();
    }

    private static int minutesTaughtBy(WeeklyPlan plan, Tutor tutor) {
        return plan.getSessions().stream()
                .filter(session -> session.getTutor() == tutor && session.hasStart())
                .mapToInt(Session::getLength)
                .sum();
    }

    @Test
    @Timeout(60)
    void tutorAtExactlyTheDailyCap_isFeasibleAndTheExtraSessionGoesToAnotherTutor() {
        Tutor other = fixture.tutor("t-other", "art");
        WeeklyPlan plan = plan();

        WeeklyPlan solved = CaseSolver.solve(plan, 300);

        Session pinned = CaseSolver.session(solved, "warm-up#1");
        assertThat(pinned.getStart()).isEqualTo(fixture.at(MONDAY, "09:00"));
        assertThat(pinned.getTutor()).isSameAs(capped);
        assertThat(solved.getSessions()).allMatch(Session::isFullyAssigned);
        assertThat(solved.getSessions().stream().filter(session -> session.getGroup() == maths))
                .allMatch(session -> session.getTutor() == capped);
        assertThat(CaseSolver.session(solved, "art#1").getTutor()).isSameAs(other);
        assertThat(minutesTaughtBy(solved, capped)).isEqualTo(240);
        assertThat(solved.getScore().hardScore()).isZero();
        assertThat(solved.getScore().mediumScore()).isZero();
        RuleVerifier.verifyThat(Rule.TUTOR_DAILY_LIMIT)
                .given(RuleVerifier.facts(solved))
                .hasNoImpact("240 minutes is the cap itself");
    }

    @Test
    @Timeout(60)
    void tutorAtExactlyTheDailyCap_leavesTheExtraSessionUnassignedWhenNoOneElseCanTeachIt() {
        WeeklyPlan plan = plan();

        WeeklyPlan solved = CaseSolver.solve(plan, 300);

        // Either art#1 has no tutor, or it keeps t-capped but no start; both cost one missing value.
        Session extra = CaseSolver.session(solved, "art#1");
        assertThat(extra.isFullyAssigned()).as("art#1 fully assigned").isFalse();
        assertThat(solved.getSessions().stream().filter(session -> session != extra))
                .allMatch(Session::isFullyAssigned);
        assertThat(minutesTaughtBy(solved, capped)).isEqualTo(240);
        assertThat(solved.getScore().hardScore()).isZero();
        assertThat(solved.getScore().mediumScore()).as("one missing value").isEqualTo(-1);
    }

    @Test
    @Timeout(60)
    void extraSessionGivenToTheCappedTutor_isOverByThirtyBecausePinnedMinutesCount() {
        Tutor other = fixture.tutor("t-other", "art");
        WeeklyPlan solved = CaseSolver.solve(plan(), 300);
        assertThat(CaseSolver.session(solved, "art#1").getTutor()).isSameAs(other);

        CaseSolver.session(solved, "art#1").setTutor(capped);

        RuleVerifier.verifyThat(Rule.TUTOR_DAILY_LIMIT)
                .given(RuleVerifier.facts(solved))
                .penalizesBy("15 pinned + 225 + 30 = 270 minutes; without the pinned 15 it would be 15 over", 30);
    }
}
