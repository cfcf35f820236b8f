package org.linli.solver.rules;

import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.TUESDAY;
import static org.linli.solver.rules.RuleVerifier.VERIFIER;
import static org.linli.solver.rules.RuleVerifier.facts;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.linli.solver.PlanFixture;
import org.linli.solver.domain.Group;
import org.linli.solver.domain.IntervalSet;
import org.linli.solver.domain.Site;
import org.linli.solver.domain.Track;
import org.linli.solver.domain.Tutor;
import org.linli.solver.domain.Venue;
import org.linli.solver.domain.WeeklyPlan;

/** The soft rules about a group's sessions taken together: days spread over, one tutor, one venue. */
class SoftSpreadRulesTest {

    private final PlanFixture fixture = new PlanFixture();
    private final Track track = fixture.track("knowledge", false, 15, fixture.always());
    private final Site site = fixture.site("site-1");
    private final Venue room = fixture.venue("room-1", site, 20);
    private final Venue otherRoom = fixture.venue("room-2", site, 20);
    private final Venue thirdRoom = fixture.venue("room-3", site, 20);
    private final Tutor tutor = fixture.tutor("t-1", "math");
    private final Tutor otherTutor = fixture.tutor("t-2", "math");
    private final Tutor thirdTutor = fixture.tutor("t-3", "math");
    private final Group weekly = fixture.group("weekly", track, null, 3, 60, List.of());

    private int monday(String time) {
        return fixture.at(MONDAY, time);
    }

    private int tuesday(String time) {
        return fixture.at(TUESDAY, time);
    }

    // ************************************************************************
    // Minimum days
    // ************************************************************************

    private Group spreadOver(int minDays) {
        return fixture.group(
                "spread", track, null, 3, 60, List.of(), Set.of(), minDays, null, IntervalSet.empty(), Set.of());
    }

    @Test
    void minimumDays_sessionsOnTooFewDaysPenalizeDaysShort() {
        Group spread = spreadOver(3);
        fixture.session("spread#1", spread, monday("16:00"), tutor, room);
        fixture.session("spread#2", spread, monday("17:00"), tutor, room);
        fixture.session("spread#3", spread, monday("18:00"), tutor, room);
        WeeklyPlan plan = fixture.prepare();

        VERIFIER.verifyThat(LinliConstraintProvider::minimumDays)
                .given(facts(plan))
                .justifiesWith("all on Monday", new Violations.MinimumDays(spread, 1))
                .penalizesBy("1 day of 3", 2);
    }

    @Test
    void minimumDays_exactlyTheMinimumIsFine() {
        Group spread = spreadOver(2);
        fixture.session("spread#1", spread, monday("16:00"), tutor, room);
        fixture.session("spread#2", spread, monday("17:00"), tutor, room);
        fixture.session("spread#3", spread, tuesday("16:00"), tutor, room);
        WeeklyPlan plan = fixture.prepare();

        VERIFIER.verifyThat(LinliConstraintProvider::minimumDays)
                .given(facts(plan))
                .hasNoImpact("Monday and Tuesday: 2 days of 2");
    }

    @Test
    void minimumDays_sessionWithoutStartAddsNoDay() {
        Group spread = spreadOver(2);
        fixture.session("spread#1", spread, monday("16:00"), tutor, room);
        fixture.session("spread#2", spread, null, tutor, room);
        fixture.session("spread#3", spread, null, tutor, room);
        WeeklyPlan plan = fixture.prepare();

        VERIFIER.verifyThat(LinliConstraintProvider::minimumDays)
                .given(facts(plan))
                .justifiesWith("only Monday so far", new Violations.MinimumDays(spread, 1))
                .penalizesBy("1 day of 2", 1);
    }

    @Test
    void minimumDays_groupWithoutMinimumOrWithoutStartsIsIgnored() {
        fixture.session("weekly#1", weekly, monday("16:00"), tutor, room);
        fixture.session("weekly#2", weekly, monday("17:00"), tutor, room);
        Group spread = spreadOver(2);
        fixture.session("spread#1", spread, null, tutor, room);
        WeeklyPlan plan = fixture.prepare();

        VERIFIER.verifyThat(LinliConstraintProvider::minimumDays)
                .given(facts(plan))
                .hasNoImpact("weekly has no minimum and spread no start yet");
    }

    // ************************************************************************
    // Tutor stability
    // ************************************************************************

    @Test
    void tutorStability_extraTutorsPenalizeOneEach() {
        fixture.session("weekly#1", weekly, monday("16:00"), tutor, room);
        fixture.session("weekly#2", weekly, tuesday("16:00"), otherTutor, room);
        fixture.session("weekly#3", weekly, tuesday("17:00"), thirdTutor, room);
        WeeklyPlan plan = fixture.prepare();

        VERIFIER.verifyThat(LinliConstraintProvider::tutorStability)
                .given(facts(plan))
                .justifiesWith("three tutors", new Violations.TutorStability(weekly, 3))
                .penalizesBy("2 tutors more than one", 2);
    }

    @Test
    void tutorStability_repeatedTutorCountsOnce() {
        fixture.session("weekly#1", weekly, monday("16:00"), tutor, room);
        fixture.session("weekly#2", weekly, tuesday("16:00"), otherTutor, room);
        fixture.session("weekly#3", weekly, tuesday("17:00"), otherTutor, room);
        WeeklyPlan plan = fixture.prepare();

        VERIFIER.verifyThat(LinliConstraintProvider::tutorStability)
                .given(facts(plan))
                .penalizesBy("t-1 and t-2: one extra", 1);
    }

    @Test
    void tutorStability_oneTutorIsFine() {
        fixture.session("weekly#1", weekly, monday("16:00"), tutor, room);
        fixture.session("weekly#2", weekly, tuesday("16:00"), tutor, otherRoom);
        fixture.session("weekly#3", weekly, null, tutor, null);
        WeeklyPlan plan = fixture.prepare();

        VERIFIER.verifyThat(LinliConstraintProvider::tutorStability)
                .given(facts(plan))
                .hasNoImpact("t-1 alone, with or without a start");
    }

    @Test
    void tutorStability_sessionWithoutTutorOrOfAnotherGroupIsIgnored() {
        Group other = fixture.group("other", track, null, 1, 60, List.of());
        fixture.session("weekly#1", weekly, monday("16:00"), tutor, room);
        fixture.session("weekly#2", weekly, tuesday("16:00"), null, room);
        fixture.session("other#1", other, tuesday("17:00"), otherTutor, room);
        WeeklyPlan plan = fixture.prepare();

        VERIFIER.verifyThat(LinliConstraintProvider::tutorStability)
                .given(facts(plan))
                .hasNoImpact("weekly#2 has no tutor; other is another group");
    }

    // ************************************************************************
    // Venue stability
    // ************************************************************************

    @Test
    void venueStability_extraVenuesPenalizeOneEach() {
        fixture.session("weekly#1", weekly, monday("16:00"), tutor, room);
        fixture.session("weekly#2", weekly, tuesday("16:00"), tutor, otherRoom);
        fixture.session("weekly#3", weekly, tuesday("17:00"), tutor, thirdRoom);
        WeeklyPlan plan = fixture.prepare();

        VERIFIER.verifyThat(LinliConstraintProvider::venueStability)
                .given(facts(plan))
                .justifiesWith("three venues", new Violations.VenueStability(weekly, 3))
                .penalizesBy("2 venues more than one", 2);
    }

    @Test
    void venueStability_oneVenueIsFine() {
        fixture.session("weekly#1", weekly, monday("16:00"), tutor, room);
        fixture.session("weekly#2", weekly, tuesday("16:00"), otherTutor, room);
        WeeklyPlan plan = fixture.prepare();

        VERIFIER.verifyThat(LinliConstraintProvider::venueStability)
                .given(facts(plan))
                .hasNoImpact("room-1 alone");
    }

    @Test
    void venueStability_sessionWithoutVenueOrOfAnotherGroupIsIgnored() {
        Group other = fixture.group("other", track, null, 1, 60, List.of());
        fixture.session("weekly#1", weekly, monday("16:00"), tutor, room);
        fixture.session("weekly#2", weekly, tuesday("16:00"), tutor, null);
        fixture.session("other#1", other, tuesday("17:00"), tutor, otherRoom);
        WeeklyPlan plan = fixture.prepare();

        VERIFIER.verifyThat(LinliConstraintProvider::venueStability)
                .given(facts(plan))
                .hasNoImpact("weekly#2 has no venue; other is another group");
    }
}
