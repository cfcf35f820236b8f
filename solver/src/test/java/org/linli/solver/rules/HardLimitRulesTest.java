package org.linli.solver.rules;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.linli.solver.rules.RuleVerifier.VERIFIER;
import static org.linli.solver.rules.RuleVerifier.facts;

import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.linli.solver.PlanFixture;
import org.linli.solver.domain.Group;
import org.linli.solver.domain.Qualification;
import org.linli.solver.domain.Session;
import org.linli.solver.domain.Site;
import org.linli.solver.domain.Track;
import org.linli.solver.domain.Tutor;
import org.linli.solver.domain.TutorKind;
import org.linli.solver.domain.Venue;
import org.linli.solver.domain.WeeklyPlan;

/** The hard rules that cap a tutor's teaching minutes a day and a week. */
class HardLimitRulesTest {

    private final PlanFixture fixture = new PlanFixture();
    private final Track track = fixture.track("knowledge", false, 15, fixture.always());
    private final Site site = fixture.site("site-1");
    private final Venue room = fixture.venue("room-1", site, 20);
    private final Group fifteen = fixture.group("fifteen", track, null, 1, 15, List.of());
    private final Group thirty = fixture.group("thirty", track, null, 1, 30, List.of());
    private final Group sixty = fixture.group("sixty", track, null, 6, 60, List.of());
    private final Group seventyFive = fixture.group("seventy-five", track, null, 3, 75, List.of());

    private Tutor limitedTutor(String id, Integer maxPerDay, Integer maxPerWeek) {
        return fixture.tutor(
                id,
                TutorKind.CERTIFIED_TUTOR,
                List.of(new Qualification("math", 1, 6)),
                fixture.always(),
                maxPerDay,
                maxPerWeek,
                Set.of());
    }

    private int monday(String time) {
        return fixture.at(MONDAY, time);
    }

    // ************************************************************************
    // Tutor daily limit
    // ************************************************************************

    /** 15 pinned + 3 x 75 = 240 minutes on Monday. */
    private List<Session> fullMonday(Tutor tutor) {
        return List.of(
                fixture.pinned("p", fifteen, monday("09:00"), tutor, room),
                fixture.session("s1", seventyFive, monday("09:15"), tutor, room),
                fixture.session("s2", seventyFive, monday("10:30"), tutor, room),
                fixture.session("s3", seventyFive, monday("11:45"), tutor, room));
    }

    @Test
    void tutorDailyLimit_exactCapIsFine() {
        Tutor tutor = limitedTutor("t-capped", 240, null);
        fullMonday(tutor);
        WeeklyPlan plan = fixture.prepare();

        VERIFIER.verifyThat(LinliConstraintProvider::tutorDailyLimit)
                .given(facts(plan))
                .hasNoImpact("15 + 3 x 75 = 240 minutes is the cap itself");
    }

    @Test
    void tutorDailyLimit_minutesOverTheCapPenalizeIncludingPinnedSessions() {
        Tutor tutor = limitedTutor("t-capped", 240, null);
        List<Session> monday = fullMonday(tutor);
        Session extra = fixture.session("x", thirty, monday("15:00"), tutor, room);
        WeeklyPlan plan = fixture.prepare();

        List<Session> all = List.of(monday.get(0), monday.get(1), monday.get(2), monday.get(3), extra);
        VERIFIER.verifyThat(LinliConstraintProvider::tutorDailyLimit)
                .given(facts(plan))
                .justifiesWith("t-capped on Monday", new Violations.TutorDailyLimit(tutor, 0, 270, all))
                .penalizesBy("270 minutes with the pinned 15 is 30 over 240", 30);
    }

    @Test
    void tutorDailyLimit_minutesOnAnotherDayDoNotCount() {
        Tutor tutor = limitedTutor("t-capped", 240, null);
        fullMonday(tutor);
        fixture.session("x", thirty, fixture.at(TUESDAY, "15:00"), tutor, room);
        WeeklyPlan plan = fixture.prepare();

        VERIFIER.verifyThat(LinliConstraintProvider::tutorDailyLimit)
                .given(facts(plan))
                .hasNoImpact("x is on Tuesday");
    }

    @Test
    void tutorDailyLimit_sessionWithoutStartOrOfAnotherTutorIsIgnored() {
        Tutor tutor = limitedTutor("t-capped", 240, null);
        Tutor other = limitedTutor("t-other", 240, null);
        fullMonday(tutor);
        fixture.session("x", thirty, null, tutor, room);
        fixture.session("y", thirty, monday("15:00"), other, room);
        WeeklyPlan plan = fixture.prepare();

        VERIFIER.verifyThat(LinliConstraintProvider::tutorDailyLimit)
                .given(facts(plan))
                .hasNoImpact("x has no start and y another tutor");
    }

    @Test
    void tutorDailyLimit_tutorWithoutALimitIsNeverOver() {
        Tutor tutor = limitedTutor("t-free", null, null);
        fullMonday(tutor);
        fixture.session("x", thirty, monday("15:00"), tutor, room);
        WeeklyPlan plan = fixture.prepare();

        VERIFIER.verifyThat(LinliConstraintProvider::tutorDailyLimit)
                .given(facts(plan))
                .hasNoImpact("no daily limit");
    }

    // ************************************************************************
    // Tutor weekly limit
    // ************************************************************************

    /** One 60-minute session at 16:00 on each weekday in turn, then a second one on Monday at 17:00. */
    private List<Session> sixtyMinuteSessions(Tutor tutor, int count) {
        List<Integer> starts = List.of(
                monday("16:00"),
                fixture.at(TUESDAY, "16:00"),
                fixture.at(WEDNESDAY, "16:00"),
                fixture.at(THURSDAY, "16:00"),
                fixture.at(FRIDAY, "16:00"),
                monday("17:00"));
        return IntStream.range(0, count)
                .mapToObj(i -> fixture.session("s" + (i + 1), sixty, starts.get(i), tutor, room))
                .toList();
    }

    @Test
    void tutorWeeklyLimit_exactCapIsFine() {
        Tutor tutor = limitedTutor("t-capped", null, 300);
        sixtyMinuteSessions(tutor, 5);
        WeeklyPlan plan = fixture.prepare();

        VERIFIER.verifyThat(LinliConstraintProvider::tutorWeeklyLimit)
                .given(facts(plan))
                .hasNoImpact("5 x 60 = 300 minutes is the cap itself");
    }

    @Test
    void tutorWeeklyLimit_minutesOverTheCapPenalize() {
        Tutor tutor = limitedTutor("t-capped", null, 300);
        List<Session> sessions = sixtyMinuteSessions(tutor, 6);
        WeeklyPlan plan = fixture.prepare();

        List<Session> byStart = List.of(
                sessions.get(0), sessions.get(5), sessions.get(1), sessions.get(2), sessions.get(3), sessions.get(4));
        VERIFIER.verifyThat(LinliConstraintProvider::tutorWeeklyLimit)
                .given(facts(plan))
                .justifiesWith("t-capped this week", new Violations.TutorWeeklyLimit(tutor, 360, byStart))
                .penalizesBy("360 minutes is 60 over 300", 60);
    }

    @Test
    void tutorWeeklyLimit_sessionWithoutStartIsIgnored() {
        Tutor tutor = limitedTutor("t-capped", null, 300);
        sixtyMinuteSessions(tutor, 5);
        fixture.session("x", thirty, null, tutor, room);
        WeeklyPlan plan = fixture.prepare();

        VERIFIER.verifyThat(LinliConstraintProvider::tutorWeeklyLimit)
                .given(facts(plan))
                .hasNoImpact("x has no start, so it is not taught yet");
    }

    @Test
    void tutorWeeklyLimit_tutorWithoutALimitIsNeverOver() {
        Tutor tutor = limitedTutor("t-free", 60, null);
        sixtyMinuteSessions(tutor, 6);
        WeeklyPlan plan = fixture.prepare();

        VERIFIER.verifyThat(LinliConstraintProvider::tutorWeeklyLimit)
                .given(facts(plan))
                .hasNoImpact("a daily limit only");
    }
}
