package org.linli.solver.rules;

import static java.time.DayOfWeek.MONDAY;
import static org.linli.solver.rules.RuleVerifier.VERIFIER;
import static org.linli.solver.rules.RuleVerifier.facts;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.linli.solver.PlanFixture;
import org.linli.solver.domain.Group;
import org.linli.solver.domain.IntervalSet;
import org.linli.solver.domain.Session;
import org.linli.solver.domain.Site;
import org.linli.solver.domain.Track;
import org.linli.solver.domain.Tutor;
import org.linli.solver.domain.Venue;
import org.linli.solver.domain.WeeklyPlan;

/** The medium rule: every session gets a start, a tutor and a venue, weighted by its group's priority. */
class MediumRuleTest {

    private final PlanFixture fixture = new PlanFixture();
    private final Track track = fixture.track("knowledge", false, 15, fixture.always());
    private final Site site = fixture.site("site-1");
    private final Venue room = fixture.venue("room-1", site, 20);
    private final Tutor tutor = fixture.tutor("t-1", "math");

    /**
     * A group of the given priority (the fixture's groups all have priority 1). Each test lists every session of its
     * groups, because preparation adds unassigned default sessions to a group without any.
     */
    private Group withPriority(String id, int priority) {
        Group group = new Group(
                id,
                id,
                track,
                null,
                1,
                1,
                1,
                60,
                List.of(),
                0,
                Set.of(),
                0,
                null,
                IntervalSet.empty(),
                priority,
                Set.of());
        fixture.groups.add(group);
        return group;
    }

    @Test
    void unassignedSession_nothingAssignedPenalizesThreeMissingValues() {
        Group ordinary = withPriority("ordinary", 1);
        Session session = fixture.session("ordinary#1", ordinary, null, null, null);
        fixture.session("ordinary#2", ordinary, fixture.at(MONDAY, "16:00"), tutor, room);
        WeeklyPlan plan = fixture.prepare();

        VERIFIER.verifyThat(LinliConstraintProvider::unassignedSession)
                .given(facts(plan))
                .justifiesWith("ordinary#1 has nothing", new Violations.UnassignedSession(session))
                .penalizesBy("start, tutor and venue missing at priority 1", 3);
    }

    @Test
    void unassignedSession_missingValuesCountTimesTheGroupsPriority() {
        Group urgent = withPriority("urgent", 4);
        Session session = fixture.session("urgent#1", urgent, fixture.at(MONDAY, "16:00"), null, room);
        WeeklyPlan plan = fixture.prepare();

        VERIFIER.verifyThat(LinliConstraintProvider::unassignedSession)
                .given(facts(plan))
                .justifiesWith("urgent#1 has no tutor", new Violations.UnassignedSession(session))
                .penalizesBy("one missing value at priority 4", 4);
    }

    @Test
    void unassignedSession_everySessionCountsOnItsOwn() {
        Group ordinary = withPriority("ordinary", 1);
        Group urgent = withPriority("urgent", 4);
        fixture.session("urgent#1", urgent, null, tutor, room);
        fixture.session("ordinary#1", ordinary, null, null, room);
        fixture.session("ordinary#2", ordinary, fixture.at(MONDAY, "16:00"), tutor, null);
        WeeklyPlan plan = fixture.prepare();

        VERIFIER.verifyThat(LinliConstraintProvider::unassignedSession)
                .given(facts(plan))
                .penalizesBy("1 x 4 + 2 x 1 + 1 x 1", 7);
    }

    @Test
    void unassignedSession_pinnedSessionWithAMissingValueCounts() {
        Group ordinary = withPriority("ordinary", 1);
        fixture.pinned("ordinary#1", ordinary, fixture.at(MONDAY, "16:00"), tutor, null);
        fixture.session("ordinary#2", ordinary, fixture.at(MONDAY, "17:00"), tutor, room);
        WeeklyPlan plan = fixture.prepare();

        VERIFIER.verifyThat(LinliConstraintProvider::unassignedSession)
                .given(facts(plan))
                .penalizesBy("a pinned session without a venue is still not held", 1);
    }

    @Test
    void unassignedSession_fullyAssignedSessionsAreFine() {
        Group ordinary = withPriority("ordinary", 1);
        fixture.session("ordinary#1", ordinary, fixture.at(MONDAY, "16:00"), tutor, room);
        fixture.pinned("ordinary#2", ordinary, fixture.at(MONDAY, "17:00"), tutor, room);
        WeeklyPlan plan = fixture.prepare();

        VERIFIER.verifyThat(LinliConstraintProvider::unassignedSession)
                .given(facts(plan))
                .hasNoImpact("both sessions have all three values");
    }

    @Test
    void unassignedSession_groupWithoutListedSessionsCountsItsDefaultSessions() {
        fixture.group("twice", track, null, 2, 60, List.of());
        WeeklyPlan plan = fixture.prepare();

        VERIFIER.verifyThat(LinliConstraintProvider::unassignedSession)
                .given(facts(plan))
                .penalizesBy("twice#1 and twice#2 miss all three values", 6);
    }
}
