package org.linli.datasets.itc2007;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.linli.format.Group;
import org.linli.format.PlanSettings;
import org.linli.format.PlanWeek;
import org.linli.format.RuleWeight;
import org.linli.format.Session;
import org.linli.format.Student;
import org.linli.format.TimeWindow;
import org.linli.format.Track;
import org.linli.format.Tutor;
import org.linli.format.TutorKind;
import org.linli.format.Venue;
import org.linli.format.Weekday;
import org.linli.format.WeeklyPlan;
import org.linli.solver.rules.Rule;

/**
 * Maps ITC2007 Track 3 instances and timetables onto Linli's ordinary weekly plan format and back, so that the engine
 * solves and scores them with its normal rules; no rule of the solver knows about ITC2007.
 *
 * <p>The mapping:
 *
 * <ul>
 *   <li><b>Week</b>: starts on Monday {@value #WEEK_START_TEXT}, has the instance's days (at most 7), time zone
 *       {@code UTC}.
 *   <li><b>Periods</b>: one track {@value #TRACK_ID} (not certified-only) with a window from {@code 08:00} for
 *       {@code periodsPerDay x 60} minutes on each day and a granularity of 60 minutes, so period {@code p} of day
 *       {@code d} is the session starting at {@code 08:00 + 60 p} on day {@code d} (at most 16 periods a day fit).
 *   <li><b>Rooms</b> become venues with the room's capacity and no site.
 *   <li><b>Teachers</b> become tutors of kind {@code CERTIFIED_TUTOR}, without limits or qualifications.
 *   <li><b>Courses</b> become groups of the track: the teacher as {@code fixedTutor}, {@code sessionsPerWeek} = lectures,
 *       {@code sessionMinutes} = 60, {@code size} = the course's students, {@code minDays} = minWorkingDays, its
 *       unavailable periods as {@code blockedTimes}, no certification. Their sessions are listed as
 *       {@code <course>#1..n}.
 *   <li><b>Curricula</b> become one student each (id = the curriculum id), enrolled in each of its courses. Curricula
 *       with the same courses thus form one cohort whose sessions must not overlap ("Student conflict") and should be
 *       compact ("Isolated session"), counted once per curriculum.
 *   <li><b>Settings</b>: {@code adjacentGapMinutes} = 0, so only the very next period of the same day is adjacent.
 *   <li><b>Rule weights</b> (the ITC2007 profile): "Venue capacity" moves from hard to soft 1 (1 per student over),
 *       "Minimum days" soft 5, "Isolated session" soft 2, "Venue stability" soft 1, every other soft rule 0. The hard
 *       rules and the medium rule keep their defaults.
 * </ul>
 *
 * <p>The official hard constraints then map onto Linli's rules: Lectures onto the medium rule "Unassigned session" (a
 * missing lecture is an unassigned session), Conflicts onto "Student conflict" and "Tutor conflict", Availability onto
 * "Group blocked time", RoomOccupation onto "Venue conflict". The engine counts hard violations in overlap minutes
 * (per student of a cohort), the validator in violations, so hard scores compare only as zero or not; on the toy
 * example's 5 violations the engine scores {@code -300hard} (one 60-minute overlap each).
 *
 * <p>The soft score is minus the official cost ({@link ItcScorer}) on every timetable in which each course has at
 * least one lecture and no course is taught twice in one period; the seven shipped solutions score exactly
 * {@code 0hard/0medium/-cost}. Outside that condition the engine reads the timetable differently, by design:
 *
 * <ul>
 *   <li>A course with no lecture at all: the validator charges its whole {@code minWorkingDays x 5}; "Minimum days"
 *       weighs only groups with a timed session (one with none is already under "Unassigned session").
 *   <li>A course taught twice in one period: the validator skips the second lecture (a warning) and counts it as
 *       missing; the engine sees both sessions (a hard "Tutor conflict"), so the second also adds its seats short, its
 *       venue to the course's venues and its weight to an isolated period.
 * </ul>
 *
 * <p>A lecture in a period its course is unavailable is scored as a hard "Group blocked time" violation: a
 * session's own values always stay in its value range.
 *
 * <p>Ids are copied exactly: they are opaque tokens.
 */
public final class ItcPlans {

    /** The one track every course belongs to. */
    public static final String TRACK_ID = "itc";

    /** {@link #WEEK_START} as text, for the class Javadoc. */
    static final String WEEK_START_TEXT = "2007-01-08";

    /** The Monday the week of every mapped instance starts on; any fixed Monday would do. */
    public static final LocalDate WEEK_START = LocalDate.parse(ItcPlans.WEEK_START_TEXT);

    /** The time zone of every mapped plan. */
    public static final String TIME_ZONE = "UTC";

    /** The minute of the day the first period starts at (08:00). */
    public static final int FIRST_PERIOD_MINUTE = 8 * 60;

    /** The length of a period and of a lecture. */
    public static final int PERIOD_MINUTES = 60;

    /** The most periods a day holds: from 08:00 to midnight. */
    public static final int MAX_PERIODS_PER_DAY = (24 * 60 - FIRST_PERIOD_MINUTE) / PERIOD_MINUTES;

    private static final int MAX_DAYS = 7;
    private static final DateTimeFormatter LOCAL_MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    private ItcPlans() {}

    /** The plan of an instance, its sessions listed and unassigned. */
    public static WeeklyPlan toPlan(ItcInstance instance) {
        return toPlan(instance, new ItcSolution(List.of()));
    }

    /**
     * The plan of an instance with a timetable's lectures as its sessions: per course, the lectures in solution order
     * become sessions {@code <course>#1..k} with start, tutor (the teacher) and venue, not pinned; a course short of
     * lectures gets the rest of its sessions unassigned, and surplus lectures are kept as further sessions.
     *
     * @throws IllegalArgumentException if the instance does not fit a week, or a lecture names an unknown course or
     *     room or lies outside the instance's days and periods
     */
    public static WeeklyPlan toPlan(ItcInstance instance, ItcSolution solution) {
        requireFitsWeek(instance);
        Map<String, List<ItcSolution.Assignment>> lecturesByCourse = lecturesByCourse(instance, solution);
        WeeklyPlan plan = new WeeklyPlan()
                .id(instance.name())
                .name("ITC2007 Track 3 " + instance.name())
                .week(new PlanWeek(WEEK_START.toString(), TIME_ZONE).days(instance.days()))
                .settings(new PlanSettings().adjacentGapMinutes(0))
                .tracks(List.of(track(instance)))
                .venues(venues(instance))
                .tutors(tutors(instance))
                .students(students(instance))
                .groups(groups(instance))
                .ruleWeights(ruleWeights());
        for (ItcInstance.Course course : instance.courses()) {
            plan.getSessions().addAll(sessions(course, lecturesByCourse.get(course.id())));
        }
        return plan;
    }

    /**
     * The timetable of a solved plan: every session with a start and a venue becomes a lecture of its group's course in
     * its venue's room, in plan order. Sessions without a start or a venue are left out; the scorer counts them as
     * missing lectures.
     *
     * @throws IllegalArgumentException if a start is not one of the instance's periods, or a session names a group or
     *     venue that is not a course or room of the instance
     */
    public static ItcSolution toSolution(ItcInstance instance, WeeklyPlan solved) {
        Set<String> courseIds = instance.coursesById().keySet();
        Set<String> roomIds = instance.roomsById().keySet();
        LocalDate weekStart = weekStart(solved);
        List<ItcSolution.Assignment> lectures = new ArrayList<>();
        for (Session session : solved.getSessions()) {
            if (session.getStart() == null || session.getVenue() == null) {
                continue;
            }
            if (!courseIds.contains(session.getGroup())) {
                throw new IllegalArgumentException("Session (" + session.getId() + ") belongs to group ("
                        + session.getGroup() + "), which is not a course of instance " + instance.name()
                        + "; map only plans made by ItcPlans.toPlan of this instance.");
            }
            if (!roomIds.contains(session.getVenue())) {
                throw new IllegalArgumentException("Session (" + session.getId() + ") meets in venue ("
                        + session.getVenue() + "), which is not a room of instance " + instance.name()
                        + "; use one of its rooms or leave the venue unassigned.");
            }
            lectures.add(lecture(instance, weekStart, session));
        }
        return new ItcSolution(lectures);
    }

    // ************************************************************************
    // Instance to plan
    // ************************************************************************

    private static void requireFitsWeek(ItcInstance instance) {
        if (instance.days() > MAX_DAYS) {
            throw new IllegalArgumentException("Instance " + instance.name() + " has too many days (" + instance.days()
                    + "); a weekly plan holds at most " + MAX_DAYS + ", so it cannot be mapped.");
        }
        if (instance.periodsPerDay() > MAX_PERIODS_PER_DAY) {
            throw new IllegalArgumentException("Instance " + instance.name() + " has too many periods per day ("
                    + instance.periodsPerDay() + "); hourly periods from 08:00 fit at most " + MAX_PERIODS_PER_DAY
                    + " in a day, so it cannot be mapped.");
        }
    }

    private static Track track(ItcInstance instance) {
        TimeWindow window = new TimeWindow(
                weekdays(instance.days()),
                timeOfDay(FIRST_PERIOD_MINUTE),
                timeOfDay(FIRST_PERIOD_MINUTE + instance.periodsPerDay() * PERIOD_MINUTES));
        return new Track(TRACK_ID, List.of(window))
                .name("ITC2007 periods")
                .certifiedTutorsOnly(false)
                .granularityMinutes(PERIOD_MINUTES);
    }

    private static List<Venue> venues(ItcInstance instance) {
        return instance.rooms().stream()
                .map(room -> new Venue(room.id(), room.capacity()))
                .toList();
    }

    private static List<Tutor> tutors(ItcInstance instance) {
        Set<String> teachers = new LinkedHashSet<>();
        instance.courses().forEach(course -> teachers.add(course.teacher()));
        return teachers.stream()
                .map(teacher -> new Tutor(teacher).kind(TutorKind.CERTIFIED_TUTOR))
                .toList();
    }

    private static List<Student> students(ItcInstance instance) {
        return instance.curricula().stream()
                .map(curriculum -> new Student(curriculum.id()))
                .toList();
    }

    private static List<Group> groups(ItcInstance instance) {
        Map<String, List<String>> curriculaByCourse = new LinkedHashMap<>();
        instance.courses().forEach(course -> curriculaByCourse.put(course.id(), new ArrayList<>()));
        for (ItcInstance.Curriculum curriculum : instance.curricula()) {
            curriculum.courseIds().forEach(id -> curriculaByCourse.get(id).add(curriculum.id()));
        }
        Map<String, List<TimeWindow>> blockedByCourse = new LinkedHashMap<>();
        for (ItcInstance.Unavailability unavailability : instance.unavailabilities()) {
            blockedByCourse
                    .computeIfAbsent(unavailability.courseId(), id -> new ArrayList<>())
                    .add(periodWindow(unavailability.day(), unavailability.period()));
        }
        return instance.courses().stream()
                .map(course -> new Group(course.id(), TRACK_ID, PERIOD_MINUTES)
                        .fixedTutor(course.teacher())
                        .sessionsPerWeek(course.lectures())
                        .size(course.students())
                        .minDays(course.minWorkingDays())
                        .students(curriculaByCourse.get(course.id()))
                        .blockedTimes(blockedByCourse.getOrDefault(course.id(), List.of())))
                .toList();
    }

    /** The ITC2007 weights: the four soft costs on their rules, every other soft rule off. */
    private static List<RuleWeight> ruleWeights() {
        Map<Rule, Long> itcWeights = Map.of(
                Rule.MINIMUM_DAYS, (long) ItcCost.MIN_WORKING_DAYS_WEIGHT,
                Rule.ISOLATED_SESSION, (long) ItcCost.CURRICULUM_COMPACTNESS_WEIGHT,
                Rule.VENUE_STABILITY, (long) ItcCost.ROOM_STABILITY_WEIGHT);
        List<RuleWeight> weights = new ArrayList<>();
        weights.add(softWeight(Rule.VENUE_CAPACITY, ItcCost.ROOM_CAPACITY_WEIGHT));
        for (Rule rule : Rule.values()) {
            if (rule.defaultWeight().softScore() > 0) {
                weights.add(softWeight(rule, itcWeights.getOrDefault(rule, 0L)));
            }
        }
        return weights;
    }

    private static RuleWeight softWeight(Rule rule, long soft) {
        return new RuleWeight(rule.title()).hard(0L).medium(0L).soft(soft);
    }

    private static Map<String, List<ItcSolution.Assignment>> lecturesByCourse(
            ItcInstance instance, ItcSolution solution) {
        Map<String, List<ItcSolution.Assignment>> lectures = new LinkedHashMap<>();
        instance.courses().forEach(course -> lectures.put(course.id(), new ArrayList<>()));
        Set<String> roomIds = instance.roomsById().keySet();
        for (ItcSolution.Assignment lecture : solution.assignments()) {
            List<ItcSolution.Assignment> ofCourse = lectures.get(lecture.courseId());
            if (ofCourse == null) {
                throw new IllegalArgumentException("Lecture " + lecture + " names course (" + lecture.courseId()
                        + "), which is not a course of instance " + instance.name() + "; remove the lecture.");
            }
            if (!roomIds.contains(lecture.roomId())) {
                throw new IllegalArgumentException("Lecture " + lecture + " names room (" + lecture.roomId()
                        + "), which is not a room of instance " + instance.name() + "; use one of its rooms.");
            }
            if (lecture.day() >= instance.days() || lecture.period() >= instance.periodsPerDay()) {
                throw new IllegalArgumentException("Lecture " + lecture + " lies at day/period (" + lecture.day() + "/"
                        + lecture.period() + "), outside the "
                        + instance.days() + " days x " + instance.periodsPerDay() + " periods of instance "
                        + instance.name() + "; use 0-based days and periods within them.");
            }
            ofCourse.add(lecture);
        }
        return lectures;
    }

    private static List<Session> sessions(ItcInstance.Course course, List<ItcSolution.Assignment> lectures) {
        List<Session> sessions = new ArrayList<>();
        int count = Math.max(course.lectures(), lectures.size());
        for (int i = 0; i < count; i++) {
            Session session = new Session(course.id() + "#" + (i + 1), course.id()).pinned(false);
            if (i < lectures.size()) {
                ItcSolution.Assignment lecture = lectures.get(i);
                session.start(periodStart(lecture.day(), lecture.period()).format(LOCAL_MINUTE))
                        .tutor(course.teacher())
                        .venue(lecture.roomId());
            }
            sessions.add(session);
        }
        return sessions;
    }

    private static TimeWindow periodWindow(int day, int period) {
        int start = FIRST_PERIOD_MINUTE + period * PERIOD_MINUTES;
        return new TimeWindow(List.of(weekday(day)), timeOfDay(start), timeOfDay(start + PERIOD_MINUTES));
    }

    private static LocalDateTime periodStart(int day, int period) {
        return WEEK_START.plusDays(day).atStartOfDay().plusMinutes(FIRST_PERIOD_MINUTE + period * PERIOD_MINUTES);
    }

    private static List<Weekday> weekdays(int days) {
        List<Weekday> weekdays = new ArrayList<>();
        for (int day = 0; day < days; day++) {
            weekdays.add(weekday(day));
        }
        return weekdays;
    }

    private static Weekday weekday(int day) {
        DayOfWeek dayOfWeek = WEEK_START.plusDays(day).getDayOfWeek();
        return Weekday.valueOf(dayOfWeek.name());
    }

    /** {@code HH:mm}, with {@code 24:00} for the end of the day. */
    private static String timeOfDay(int minuteOfDay) {
        return "%02d:%02d".formatted(minuteOfDay / 60, minuteOfDay % 60);
    }

    // ************************************************************************
    // Plan to timetable
    // ************************************************************************

    private static LocalDate weekStart(WeeklyPlan plan) {
        String text = plan.getWeek() == null ? null : plan.getWeek().getStartDate();
        if (text == null) {
            throw new IllegalArgumentException(
                    "Plan (" + plan.getId() + ") has no week start date; map only plans made by ItcPlans.toPlan.");
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(
                    "Plan (" + plan.getId() + ") has week start date (" + text + "), which is not an ISO date;"
                            + " use the form 2007-01-08.",
                    e);
        }
    }

    private static ItcSolution.Assignment lecture(ItcInstance instance, LocalDate weekStart, Session session) {
        LocalDateTime start;
        try {
            start = LocalDateTime.parse(session.getStart());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(
                    "Session (" + session.getId() + ") has start (" + session.getStart()
                            + "), which is not a local date-time; use the form 2007-01-08T08:00.",
                    e);
        }
        long day = ChronoUnit.DAYS.between(weekStart, start.toLocalDate());
        int minuteOfDay = start.getHour() * 60 + start.getMinute();
        int offset = minuteOfDay - FIRST_PERIOD_MINUTE;
        boolean onGrid = start.getSecond() == 0
                && start.getNano() == 0
                && day >= 0
                && day < instance.days()
                && offset >= 0
                && offset % PERIOD_MINUTES == 0
                && offset / PERIOD_MINUTES < instance.periodsPerDay();
        if (!onGrid) {
            throw new IllegalArgumentException("Session (" + session.getId() + ") starts at (" + session.getStart()
                    + "), which is not a period of instance " + instance.name() + ": periods start on the hour from "
                    + timeOfDay(FIRST_PERIOD_MINUTE) + " to "
                    + timeOfDay(FIRST_PERIOD_MINUTE + (instance.periodsPerDay() - 1) * PERIOD_MINUTES) + " on the "
                    + instance.days() + " days from " + weekStart + "; move it onto a period or leave it unassigned.");
        }
        return new ItcSolution.Assignment(session.getGroup(), session.getVenue(), (int) day, offset / PERIOD_MINUTES);
    }
}
