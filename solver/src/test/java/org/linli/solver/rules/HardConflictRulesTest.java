package org.linli.solver.rules;

import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.TUESDAY;
import static org.linli.solver.rules.RuleVerifier.VERIFIER;
import static org.linli.solver.rules.RuleVerifier.facts;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.linli.solver.PlanFixture;
import org.linli.solver.domain.Cohort;
import org.linli.solver.domain.Group;
import org.linli.solver.domain.Session;
import org.linli.solver.domain.Site;
import org.linli.solver.domain.Student;
import org.linli.solver.domain.Track;
import org.linli.solver.domain.TravelTable;
import org.linli.solver.domain.Tutor;
import org.linli.solver.domain.Venue;
import org.linli.solver.domain.WeeklyPlan;

/** The hard rules about two things at once: tutor, venue and student conflicts, and the time to travel between. */
class HardConflictRulesTest {

    private final PlanFixture fixture = new PlanFixture();
    private final Track track = fixture.track("knowledge", false, 15, fixture.always());
    private final Site site = fixture.site("site-1");
    private final Site farSite = fixture.site("site-2");
    private final Venue room = fixture.venue("room-1", site, 20);
    private final Venue otherRoom = fixture.venue("room-2", site, 20);
    private final Venue farRoom = fixture.venue("room-far", farSite, 20);
    private final Tutor tutor = fixture.tutor("t-1", "math");
    private final Tutor otherTutor = fixture.tutor("t-2", "math");
    private final Group ninety = fixture.group("ninety", track, null, 1, 90, List.of());
    private final Group sixty = fixture.group("sixty", track, null, 1, 60, List.of());

    private int monday(String time) {
        return fixture.at(MONDAY, time);
    }

    // ************************************************************************
    // Tutor conflict
    // ************************************************************************

    @Test
    void tutorConflict_sessionsOfDifferentLengthsPenalizeTheirOverlapMinutes() {
        Session first = fixture.session("a", ninety, monday("16:00"), tutor, room);
        Session second = fixture.session("b", sixty, monday("17:00"), tutor, otherRoom);
        WeeklyPlan plan = fixture.prepare();

        VERIFIER.verifyThat(LinliConstraintProvider::tutorConflict)
                .given(facts(plan))
                .justifiesWith(
                        "a [16:00,17:30) and b [17:00,18:00)", new Violations.TutorConflict(tutor, first, second, 30))
                .penalizesBy("a [16:00,17:30) and b [17:00,18:00) share 30 minutes", 30);
    }

    @Test
    void tutorConflict_touchingSessionsDoNotOverlap() {
        fixture.session("a", ninety, monday("16:00"), tutor, room);
        fixture.session("b", sixty, monday("17:30"), tutor, otherRoom);
        WeeklyPlan plan = fixture.prepare();

        VERIFIER.verifyThat(LinliConstraintProvider::tutorConflict)
                .given(facts(plan))
                .hasNoImpact("[16:00,17:30) and [17:30,18:30) are half-open and touch");
    }

    @Test
    void tutorConflict_nestedSessionPenalizesItsWholeLength() {
        fixture.session("a", ninety, monday("16:00"), tutor, room);
        fixture.session("b", sixty, monday("16:15"), tutor, otherRoom);
        WeeklyPlan plan = fixture.prepare();

        VERIFIER.verifyThat(LinliConstraintProvider::tutorConflict)
                .given(facts(plan))
                .penalizesBy("b [16:15,17:15) lies inside a [16:00,17:30)", 60);
    }

    @Test
    void tutorConflict_threeOverlappingSessionsPenalizeEveryPair() {
        fixture.session("a", ninety, monday("16:00"), tutor, room);
        fixture.session("b", sixty, monday("17:00"), tutor, otherRoom);
        fixture.session("c", sixty, monday("17:15"), tutor, farRoom);
        WeeklyPlan plan = fixture.prepare();

        VERIFIER.verifyThat(LinliConstraintProvider::tutorConflict)
                .given(facts(plan))
                .penalizesBy("a-b 30, a-c 15, b-c 45", 90);
    }

    @Test
    void tutorConflict_differentTutorsAtTheSameTimeAreFine() {
        fixture.session("a", ninety, monday("16:00"), tutor, room);
        fixture.session("b", sixty, monday("16:00"), otherTutor, otherRoom);
        WeeklyPlan plan = fixture.prepare();

        VERIFIER.verifyThat(LinliConstraintProvider::tutorConflict)
                .given(facts(plan))
                .hasNoImpact("different tutors");
    }

    @Test
    void tutorConflict_sessionWithoutStartOrTutorIsIgnored() {
        fixture.session("a", ninety, monday("16:00"), tutor, room);
        fixture.session("b", sixty, null, tutor, otherRoom);
        fixture.session("c", sixty, monday("16:00"), null, otherRoom);
        WeeklyPlan plan = fixture.prepare();

        VERIFIER.verifyThat(LinliConstraintProvider::tutorConflict)
                .given(facts(plan))
                .hasNoImpact("b has no start and c no tutor");
    }

    // ************************************************************************
    // Venue conflict
    // ************************************************************************

    @Test
    void venueConflict_sessionsOfDifferentLengthsPenalizeTheirOverlapMinutes() {
        Session first = fixture.session("a", ninety, monday("16:00"), tutor, room);
        Session second = fixture.session("b", sixty, monday("17:00"), otherTutor, room);
        WeeklyPlan plan = fixture.prepare();

        VERIFIER.verifyThat(LinliConstraintProvider::venueConflict)
                .given(facts(plan))
                .justifiesWith("a and b in room-1", new Violations.VenueConflict(room, first, second, 30))
                .penalizesBy("a [16:00,17:30) and b [17:00,18:00) share room-1 for 30 minutes", 30);
    }

    @Test
    void venueConflict_touchingSessionsDoNotOverlap() {
        fixture.session("a", ninety, monday("16:00"), tutor, room);
        fixture.session("b", sixty, monday("17:30"), otherTutor, room);
        WeeklyPlan plan = fixture.prepare();

        VERIFIER.verifyThat(LinliConstraintProvider::venueConflict)
                .given(facts(plan))
                .hasNoImpact("[16:00,17:30) and [17:30,18:30) touch");
    }

    @Test
    void venueConflict_differentVenuesAtTheSameTimeAreFine() {
        fixture.session("a", ninety, monday("16:00"), tutor, room);
        fixture.session("b", sixty, monday("16:00"), otherTutor, otherRoom);
        WeeklyPlan plan = fixture.prepare();

        VERIFIER.verifyThat(LinliConstraintProvider::venueConflict)
                .given(facts(plan))
                .hasNoImpact("different venues");
    }

    @Test
    void venueConflict_sessionWithoutStartOrVenueIsIgnored() {
        fixture.session("a", ninety, monday("16:00"), tutor, room);
        fixture.session("b", sixty, null, otherTutor, room);
        fixture.session("c", sixty, monday("16:00"), otherTutor, null);
        WeeklyPlan plan = fixture.prepare();

        VERIFIER.verifyThat(LinliConstraintProvider::venueConflict)
                .given(facts(plan))
                .hasNoImpact("b has no start and c no venue");
    }

    // ************************************************************************
    // Student conflict
    // ************************************************************************

    @Test
    void studentConflict_sharedStudentsPenalizeOverlapMinutesPerStudent() {
        Student ana = fixture.student("st-ana", 3);
        Student ben = fixture.student("st-ben", 3);
        Group maths = fixture.group("maths", track, null, 1, 90, List.of(ana, ben));
        Group reading = fixture.group("reading", track, null, 1, 60, List.of(ana, ben));
        Session mathsSession = fixture.session("maths#1", maths, monday("16:00"), tutor, room);
        Session readingSession = fixture.session("reading#1", reading, monday("17:00"), otherTutor, otherRoom);
        WeeklyPlan plan = fixture.prepare();
        Cohort both = maths.getCohorts().getFirst();

        VERIFIER.verifyThat(LinliConstraintProvider::studentConflict)
                .given(facts(plan))
                .justifiesWith(
                        "ana and ben in maths and reading",
                        new Violations.StudentConflict(both, List.of(mathsSession, readingSession), 30))
                .penalizesBy("30 overlapping minutes for each of 2 students", 60);
    }

    @Test
    void studentConflict_onlyStudentsInBothGroupsCount() {
        Student ana = fixture.student("st-ana", 3);
        Student ben = fixture.student("st-ben", 3);
        Group maths = fixture.group("maths", track, null, 1, 90, List.of(ana, ben));
        Group reading = fixture.group("reading", track, null, 1, 60, List.of(ana));
        fixture.session("maths#1", maths, monday("16:00"), tutor, room);
        fixture.session("reading#1", reading, monday("17:00"), otherTutor, otherRoom);
        WeeklyPlan plan = fixture.prepare();

        VERIFIER.verifyThat(LinliConstraintProvider::studentConflict)
                .given(facts(plan))
                .penalizesBy("only ana is in both groups", 30);
    }

    @Test
    void studentConflict_touchingSessionsDoNotOverlap() {
        Student ana = fixture.student("st-ana", 3);
        Group maths = fixture.group("maths", track, null, 1, 90, List.of(ana));
        Group reading = fixture.group("reading", track, null, 1, 60, List.of(ana));
        fixture.session("maths#1", maths, monday("16:00"), tutor, room);
        fixture.session("reading#1", reading, monday("17:30"), otherTutor, otherRoom);
        WeeklyPlan plan = fixture.prepare();

        VERIFIER.verifyThat(LinliConstraintProvider::studentConflict)
                .given(facts(plan))
                .hasNoImpact("[16:00,17:30) and [17:30,18:30) touch");
    }

    @Test
    void studentConflict_groupsWithoutSharedStudentsMayMeetAtOnce() {
        Group maths = fixture.group("maths", track, null, 1, 90, List.of(fixture.student("st-ana", 3)));
        Group reading = fixture.group("reading", track, null, 1, 60, List.of(fixture.student("st-ben", 3)));
        fixture.session("maths#1", maths, monday("16:00"), tutor, room);
        fixture.session("reading#1", reading, monday("16:00"), otherTutor, otherRoom);
        WeeklyPlan plan = fixture.prepare();

        VERIFIER.verifyThat(LinliConstraintProvider::studentConflict)
                .given(facts(plan))
                .hasNoImpact("no student is in both groups");
    }

    @Test
    void studentConflict_sessionWithoutStartOrOnAnotherDayIsIgnored() {
        Student ana = fixture.student("st-ana", 3);
        Group maths = fixture.group("maths", track, null, 2, 90, List.of(ana));
        Group reading = fixture.group("reading", track, null, 1, 60, List.of(ana));
        fixture.session("maths#1", maths, fixture.at(TUESDAY, "16:00"), tutor, room);
        fixture.session("maths#2", maths, null, tutor, room);
        fixture.session("reading#1", reading, monday("16:00"), otherTutor, otherRoom);
        WeeklyPlan plan = fixture.prepare();

        VERIFIER.verifyThat(LinliConstraintProvider::studentConflict)
                .given(facts(plan))
                .hasNoImpact("maths#1 is on Tuesday and maths#2 has no start");
    }

    // ************************************************************************
    // Tutor travel time
    // ************************************************************************

    private void travelMinutes(int minutes) {
        fixture.travelMinutes.put(TravelTable.pairKey(site.getId(), farSite.getId()), minutes);
    }

    @Test
    void tutorTravelTime_shortGapBetweenSitesPenalizesMissingMinutes() {
        travelMinutes(30);
        Session first = fixture.session("a", sixty, monday("16:00"), tutor, room);
        Session second = fixture.session("b", sixty, monday("17:10"), tutor, farRoom);
        WeeklyPlan plan = fixture.prepare();

        VERIFIER.verifyThat(LinliConstraintProvider::tutorTravelTime)
                .given(facts(plan))
                .justifiesWith(
                        "site-1 to site-2 in 10 minutes",
                        new Violations.TutorTravelTime(tutor, first, second, site, farSite, 30, 10))
                .penalizesBy("a 30-minute trip in a 10-minute gap is 20 minutes short", 20);
    }

    @Test
    void tutorTravelTime_gapExactlyTheTripIsFine() {
        travelMinutes(30);
        fixture.session("a", sixty, monday("16:00"), tutor, room);
        fixture.session("b", sixty, monday("17:30"), tutor, farRoom);
        WeeklyPlan plan = fixture.prepare();

        VERIFIER.verifyThat(LinliConstraintProvider::tutorTravelTime)
                .given(facts(plan))
                .hasNoImpact("30 minutes to travel 30 minutes");
    }

    @Test
    void tutorTravelTime_sameSiteBackToBackIsFine() {
        travelMinutes(30);
        fixture.session("a", sixty, monday("16:00"), tutor, room);
        fixture.session("b", sixty, monday("17:00"), tutor, otherRoom);
        WeeklyPlan plan = fixture.prepare();

        VERIFIER.verifyThat(LinliConstraintProvider::tutorTravelTime)
                .given(facts(plan))
                .hasNoImpact("both rooms are at site-1");
    }

    @Test
    void tutorTravelTime_differentTutorsOrDaysNeedNoTrip() {
        travelMinutes(30);
        fixture.session("a", sixty, monday("16:00"), tutor, room);
        fixture.session("b", sixty, monday("17:00"), otherTutor, farRoom);
        fixture.session("c", sixty, fixture.at(TUESDAY, "17:00"), tutor, farRoom);
        WeeklyPlan plan = fixture.prepare();

        VERIFIER.verifyThat(LinliConstraintProvider::tutorTravelTime)
                .given(facts(plan))
                .hasNoImpact("b has another tutor and c is on Tuesday");
    }

    @Test
    void tutorTravelTime_sessionWithoutVenueIsSkipped() {
        travelMinutes(30);
        fixture.session("a", sixty, monday("16:00"), tutor, room);
        fixture.session("b", sixty, monday("17:00"), tutor, null);
        WeeklyPlan plan = fixture.prepare();

        VERIFIER.verifyThat(LinliConstraintProvider::tutorTravelTime)
                .given(facts(plan))
                .hasNoImpact("b has no site to travel to");
    }

    @Test
    void tutorTravelTime_sessionWithoutVenueDoesNotHideTheTripAroundIt() {
        travelMinutes(30);
        Group quarter = fixture.group("quarter", track, null, 1, 15, List.of());
        Session first = fixture.session("a", sixty, monday("16:00"), tutor, room);
        fixture.session("b", quarter, monday("17:00"), tutor, null);
        Session third = fixture.session("c", sixty, monday("17:20"), tutor, farRoom);
        WeeklyPlan plan = fixture.prepare();

        VERIFIER.verifyThat(LinliConstraintProvider::tutorTravelTime)
                .given(facts(plan))
                .justifiesWith(
                        "a at site-1, then c at site-2; b in between has no venue, so it is not held",
                        new Violations.TutorTravelTime(tutor, first, third, site, farSite, 30, 20))
                .penalizesBy("a 30-minute trip from a's end (17:00) to c's start (17:20) is 10 minutes short", 10);
    }
}
