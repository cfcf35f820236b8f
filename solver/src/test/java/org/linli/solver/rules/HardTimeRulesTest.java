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
import org.linli.solver.domain.Student;
import org.linli.solver.domain.Track;
import org.linli.solver.domain.Tutor;
import org.linli.solver.domain.TutorKind;
import org.linli.solver.domain.Venue;
import org.linli.solver.domain.WeeklyPlan;

/** The hard rules about when a session may run: school time, track windows, availability and blocked times. */
class HardTimeRulesTest {

    private final PlanFixture fixture = new PlanFixture();
    private final Track track = fixture.track("knowledge", false, 15, fixture.always());
    private final Site site = fixture.site("site-1");
    private final Venue room = fixture.venue("room-1", site, 20);
    private final Tutor tutor = fixture.tutor("t-1", "math");
    private final Group sixty = fixture.group("sixty", track, null, 1, 60, List.of());

    private int monday(String time) {
        return fixture.at(MONDAY, time);
    }

    private IntervalSet mondayBetween(String start, String end) {
        return IntervalSet.of(fixture.between(MONDAY, start, end));
    }

    // ************************************************************************
    // School time
    // ************************************************************************

    @Test
    void schoolTime_sessionOverlappingOneStudentsSchoolPenalizesStudentMinutes() {
        Student busy = fixture.student("st-busy", 3, mondayBetween("08:00", "16:30"));
        Student free = fixture.student("st-free", 3);
        Group group = fixture.group("maths", track, null, 1, 60, List.of(busy, free));
        Session session = fixture.session("maths#1", group, monday("16:00"), tutor, room);
        WeeklyPlan plan = fixture.prepare();

        VERIFIER.verifyThat(LinliConstraintProvider::schoolTime)
                .given(facts(plan))
                .justifiesWith("st-busy is at school", new Violations.SchoolTime(session, List.of(busy), 30))
                .penalizesBy("st-busy is at school until 16:30, 30 minutes into the session", 30);
    }

    @Test
    void schoolTime_everyBusyStudentCounts() {
        Student busy = fixture.student("st-busy", 3, mondayBetween("08:00", "16:30"));
        Student later = fixture.student("st-later", 3, mondayBetween("08:00", "17:00"));
        Group group = fixture.group("maths", track, null, 1, 60, List.of(busy, later));
        Session session = fixture.session("maths#1", group, monday("16:00"), tutor, room);
        WeeklyPlan plan = fixture.prepare();

        VERIFIER.verifyThat(LinliConstraintProvider::schoolTime)
                .given(facts(plan))
                .justifiesWith("both at school", new Violations.SchoolTime(session, List.of(busy, later), 90))
                .penalizesBy("30 + 60 student minutes", 90);
    }

    @Test
    void schoolTime_sessionStartingWhenSchoolEndsIsFine() {
        Student busy = fixture.student("st-busy", 3, mondayBetween("08:00", "16:30"));
        Group group = fixture.group("maths", track, null, 1, 60, List.of(busy));
        fixture.session("maths#1", group, monday("16:30"), tutor, room);
        WeeklyPlan plan = fixture.prepare();

        VERIFIER.verifyThat(LinliConstraintProvider::schoolTime)
                .given(facts(plan))
                .hasNoImpact("school [08:00,16:30) and the session [16:30,17:30) touch");
    }

    @Test
    void schoolTime_sessionWithoutStartIsIgnored() {
        Student busy = fixture.student("st-busy", 3, fixture.always());
        Group group = fixture.group("maths", track, null, 1, 60, List.of(busy));
        fixture.session("maths#1", group, null, tutor, room);
        WeeklyPlan plan = fixture.prepare();

        VERIFIER.verifyThat(LinliConstraintProvider::schoolTime)
                .given(facts(plan))
                .hasNoImpact("no start, no time to clash");
    }

    // ************************************************************************
    // Track window
    // ************************************************************************

    @Test
    void trackWindow_sessionRunningPastTheWindowPenalizesMinutesOutside() {
        Track afternoon = fixture.track("afternoon", false, 30, mondayBetween("16:00", "18:00"));
        Group group = fixture.group("g", afternoon, null, 1, 60, List.of());
        Session session = fixture.session("g#1", group, monday("17:30"), tutor, room);
        WeeklyPlan plan = fixture.prepare();

        VERIFIER.verifyThat(LinliConstraintProvider::trackWindow)
                .given(facts(plan))
                .justifiesWith("g#1 ends 18:30", new Violations.TrackWindow(session, 30))
                .penalizesBy("[17:30,18:30) is 30 minutes past the window's end", 30);
    }

    @Test
    void trackWindow_sessionOutsideEveryWindowPenalizesItsWholeLength() {
        Track afternoon = fixture.track("afternoon", false, 30, mondayBetween("16:00", "18:00"));
        Group group = fixture.group("g", afternoon, null, 1, 60, List.of());
        fixture.session("g#1", group, monday("19:00"), tutor, room);
        WeeklyPlan plan = fixture.prepare();

        VERIFIER.verifyThat(LinliConstraintProvider::trackWindow)
                .given(facts(plan))
                .penalizesBy("[19:00,20:00) lies wholly outside", 60);
    }

    @Test
    void trackWindow_windowExactlyCoveringTheSessionIsFine() {
        Track afternoon = fixture.track("afternoon", false, 30, mondayBetween("16:00", "18:00"));
        Group group = fixture.group("g", afternoon, null, 1, 120, List.of());
        fixture.session("g#1", group, monday("16:00"), tutor, room);
        WeeklyPlan plan = fixture.prepare();

        VERIFIER.verifyThat(LinliConstraintProvider::trackWindow)
                .given(facts(plan))
                .hasNoImpact("[16:00,18:00) is the window itself");
    }

    @Test
    void trackWindow_sessionWithoutStartIsIgnored() {
        Track afternoon = fixture.track("afternoon", false, 30, mondayBetween("16:00", "18:00"));
        Group group = fixture.group("g", afternoon, null, 1, 60, List.of());
        fixture.session("g#1", group, null, tutor, room);
        WeeklyPlan plan = fixture.prepare();

        VERIFIER.verifyThat(LinliConstraintProvider::trackWindow)
                .given(facts(plan))
                .hasNoImpact("no start");
    }

    // ************************************************************************
    // Tutor availability
    // ************************************************************************

    private Tutor tutorAvailable(String id, IntervalSet availability) {
        return fixture.tutor(id, TutorKind.CERTIFIED_TUTOR, List.of(), availability, null, null, Set.of());
    }

    @Test
    void tutorAvailability_unavailableEndPenalizesMinutesOutside() {
        Tutor early = tutorAvailable("t-early", mondayBetween("15:00", "18:00"));
        Group ninety = fixture.group("ninety", track, null, 1, 90, List.of());
        Session session = fixture.session("ninety#1", ninety, monday("17:00"), early, room);
        WeeklyPlan plan = fixture.prepare();

        VERIFIER.verifyThat(LinliConstraintProvider::tutorAvailability)
                .given(facts(plan))
                .justifiesWith(
                        "t-early leaves at 18:00",
                        new Violations.TutorAvailability(session, early, 30, monday("18:00")))
                .penalizesBy("[17:00,18:30) runs 30 minutes past 18:00", 30);
    }

    @Test
    void tutorAvailability_gapInTheMiddlePenalizesItsMinutes() {
        IntervalSet twoBlocks =
                IntervalSet.of(fixture.between(MONDAY, "15:00", "16:30"), fixture.between(MONDAY, "17:00", "19:00"));
        Tutor broken = tutorAvailable("t-broken", twoBlocks);
        Group ninety = fixture.group("ninety", track, null, 1, 90, List.of());
        Session session = fixture.session("ninety#1", ninety, monday("16:00"), broken, room);
        WeeklyPlan plan = fixture.prepare();

        VERIFIER.verifyThat(LinliConstraintProvider::tutorAvailability)
                .given(facts(plan))
                .justifiesWith(
                        "unavailable from 16:30",
                        new Violations.TutorAvailability(session, broken, 30, monday("16:30")))
                .penalizesBy("[16:30,17:00) falls in the gap", 30);
    }

    @Test
    void tutorAvailability_availabilityExactlyCoveringTheSessionIsFine() {
        Tutor early = tutorAvailable("t-early", mondayBetween("15:00", "18:00"));
        Group ninety = fixture.group("ninety", track, null, 1, 90, List.of());
        fixture.session("ninety#1", ninety, monday("16:30"), early, room);
        WeeklyPlan plan = fixture.prepare();

        VERIFIER.verifyThat(LinliConstraintProvider::tutorAvailability)
                .given(facts(plan))
                .hasNoImpact("[16:30,18:00) ends when t-early leaves");
    }

    @Test
    void tutorAvailability_sessionWithoutStartOrTutorIsIgnored() {
        Tutor never = tutorAvailable("t-never", IntervalSet.empty());
        fixture.session("a", sixty, null, never, room);
        fixture.session("b", sixty, monday("16:00"), null, room);
        WeeklyPlan plan = fixture.prepare();

        VERIFIER.verifyThat(LinliConstraintProvider::tutorAvailability)
                .given(facts(plan))
                .hasNoImpact("a has no start and b no tutor");
    }

    // ************************************************************************
    // Venue availability
    // ************************************************************************

    @Test
    void venueAvailability_closedEndPenalizesMinutesOutside() {
        Venue library = fixture.venue("library", site, 20, Set.of(), mondayBetween("15:00", "18:00"));
        Group ninety = fixture.group("ninety", track, null, 1, 90, List.of());
        Session session = fixture.session("ninety#1", ninety, monday("17:00"), tutor, library);
        WeeklyPlan plan = fixture.prepare();

        VERIFIER.verifyThat(LinliConstraintProvider::venueAvailability)
                .given(facts(plan))
                .justifiesWith(
                        "the library closes at 18:00",
                        new Violations.VenueAvailability(session, library, 30, monday("18:00")))
                .penalizesBy("[17:00,18:30) runs 30 minutes past closing", 30);
    }

    @Test
    void venueAvailability_availabilityExactlyCoveringTheSessionIsFine() {
        Venue library = fixture.venue("library", site, 20, Set.of(), mondayBetween("15:00", "18:00"));
        Group ninety = fixture.group("ninety", track, null, 1, 90, List.of());
        fixture.session("ninety#1", ninety, monday("15:00"), tutor, library);
        WeeklyPlan plan = fixture.prepare();

        VERIFIER.verifyThat(LinliConstraintProvider::venueAvailability)
                .given(facts(plan))
                .hasNoImpact("[15:00,16:30) starts at opening");
    }

    @Test
    void venueAvailability_sessionWithoutStartOrVenueIsIgnored() {
        Venue closed = fixture.venue("closed", site, 20, Set.of(), IntervalSet.empty());
        fixture.session("a", sixty, null, tutor, closed);
        fixture.session("b", sixty, monday("16:00"), tutor, null);
        WeeklyPlan plan = fixture.prepare();

        VERIFIER.verifyThat(LinliConstraintProvider::venueAvailability)
                .given(facts(plan))
                .hasNoImpact("a has no start and b no venue");
    }

    // ************************************************************************
    // Group blocked time
    // ************************************************************************

    private Group blockedGroup(IntervalSet blocked) {
        return fixture.group("blocked", track, null, 1, 60, List.of(), Set.of(), 0, null, blocked, Set.of());
    }

    @Test
    void groupBlockedTime_sessionOverlappingABlockPenalizesMinutesOverlapped() {
        Group group = blockedGroup(mondayBetween("17:00", "17:30"));
        Session session = fixture.session("blocked#1", group, monday("16:30"), tutor, room);
        WeeklyPlan plan = fixture.prepare();

        VERIFIER.verifyThat(LinliConstraintProvider::groupBlockedTime)
                .given(facts(plan))
                .justifiesWith("blocked 17:00-17:30", new Violations.GroupBlockedTime(session, 30))
                .penalizesBy("[16:30,17:30) covers the whole block", 30);
    }

    @Test
    void groupBlockedTime_sessionTouchingABlockIsFine() {
        Group group = blockedGroup(mondayBetween("17:00", "17:30"));
        fixture.session("blocked#1", group, monday("17:30"), tutor, room);
        fixture.session("blocked#2", group, monday("16:00"), tutor, room);
        WeeklyPlan plan = fixture.prepare();

        VERIFIER.verifyThat(LinliConstraintProvider::groupBlockedTime)
                .given(facts(plan))
                .hasNoImpact("[16:00,17:00) and [17:30,18:30) touch the block [17:00,17:30)");
    }

    @Test
    void groupBlockedTime_sessionWithoutStartOrOfAnotherGroupIsIgnored() {
        Group group = blockedGroup(mondayBetween("17:00", "17:30"));
        fixture.session("blocked#1", group, null, tutor, room);
        fixture.session("sixty#1", sixty, monday("17:00"), tutor, room);
        WeeklyPlan plan = fixture.prepare();

        VERIFIER.verifyThat(LinliConstraintProvider::groupBlockedTime)
                .given(facts(plan))
                .hasNoImpact("blocked#1 has no start and sixty has no blocked time");
    }
}
