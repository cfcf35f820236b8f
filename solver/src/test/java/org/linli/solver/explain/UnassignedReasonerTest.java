package org.linli.solver.explain;

import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.TUESDAY;
import static org.assertj.core.api.Assertions.assertThat;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import java.util.ArrayList;
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
import org.linli.solver.domain.Student;
import org.linli.solver.domain.Track;
import org.linli.solver.domain.TravelTable;
import org.linli.solver.domain.Tutor;
import org.linli.solver.domain.TutorKind;
import org.linli.solver.domain.Venue;
import org.linli.solver.domain.WeeklyPlan;

/** Each reason code, from the plan situation that causes it. */
class UnassignedReasonerTest {

    private static final PlanExplainer EXPLAINER = new PlanExplainer();

    /** A knowledge track on weekdays 16:00-18:00 in 30-minute steps, a site "north" and two students of grade 3. */
    private static final class Week {
        final PlanFixture f = new PlanFixture();
        final Track track = f.track("knowledge", true, 30, f.daily("16:00", "18:00"));
        final Site north = f.site("north");
        final List<Student> students = List.of(f.student("s1", 3), f.student("s2", 3));

        Group maths(int sessionMinutes) {
            return f.group("maths", track, "math", 1, sessionMinutes, students);
        }

        Tutor certified(String id, IntervalSet availability, Integer maxPerDay, Integer maxPerWeek) {
            return f.tutor(
                    id,
                    TutorKind.CERTIFIED_TUTOR,
                    List.of(new Qualification("math", 1, 6)),
                    availability,
                    maxPerDay,
                    maxPerWeek,
                    Set.of());
        }

        UnassignedSession reasonFor(String sessionId) {
            WeeklyPlan plan = f.prepare();
            return EXPLAINER.explain(plan).unassigned().stream()
                    .filter(unassigned -> unassigned.sessionId().equals(sessionId))
                    .findFirst()
                    .orElseThrow();
        }
    }

    @Test
    void noCertifiedTutor_whenNoTutorHoldsTheCertification() {
        Week week = new Week();
        week.f.tutor("t-read", "reading");
        week.f.venue("room-1", week.north, 10);
        week.maths(60);

        UnassignedSession reason = week.reasonFor("maths#1");

        assertThat(reason.code()).isEqualTo(ReasonCode.NO_CERTIFIED_TUTOR);
        assertThat(reason.reason()).isEqualTo("no certified tutor available: no tutor holds math for grades 3-3");
        assertThat(reason.missing()).containsExactly("start", "tutor", "venue");
        assertThat(reason.groupId()).isEqualTo("maths");
    }

    @Test
    void noCertifiedTutor_whenTheGradeBandIsNotCovered() {
        Week week = new Week();
        week.f.tutor(
                "t-low",
                TutorKind.CERTIFIED_TUTOR,
                List.of(new Qualification("math", 1, 2)),
                week.f.always(),
                null,
                null,
                Set.of());
        week.f.venue("room-1", week.north, 10);
        week.maths(60);

        UnassignedSession reason = week.reasonFor("maths#1");

        assertThat(reason.reason())
                .isEqualTo("no certified tutor available: no tutor holds math for grades 3-3 (t-low holds it for grades"
                        + " 1-2)");
    }

    @Test
    void noCertifiedTutor_whenOnlyAPartnerInstructorHoldsItOnACertifiedOnlyTrack() {
        Week week = new Week();
        week.f.tutor(
                "p-math",
                TutorKind.PARTNER_INSTRUCTOR,
                List.of(new Qualification("math", 1, 6)),
                week.f.always(),
                null,
                null,
                Set.of());
        week.f.venue("room-1", week.north, 10);
        week.maths(60);

        UnassignedSession reason = week.reasonFor("maths#1");

        assertThat(reason.code()).isEqualTo(ReasonCode.NO_CERTIFIED_TUTOR);
        assertThat(reason.reason())
                .startsWith("no certified tutor available: no certified tutor holds math for grades 3-3")
                .contains("takes certified tutors only", "p-math");
    }

    @Test
    void noCertifiedTutor_whenTheFixedTutorIsNotQualified() {
        Week week = new Week();
        Tutor reader = week.f.tutor("t-read", "reading");
        week.f.tutor("t-math", "math");
        week.f.venue("room-1", week.north, 10);
        week.f.group(
                "maths", week.track, "math", 1, 60, week.students, Set.of(), 0, reader, IntervalSet.empty(), Set.of());

        UnassignedSession reason = week.reasonFor("maths#1");

        assertThat(reason.code()).isEqualTo(ReasonCode.NO_CERTIFIED_TUTOR);
        assertThat(reason.reason())
                .isEqualTo("no certified tutor available: group maths must be taught by t-read, who does not hold math"
                        + " for grades 3-3");
    }

    @Test
    void noTutorAvailable_namesEachTutorsFirstUnavailableMinuteAtTheBestStart() {
        Week week = new Week();
        week.certified("t1", IntervalSet.of(week.f.between(MONDAY, "16:00", "17:00")), null, null);
        week.certified("t2", IntervalSet.empty(), null, null);
        week.f.venue("room-1", week.north, 10);
        week.maths(90);

        UnassignedSession reason = week.reasonFor("maths#1");

        assertThat(reason.code()).isEqualTo(ReasonCode.NO_TUTOR_AVAILABLE);
        assertThat(reason.reason())
                .isEqualTo("no certified tutor available: t1 is unavailable from Mon 17:00, t2 is unavailable all"
                        + " week");
    }

    @Test
    void noVenueSeats_namesTheGroupSizeAndTheLargestVenue() {
        Week week = new Week();
        week.f.tutor("t-math", "math");
        week.f.venue("room-12", week.north, 12);
        week.f.venue("room-8", week.north, 8);
        List<Student> fourteen = new ArrayList<>();
        for (int i = 1; i <= 14; i++) {
            fourteen.add(week.f.student("k" + i, 3));
        }
        week.f.group("maths", week.track, "math", 1, 60, fourteen);

        UnassignedSession reason = week.reasonFor("maths#1");

        assertThat(reason.code()).isEqualTo(ReasonCode.NO_VENUE_SEATS);
        assertThat(reason.reason()).isEqualTo("no venue holds 14 students; the largest seats 12");
    }

    @Test
    void noVenueSeats_isNoReasonWhenTheCapacityRuleIsSoft() {
        Week week = new Week();
        week.f.ruleWeights.put("Venue capacity", HardMediumSoftScore.ofSoft(1));
        week.f.tutor("t-math", "math");
        week.f.venue("room-1", week.north, 1);
        week.maths(60);

        UnassignedSession reason = week.reasonFor("maths#1");

        assertThat(reason.code()).isEqualTo(ReasonCode.NOT_YET_PLACED);
    }

    @Test
    void noVenueFeatures_namesWhatEachSeatingVenueLacks() {
        Week week = new Week();
        week.f.tutor("t-math", "math");
        week.f.venue("room-1", week.north, 10, Set.of("projector"), week.f.always());
        week.f.group(
                "maths",
                week.track,
                "math",
                1,
                60,
                week.students,
                Set.of("lab", "projector"),
                0,
                null,
                IntervalSet.empty(),
                Set.of());

        UnassignedSession reason = week.reasonFor("maths#1");

        assertThat(reason.code()).isEqualTo(ReasonCode.NO_VENUE_FEATURES);
        assertThat(reason.reason())
                .isEqualTo("no venue that holds 2 students has every feature the group needs (lab, projector): room-1"
                        + " lacks lab");
    }

    @Test
    void noVenueAtSite_whenNoSuitableVenueLiesAtTheGroupsSites() {
        Week week = new Week();
        Site south = week.f.site("south");
        week.f.tutor("t-math", "math");
        week.f.venue("room-1", week.north, 10);
        week.f.group(
                "maths",
                week.track,
                "math",
                1,
                60,
                week.students,
                Set.of(),
                0,
                null,
                IntervalSet.empty(),
                Set.of(south));

        UnassignedSession reason = week.reasonFor("maths#1");

        assertThat(reason.code()).isEqualTo(ReasonCode.NO_VENUE_AT_SITE);
        assertThat(reason.reason())
                .isEqualTo("no suitable venue lies at the group's sites (south); suitable venues lie at north"
                        + " (room-1)");
    }

    @Test
    void noVenueAtSite_whenNoQualifiedTutorWorksAtTheVenuesSite() {
        Week week = new Week();
        Site south = week.f.site("south");
        week.f.tutor(
                "t-math",
                TutorKind.CERTIFIED_TUTOR,
                List.of(new Qualification("math", 1, 6)),
                week.f.always(),
                null,
                null,
                Set.of(south));
        week.f.venue("room-1", week.north, 10);
        week.maths(60);

        UnassignedSession reason = week.reasonFor("maths#1");

        assertThat(reason.code()).isEqualTo(ReasonCode.NO_VENUE_AT_SITE);
        assertThat(reason.reason()).contains("north (room-1)", "t-math works at south");
    }

    @Test
    void noVenueAvailable_namesTheVenuesFirstUnavailableMinute() {
        Week week = new Week();
        week.certified("t-math", IntervalSet.of(week.f.between(MONDAY, "16:00", "18:00")), null, null);
        week.f.venue("room-1", week.north, 10, Set.of(), IntervalSet.of(week.f.between(MONDAY, "16:00", "17:00")));
        week.maths(90);

        UnassignedSession reason = week.reasonFor("maths#1");

        assertThat(reason.code()).isEqualTo(ReasonCode.NO_VENUE_AVAILABLE);
        assertThat(reason.reason())
                .isEqualTo("no suitable venue is available when a certified tutor is: room-1 is unavailable from Mon"
                        + " 17:00");
    }

    @Test
    void noStartInWindow_whenTheSessionIsLongerThanEveryWindow() {
        Week week = new Week();
        week.f.tutor("t-math", "math");
        week.f.venue("room-1", week.north, 10);
        week.maths(150);

        UnassignedSession reason = week.reasonFor("maths#1");

        assertThat(reason.code()).isEqualTo(ReasonCode.NO_START_IN_WINDOW);
        assertThat(reason.reason())
                .isEqualTo("no start on track knowledge's 30-minute grid lets a 150-minute session fit in one of its"
                        + " windows");
    }

    @Test
    void noVenueSeats_isReportedBeforeNoStartInWindow() {
        Week week = new Week();
        week.f.tutor("t-math", "math");
        week.f.venue("room-1", week.north, 1);
        week.maths(150);

        UnassignedSession reason = week.reasonFor("maths#1");

        assertThat(reason.code()).isEqualTo(ReasonCode.NO_VENUE_SEATS);
        assertThat(reason.reason()).isEqualTo("no venue holds 2 students; the largest seats 1");
    }

    @Test
    void schoolTime_whenAStudentIsAtSchoolAtEveryStart() {
        Week week = new Week();
        week.f.tutor("t-math", "math");
        week.f.venue("room-1", week.north, 10);
        Student late = week.f.student("late", 3, week.f.daily("08:00", "18:00"));
        week.f.group("maths", week.track, "math", 1, 60, List.of(week.students.getFirst(), late));

        UnassignedSession reason = week.reasonFor("maths#1");

        assertThat(reason.code()).isEqualTo(ReasonCode.SCHOOL_TIME);
        assertThat(reason.reason())
                .isEqualTo("every start clashes with a student's school time (at Mon 16:00, late at school)");
    }

    @Test
    void schoolTime_isNoReasonWhenTheRuleIsSoft() {
        Week week = new Week();
        week.f.ruleWeights.put("School time", HardMediumSoftScore.ofSoft(1));
        week.f.tutor("t-math", "math");
        week.f.venue("room-1", week.north, 10);
        Student late = week.f.student("late", 3, week.f.daily("08:00", "18:00"));
        week.f.group("maths", week.track, "math", 1, 60, List.of(late));

        UnassignedSession reason = week.reasonFor("maths#1");

        assertThat(reason.code()).isEqualTo(ReasonCode.NOT_YET_PLACED);
    }

    @Test
    void blockedTime_whenTheGroupIsBlockedAtEveryStart() {
        Week week = new Week();
        week.f.tutor("t-math", "math");
        week.f.venue("room-1", week.north, 10);
        week.f.group(
                "maths",
                week.track,
                "math",
                1,
                60,
                week.students,
                Set.of(),
                0,
                null,
                week.f.daily("16:30", "17:30"),
                Set.of());

        UnassignedSession reason = week.reasonFor("maths#1");

        assertThat(reason.code()).isEqualTo(ReasonCode.BLOCKED_TIME);
        assertThat(reason.reason()).startsWith("every start overlaps the group's blocked times (Mon 16:30-17:30");
    }

    @Test
    void weeklyLimit_whenTheOnlyTutorHasTaughtTheirWeek() {
        Week week = new Week();
        Tutor tutor = week.certified("t-math", week.f.always(), null, 120);
        Venue room = week.f.venue("room-1", week.north, 10);
        Group other = week.f.group("other", week.track, "math", 2, 60, List.of(week.f.student("s3", 3)));
        Group maths = week.maths(60);
        week.f.session("other#1", other, week.f.at(MONDAY, "16:00"), tutor, room);
        week.f.session("other#2", other, week.f.at(TUESDAY, "16:00"), tutor, room);
        week.f.session("maths#1", maths, null, null, null);

        UnassignedSession reason = week.reasonFor("maths#1");

        assertThat(reason.code()).isEqualTo(ReasonCode.WEEKLY_LIMIT);
        assertThat(reason.reason())
                .isEqualTo("every start would take a certified tutor over their weekly limit with this 60-minute"
                        + " session: t-math already teaches 120 of 120 minutes this week");
    }

    @Test
    void taken_whenTheOnlyTutorTeachesAtTheOnlyStart() {
        Week week = new Week();
        week.f.tracks.clear();
        Track monday = week.f.track("monday", true, 30, IntervalSet.of(week.f.between(MONDAY, "16:00", "17:30")));
        Tutor tutor = week.f.tutor("t-math", "math");
        Venue room1 = week.f.venue("room-1", week.north, 10);
        week.f.venue("room-2", week.north, 10);
        Group other = week.f.group("other", monday, "math", 1, 90, List.of(week.f.student("s3", 3)));
        Group maths = week.f.group("maths", monday, "math", 1, 90, week.students);
        week.f.session("other#1", other, week.f.at(MONDAY, "16:00"), tutor, room1);
        week.f.session("maths#1", maths, week.f.at(MONDAY, "16:00"), null, null);

        UnassignedSession reason = week.reasonFor("maths#1");

        assertThat(reason.code()).isEqualTo(ReasonCode.TAKEN);
        assertThat(reason.missing()).containsExactly("tutor", "venue");
        assertThat(reason.reason())
                .isEqualTo("possible, but every candidate is taken by other sessions (every tutor busy at 1); for"
                        + " example, at Mon 16:00, t-math teaches other#1");
    }

    @Test
    void taken_whenTheStudentsAttendAnotherSessionAtEveryStart() {
        Week week = new Week();
        week.f.tracks.clear();
        Track monday = week.f.track("monday", true, 60, IntervalSet.of(week.f.between(MONDAY, "16:00", "18:00")));
        Tutor tutor = week.f.tutor("t-math", "math");
        week.f.tutor("t-read", "reading");
        Venue room = week.f.venue("room-1", week.north, 10);
        Venue room2 = week.f.venue("room-2", week.north, 10);
        Group reading = week.f.group("reading", monday, "reading", 2, 60, week.students);
        Group maths = week.f.group("maths", monday, "math", 1, 60, week.students);
        week.f.session("reading#1", reading, week.f.at(MONDAY, "16:00"), week.f.tutors.get(1), room);
        week.f.session("reading#2", reading, week.f.at(MONDAY, "17:00"), week.f.tutors.get(1), room2);
        week.f.session("maths#1", maths, null, tutor, null);

        UnassignedSession reason = week.reasonFor("maths#1");

        assertThat(reason.code()).isEqualTo(ReasonCode.TAKEN);
        assertThat(reason.reason())
                .isEqualTo("possible, but every candidate is taken by other sessions (students busy at 2 start(s));"
                        + " for example, at Mon 16:00, students of the group attend reading#1");
    }

    @Test
    void taken_whenTheOnlyVenueIsBooked() {
        Week week = new Week();
        week.f.tracks.clear();
        Track monday = week.f.track("monday", true, 30, IntervalSet.of(week.f.between(MONDAY, "16:00", "17:30")));
        Tutor other = week.f.tutor("t-other", "math");
        week.f.tutor("t-math", "math");
        Venue room = week.f.venue("room-1", week.north, 10);
        Group first = week.f.group("first", monday, "math", 1, 90, List.of(week.f.student("s3", 3)));
        week.f.group("maths", monday, "math", 1, 90, week.students);
        week.f.session("first#1", first, week.f.at(MONDAY, "16:00"), other, room);

        UnassignedSession reason = week.reasonFor("maths#1");

        assertThat(reason.code()).isEqualTo(ReasonCode.TAKEN);
        assertThat(reason.reason()).contains("every venue busy at 1", "room-1 holds first#1");
    }

    @Test
    void taken_whenTheTutorCannotTravelInTime() {
        Week week = new Week();
        week.f.tracks.clear();
        Site south = week.f.site("south");
        week.f.travelMinutes.put(TravelTable.pairKey("north", "south"), 30);
        Track monday = week.f.track("monday", true, 60, IntervalSet.of(week.f.between(MONDAY, "15:00", "17:00")));
        Tutor tutor = week.f.tutor("t-math", "math");
        Venue northRoom = week.f.venue("room-n", week.north, 10);
        week.f.venue("room-s", south, 10);
        Group first = week.f.group("first", monday, "math", 1, 60, List.of(week.f.student("s3", 3)));
        week.f.group(
                "maths", monday, "math", 1, 60, week.students, Set.of(), 0, null, IntervalSet.empty(), Set.of(south));
        week.f.session("first#1", first, week.f.at(MONDAY, "15:00"), tutor, northRoom);

        UnassignedSession reason = week.reasonFor("maths#1");

        assertThat(reason.code()).isEqualTo(ReasonCode.TAKEN);
        assertThat(reason.reason())
                .contains("every tutor busy at 1", "no time to travel at 1", "t-math teaches first#1");
    }

    @Test
    void taken_whenTheFreeVenueLiesWhereTheFreeTutorDoesNotWork() {
        Week week = new Week();
        week.f.tracks.clear();
        Site south = week.f.site("south");
        Track monday = week.f.track("monday", true, 30, IntervalSet.of(week.f.between(MONDAY, "16:00", "17:30")));
        Tutor other = week.f.tutor("t-other", "math");
        week.f.tutor(
                "t-north",
                TutorKind.CERTIFIED_TUTOR,
                List.of(new Qualification("math", 1, 6)),
                week.f.always(),
                null,
                null,
                Set.of(week.north));
        Venue northRoom = week.f.venue("room-n", week.north, 10);
        week.f.venue("room-s", south, 10);
        Group first = week.f.group("first", monday, "math", 1, 90, List.of(week.f.student("s3", 3)));
        week.f.group("maths", monday, "math", 1, 90, week.students);
        week.f.session("first#1", first, week.f.at(MONDAY, "16:00"), other, northRoom);

        UnassignedSession reason = week.reasonFor("maths#1");

        assertThat(reason.code()).isEqualTo(ReasonCode.TAKEN);
        assertThat(reason.reason())
                .isEqualTo("possible, but every candidate is taken by other sessions (no free venue at a free tutor's"
                        + " sites at 1); for example, at Mon 16:00, no free venue lies at a site where t-north works");
    }

    @Test
    void notYetPlaced_namesAFreeCandidate() {
        Week week = new Week();
        week.f.tutor("t-math", "math");
        week.f.venue("room-1", week.north, 10);
        week.maths(60);

        UnassignedSession reason = week.reasonFor("maths#1");

        assertThat(reason.code()).isEqualTo(ReasonCode.NOT_YET_PLACED);
        assertThat(reason.reason())
                .isEqualTo("not yet placed: Mon 16:00 with t-math in room-1 is free; the solver stopped before placing"
                        + " the session");
    }

    @Test
    void pinned_whenAPinnedSessionMissesAValue() {
        Week week = new Week();
        week.f.tutor("t-math", "math");
        week.f.venue("room-1", week.north, 10);
        Group maths = week.maths(60);
        week.f.pinned("maths#1", maths, week.f.at(MONDAY, "16:00"), null, null);

        UnassignedSession reason = week.reasonFor("maths#1");

        assertThat(reason.code()).isEqualTo(ReasonCode.PINNED);
        assertThat(reason.missing()).containsExactly("tutor", "venue");
        assertThat(reason.reason())
                .isEqualTo("pinned without a tutor, venue: the solver never changes a pinned session; assign the"
                        + " missing values or unpin it");
    }

    @Test
    @Timeout(60)
    void reasons_cover1000UnassignedSessionsOfAPlanOf2000() {
        PlanFixture f = new PlanFixture();
        Track track = f.track("knowledge", true, 15, f.daily("14:00", "20:00"));
        Site site = f.site("north");
        for (int i = 0; i < 40; i++) {
            f.tutor("t" + i, "math");
        }
        for (int i = 0; i < 30; i++) {
            f.venue("room-" + i, site, 10);
        }
        for (int g = 0; g < 200; g++) {
            List<Student> members = List.of(f.student("a" + g, 3), f.student("b" + g, 3));
            f.group("g" + g, track, "math", 10, 60, members);
        }
        WeeklyPlan plan = f.prepare();
        List<Session> sessions = plan.getSessions();
        for (int i = 0; i < sessions.size(); i += 2) {
            Session session = sessions.get(i);
            session.setStart(session.getStartRange()
                    .get((i * 7) % session.getStartRange().size()));
            session.setTutor(plan.getTutors().get(i % 40));
            session.setVenue(plan.getVenues().get(i % 30));
        }

        PlanExplanation explanation = EXPLAINER.explain(plan);

        assertThat(explanation.unassigned())
                .hasSize(1000)
                .allSatisfy(
                        unassigned -> assertThat(unassigned.code()).isIn(ReasonCode.NOT_YET_PLACED, ReasonCode.TAKEN));
    }
}
