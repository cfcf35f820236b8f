package org.linli.solver;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.linli.solver.domain.Group;
import org.linli.solver.domain.Interval;
import org.linli.solver.domain.IntervalSet;
import org.linli.solver.domain.PlanDraft;
import org.linli.solver.domain.PlanPreparation;
import org.linli.solver.domain.PlanSettings;
import org.linli.solver.domain.Qualification;
import org.linli.solver.domain.Session;
import org.linli.solver.domain.Site;
import org.linli.solver.domain.Student;
import org.linli.solver.domain.Track;
import org.linli.solver.domain.TravelTable;
import org.linli.solver.domain.Tutor;
import org.linli.solver.domain.TutorKind;
import org.linli.solver.domain.Venue;
import org.linli.solver.domain.WeekClock;
import org.linli.solver.domain.WeeklyPlan;

/**
 * Builds small plans for tests, in the week of Monday 2026-07-06 (five days, Asia/Shanghai). Times are written as
 * {@code at(MONDAY, "16:30")}; facts are added in order and the plan is prepared by {@link #prepare()}.
 */
public final class PlanFixture {

    public static final LocalDate MONDAY_DATE = LocalDate.of(2026, 7, 6);

    public final WeekClock clock = new WeekClock(MONDAY_DATE, 5, ZoneId.of("Asia/Shanghai"));
    public final List<Track> tracks = new ArrayList<>();
    public final List<Site> sites = new ArrayList<>();
    public final List<Venue> venues = new ArrayList<>();
    public final List<Tutor> tutors = new ArrayList<>();
    public final List<Student> students = new ArrayList<>();
    public final List<Group> groups = new ArrayList<>();
    public final List<Session> sessions = new ArrayList<>();
    public final Map<String, HardMediumSoftScore> ruleWeights = new LinkedHashMap<>();
    public final Map<String, Integer> travelMinutes = new LinkedHashMap<>();
    public PlanSettings settings = PlanSettings.DEFAULT;

    /** The minute of the week of a weekday and a time of day. */
    public int at(DayOfWeek day, String time) {
        LocalTime localTime = LocalTime.parse(time);
        return clock.dayIndex(day).orElseThrow() * WeekClock.MINUTES_PER_DAY
                + localTime.getHour() * 60
                + localTime.getMinute();
    }

    public Interval between(DayOfWeek day, String start, String end) {
        return new Interval(at(day, start), end.equals("24:00") ? at(day, "00:00") + 1440 : at(day, end));
    }

    /** The same time of day on every day of the week. */
    public IntervalSet daily(String start, String end) {
        List<Interval> intervals = new ArrayList<>();
        for (DayOfWeek day : List.of(
                DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY)) {
            intervals.add(between(day, start, end));
        }
        return IntervalSet.of(intervals);
    }

    public IntervalSet always() {
        return IntervalSet.all(clock.weekMinutes());
    }

    public Track track(String id, boolean certifiedTutorsOnly, int granularityMinutes, IntervalSet windows) {
        Track track = new Track(id, id, certifiedTutorsOnly, granularityMinutes, windows);
        tracks.add(track);
        return track;
    }

    public Site site(String id) {
        Site site = new Site(id);
        sites.add(site);
        return site;
    }

    public Venue venue(String id, Site site, int capacity, Set<String> features, IntervalSet availability) {
        Venue venue = new Venue(id, id, site, capacity, features, null, null, 0.0, availability);
        venues.add(venue);
        return venue;
    }

    public Venue venue(String id, Site site, int capacity) {
        return venue(id, site, capacity, Set.of(), always());
    }

    public Venue partnerVenue(String id, Site site, int capacity, String partner, Integer quota, double costPerHour) {
        Venue venue = new Venue(id, id, site, capacity, Set.of(), partner, quota, costPerHour, always());
        venues.add(venue);
        return venue;
    }

    public Tutor tutor(
            String id,
            TutorKind kind,
            List<Qualification> qualifications,
            IntervalSet availability,
            Integer maxPerDay,
            Integer maxPerWeek,
            Set<Site> workSites) {
        Tutor tutor = new Tutor(id, id, kind, qualifications, availability, maxPerDay, maxPerWeek, null, workSites);
        tutors.add(tutor);
        return tutor;
    }

    /** A certified tutor holding one certification for grades 1-6, always available, without limits. */
    public Tutor tutor(String id, String certification) {
        return tutor(
                id,
                TutorKind.CERTIFIED_TUTOR,
                List.of(new Qualification(certification, 1, 6)),
                always(),
                null,
                null,
                Set.of());
    }

    public Student student(String id, int grade, IntervalSet schoolBusy) {
        Student student = new Student(id, grade, null, schoolBusy);
        students.add(student);
        return student;
    }

    public Student student(String id, int grade) {
        return student(id, grade, IntervalSet.empty());
    }

    public Group group(
            String id,
            Track track,
            String certification,
            int sessionsPerWeek,
            int sessionMinutes,
            List<Student> members,
            Set<String> features,
            int minDays,
            Tutor fixedTutor,
            IntervalSet blockedTimes,
            Set<Site> groupSites) {
        int minGrade = members.stream().mapToInt(Student::getGrade).min().orElse(1);
        int maxGrade = members.stream().mapToInt(Student::getGrade).max().orElse(1);
        Group group = new Group(
                id,
                id,
                track,
                certification,
                minGrade,
                maxGrade,
                sessionsPerWeek,
                sessionMinutes,
                members,
                members.size(),
                features,
                minDays,
                fixedTutor,
                blockedTimes,
                1,
                groupSites);
        groups.add(group);
        return group;
    }

    public Group group(
            String id,
            Track track,
            String certification,
            int sessionsPerWeek,
            int sessionMinutes,
            List<Student> members) {
        return group(
                id,
                track,
                certification,
                sessionsPerWeek,
                sessionMinutes,
                members,
                Set.of(),
                0,
                null,
                IntervalSet.empty(),
                Set.of());
    }

    /** A session with the given values (any may be null). */
    public Session session(String id, Group group, Integer start, Tutor tutor, Venue venue) {
        Session session = new Session(id, group, start, tutor, venue);
        sessions.add(session);
        return session;
    }

    public Session pinned(String id, Group group, Integer start, Tutor tutor, Venue venue) {
        Session session = session(id, group, start, tutor, venue);
        session.setPinned(true);
        return session;
    }

    public WeeklyPlan prepare() {
        return PlanPreparation.prepare(new PlanDraft(
                "fixture",
                "fixture",
                clock,
                settings,
                tracks,
                sites,
                new TravelTable(travelMinutes, 15.0, 30),
                venues,
                tutors,
                students,
                groups,
                sessions,
                ruleWeights));
    }
}
