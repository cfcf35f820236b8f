package org.linli.solver.rules;

import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static org.assertj.core.api.Assertions.assertThat;

import ai.timefold.solver.core.api.score.stream.test.ConstraintVerifier;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.linli.solver.PlanFixture;
import org.linli.solver.domain.Baseline;
import org.linli.solver.domain.Group;
import org.linli.solver.domain.RepairClock;
import org.linli.solver.domain.Session;
import org.linli.solver.domain.Track;
import org.linli.solver.domain.Tutor;
import org.linli.solver.domain.Venue;
import org.linli.solver.domain.WeeklyPlan;

/** The "Published plan change" rule: one test per situation. */
class PublishedPlanChangeTest {

    private final ConstraintVerifier<LinliConstraintProvider, WeeklyPlan> verifier = RuleVerifier.VERIFIER;

    private final PlanFixture fixture = new PlanFixture();
    private final Track track = fixture.track("knowledge", true, 30, fixture.daily("09:00", "19:00"));
    private final Venue room1 = fixture.venue("room-1", fixture.site("site-1"), 10);
    private final Venue room2 = fixture.venue("room-2", fixture.sites.getFirst(), 10);
    private final Tutor t1 = fixture.tutor("T1", "math");
    private final Tutor t2 = fixture.tutor("T2", "math");
    private final Group group = fixture.group("G1", track, "math", 1, 60, List.of(fixture.student("s1", 3)));
    /** Monday 02:00: the nightly run before the first day. */
    private final RepairClock clock = new RepairClock(fixture.at(MONDAY, "02:00"));

    private Session session(int start, Tutor tutor, Venue venue, Baseline baseline) {
        Session session = new Session("G1#1", group, start, tutor, venue);
        session.setBaseline(baseline);
        return session;
    }

    private int thursday() {
        return fixture.at(THURSDAY, "16:00");
    }

    @Test
    void publishedPlanChange_noBaseline_noPenalty() {
        Session session = session(thursday(), t2, room2, null);

        verifier.verifyThat(LinliConstraintProvider::publishedPlanChange)
                .given(session, clock)
                .hasNoImpact();
    }

    @Test
    void publishedPlanChange_baselineKept_noPenalty() {
        Session session = session(thursday(), t1, room1, new Baseline(thursday(), t1, room1));

        verifier.verifyThat(LinliConstraintProvider::publishedPlanChange)
                .given(session, clock)
                .hasNoImpact();
    }

    @Test
    void publishedPlanChange_startMovedNextWeekPart_countsOnce() {
        Session session = session(thursday() + 60, t1, room1, new Baseline(thursday(), t1, room1));

        verifier.verifyThat(LinliConstraintProvider::publishedPlanChange)
                .given(session, clock)
                .penalizesBy(1);
    }

    @Test
    void publishedPlanChange_tutorAndVenueChanged_countsEachValue() {
        Session session = session(thursday(), t2, room2, new Baseline(thursday(), t1, room1));

        verifier.verifyThat(LinliConstraintProvider::publishedPlanChange)
                .given(session, clock)
                .penalizesBy(2);
    }

    @Test
    void publishedPlanChange_sessionWithin24Hours_countsTenTimes() {
        int mondayAfternoon = fixture.at(MONDAY, "16:00");
        Session session = session(mondayAfternoon, t2, room1, new Baseline(mondayAfternoon, t1, room1));

        verifier.verifyThat(LinliConstraintProvider::publishedPlanChange)
                .given(session, clock)
                .penalizesBy(RepairClock.WITHIN_DAY_FACTOR);
    }

    @Test
    void publishedPlanChange_sessionWithin72Hours_countsThreeTimes() {
        int tuesday = fixture.at(TUESDAY, "16:00");
        Session session = session(tuesday, t2, room1, new Baseline(tuesday, t1, room1));

        verifier.verifyThat(LinliConstraintProvider::publishedPlanChange)
                .given(session, clock)
                .penalizesBy(RepairClock.WITHIN_THREE_DAYS_FACTOR);
    }

    @Test
    void publishedPlanChange_proximityFollowsPublishedStart_notNewStart() {
        int mondayAfternoon = fixture.at(MONDAY, "16:00");
        Session session = session(thursday(), t1, room1, new Baseline(mondayAfternoon, t1, room1));

        verifier.verifyThat(LinliConstraintProvider::publishedPlanChange)
                .given(session, clock)
                .penalizesBy(RepairClock.WITHIN_DAY_FACTOR);
    }

    @Test
    void publishedPlanChange_publishedValueRemoved_counts() {
        Session session = session(thursday(), null, room1, new Baseline(thursday(), t1, room1));

        verifier.verifyThat(LinliConstraintProvider::publishedPlanChange)
                .given(session, clock)
                .penalizesBy(1);
    }

    @Test
    void publishedPlanChange_emptyPublishedValueFilledIn_noPenalty() {
        Session session = session(thursday(), t1, room1, new Baseline(thursday(), null, null));

        verifier.verifyThat(LinliConstraintProvider::publishedPlanChange)
                .given(session, clock)
                .hasNoImpact();
    }

    @Test
    void publishedPlanChange_noRepairClock_noPenalty() {
        Session session = session(thursday(), t2, room1, new Baseline(thursday(), t1, room1));

        verifier.verifyThat(LinliConstraintProvider::publishedPlanChange)
                .given(session)
                .hasNoImpact();
    }

    @Test
    void publishedPlanChange_changed_justifiedWithTheChange() {
        Baseline baseline = new Baseline(thursday(), t1, room1);
        Session session = session(thursday(), t2, room1, baseline);

        verifier.verifyThat(LinliConstraintProvider::publishedPlanChange)
                .given(session, clock)
                .justifiesWith(new Violations.PublishedPlanChange(session, baseline, 1));
        Violations.PublishedPlanChange violation = new Violations.PublishedPlanChange(session, baseline, 1);
        assertThat(violation.describe(fixture.clock))
                .isEqualTo("G1#1 changed from the published plan (tutor T1 -> T2), counted 1 times for its proximity");
        assertThat(violation.tutorIds()).containsExactly("T1", "T2");
        assertThat(violation.studentIds()).containsExactly("s1");
    }

    @Test
    void publishedPlanChange_weight_dominatesOtherSoftRulesAndStaysBelowMedium() {
        long largestOtherSoft = java.util.Arrays.stream(Rule.values())
                .filter(rule -> rule != Rule.PUBLISHED_PLAN_CHANGE)
                .mapToLong(rule -> rule.defaultWeight().softScore())
                .max()
                .orElseThrow();

        assertThat(Rule.PUBLISHED_PLAN_CHANGE.defaultWeight().hardScore()).isZero();
        assertThat(Rule.PUBLISHED_PLAN_CHANGE.defaultWeight().mediumScore()).isZero();
        assertThat(Rule.PUBLISHED_PLAN_CHANGE.defaultWeight().softScore())
                .isGreaterThanOrEqualTo(1_000 * largestOtherSoft);
    }
}
