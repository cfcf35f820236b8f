package org.linli.api.repair;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.linli.datasets.PlanProblem;
import org.linli.format.BoardColour;
import org.linli.format.ChangeKind;
import org.linli.format.DisruptionType;
import org.linli.format.TimeWindow;
import org.linli.format.Weekday;
import org.linli.solver.domain.Interval;
import org.linli.solver.domain.IntervalSet;
import org.linli.solver.domain.Student;
import org.linli.solver.domain.WeekClock;
import org.linli.solver.domain.WeeklyPlan;
import org.linli.solver.repair.BoardCell;
import org.linli.solver.repair.ChangeManifest;
import org.linli.solver.repair.Disruption;
import org.linli.solver.repair.SessionChange;
import org.linli.solver.repair.SessionValues;
import org.linli.solver.repair.StatusBoard;

/**
 * Conversions between the repair types of openapi.yaml ({@code org.linli.format}) and the solver's
 * ({@code org.linli.solver.repair}): disruptions in, manifests and boards out, and week intervals as time windows.
 */
final class RepairFormats {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    private RepairFormats() {}

    // ************************************************************************
    // Disruptions in
    // ************************************************************************

    /**
     * The solver's disruption of a recorded one; adds a problem for each field its type needs but lacks, or that
     * cannot be read, and answers empty then.
     */
    static Optional<Disruption> toSolver(
            org.linli.format.Disruption in, WeeklyPlan plan, String path, List<PlanProblem> problems) {
        int before = problems.size();
        String id = in.getId();
        WeekClock clock = plan.getClock();
        DisruptionType type = in.getType();
        if (type == null) {
            problems.add(new PlanProblem(
                    path + ".type",
                    "The type is missing; give one of " + java.util.Arrays.toString(DisruptionType.values()) + "."));
            return Optional.empty();
        }
        Disruption disruption = switch (type) {
            case TUTOR_ABSENT ->
                new Disruption.TutorAbsent(
                        id,
                        require(in.getTutorId(), path + ".tutorId", "the absent tutor's id", problems),
                        interval(in, clock, path, problems));
            case VENUE_CLOSED ->
                new Disruption.VenueClosed(
                        id,
                        require(in.getVenueId(), path + ".venueId", "the closed venue's id", problems),
                        interval(in, clock, path, problems),
                        in.getReason());
            case VENUE_WITHDRAWN ->
                new Disruption.VenueWithdrawn(
                        id, require(in.getVenueId(), path + ".venueId", "the withdrawn venue's id", problems));
            case STUDENT_JOINS ->
                new Disruption.StudentJoins(
                        id,
                        require(in.getStudentId(), path + ".studentId", "the joining student's id", problems),
                        require(in.getGroupId(), path + ".groupId", "the group's id", problems),
                        in.getStudent() == null
                                ? null
                                : new Disruption.NewStudent(
                                        in.getStudent().getGrade() == null
                                                ? 0
                                                : in.getStudent().getGrade(),
                                        intervals(
                                                in.getStudent().getSchoolTimetable(),
                                                clock,
                                                path + ".student.schoolTimetable",
                                                problems)));
            case STUDENT_LEAVES ->
                new Disruption.StudentLeaves(
                        id,
                        require(in.getStudentId(), path + ".studentId", "the leaving student's id", problems),
                        require(in.getGroupId(), path + ".groupId", "the group's id", problems));
            case GROUP_ADDED -> groupAdded(in, plan, path, problems);
            case GROUP_CANCELLED ->
                new Disruption.GroupCancelled(
                        id, require(in.getGroupId(), path + ".groupId", "the cancelled group's id", problems));
        };
        return problems.size() == before ? Optional.of(disruption) : Optional.empty();
    }

    private static Disruption groupAdded(
            org.linli.format.Disruption in, WeeklyPlan plan, String path, List<PlanProblem> problems) {
        org.linli.format.Group group = in.getGroup();
        if (group == null) {
            problems.add(new PlanProblem(path + ".group", "The group is missing; give the new group as in a plan."));
            return new Disruption.GroupCancelled(in.getId(), null);
        }
        List<Integer> grades = plan.getStudents().stream()
                .filter(student -> group.getStudents().contains(student.getId()))
                .map(Student::getGrade)
                .toList();
        int minGrade = group.getMinGrade() != null
                ? group.getMinGrade()
                : grades.stream().mapToInt(Integer::intValue).min().orElse(0);
        int maxGrade = group.getMaxGrade() != null
                ? group.getMaxGrade()
                : grades.stream().mapToInt(Integer::intValue).max().orElse(99);
        return new Disruption.GroupAdded(
                in.getId(),
                new Disruption.NewGroup(
                        group.getId() == null ? "" : group.getId(),
                        group.getName(),
                        group.getTrack(),
                        group.getCertification(),
                        minGrade,
                        maxGrade,
                        group.getSessionsPerWeek() == null ? 1 : group.getSessionsPerWeek(),
                        group.getSessionMinutes() == null ? 0 : group.getSessionMinutes(),
                        group.getStudents(),
                        group.getSize(),
                        new HashSet<>(group.getRequiredFeatures()),
                        group.getMinDays() == null ? 0 : group.getMinDays(),
                        group.getFixedTutor(),
                        intervals(group.getBlockedTimes(), plan.getClock(), path + ".group.blockedTimes", problems),
                        group.getPriority() == null ? 1 : group.getPriority(),
                        new HashSet<>(group.getSites())));
    }

    private static String require(String value, String path, String what, List<PlanProblem> problems) {
        if (value == null || value.isBlank()) {
            problems.add(new PlanProblem(path, "It is missing; give " + what + "."));
        }
        return value;
    }

    private static Interval interval(
            org.linli.format.Disruption in, WeekClock clock, String path, List<PlanProblem> problems) {
        Integer start = minute(in.getStart(), clock, path + ".start", problems);
        Integer end = minute(in.getEnd(), clock, path + ".end", problems);
        if (start == null || end == null) {
            return new Interval(0, 0);
        }
        if (end < start) {
            problems.add(new PlanProblem(
                    path + ".end",
                    "The end (" + in.getEnd() + ") lies before the start (" + in.getStart()
                            + "); give an end after the start."));
            return new Interval(0, 0);
        }
        return new Interval(start, end);
    }

    /** The minute of the week of a local date-time; outside the week it is still counted, for the check to name. */
    static Integer minute(String dateTime, WeekClock clock, String path, List<PlanProblem> problems) {
        if (dateTime == null || dateTime.isBlank()) {
            problems.add(new PlanProblem(path, "It is missing; give a local date-time such as 2026-07-06T09:00."));
            return null;
        }
        try {
            LocalDateTime parsed = LocalDateTime.parse(dateTime, LOCAL);
            return (int)
                    Duration.between(clock.startDate().atStartOfDay(), parsed).toMinutes();
        } catch (DateTimeParseException e) {
            problems.add(new PlanProblem(
                    path, "The date-time (" + dateTime + ") is not a local date-time; write it as 2026-07-06T09:00."));
            return null;
        }
    }

    static String dateTime(WeekClock clock, Integer minute) {
        return minute == null ? null : clock.toDateTime(minute).format(LOCAL);
    }

    /** The minutes of the week that time windows repeated on their days cover. */
    static IntervalSet intervals(List<TimeWindow> windows, WeekClock clock, String path, List<PlanProblem> problems) {
        List<Interval> intervals = new ArrayList<>();
        for (int i = 0; i < windows.size(); i++) {
            TimeWindow window = windows.get(i);
            try {
                int start = minuteOfDay(window.getStart());
                int end = minuteOfDay(window.getEnd());
                for (Weekday day : window.getDays()) {
                    clock.dayIndex(DayOfWeek.valueOf(day.name()))
                            .ifPresent(index -> intervals.add(new Interval(
                                    index * WeekClock.MINUTES_PER_DAY + start,
                                    index * WeekClock.MINUTES_PER_DAY + end)));
                }
            } catch (RuntimeException e) {
                problems.add(new PlanProblem(
                        path + "[" + i + "]",
                        "The window (" + window.getStart() + "-" + window.getEnd()
                                + ") is not a time range; write it as 09:00-12:00 with the end after the start."));
            }
        }
        return IntervalSet.of(intervals);
    }

    private static int minuteOfDay(String time) {
        if ("24:00".equals(time)) {
            return WeekClock.MINUTES_PER_DAY;
        }
        LocalTime parsed = LocalTime.parse(time);
        return parsed.getHour() * 60 + parsed.getMinute();
    }

    /** Time windows, one per day piece, that cover exactly the minutes of a set. */
    static List<TimeWindow> windows(IntervalSet set, WeekClock clock) {
        List<TimeWindow> windows = new ArrayList<>();
        for (Interval interval : set.intervals()) {
            int day = WeekClock.day(interval.start());
            int lastDay = WeekClock.day(interval.end() - 1);
            for (int d = day; d <= lastDay; d++) {
                int from = Math.max(interval.start(), d * WeekClock.MINUTES_PER_DAY);
                int to = Math.min(interval.end(), (d + 1) * WeekClock.MINUTES_PER_DAY);
                if (to > from && d >= 0 && d < clock.days()) {
                    windows.add(new TimeWindow()
                            .days(List.of(
                                    Weekday.valueOf(clock.date(d).getDayOfWeek().name())))
                            .start(startOfDay(from))
                            .end(to == (d + 1) * WeekClock.MINUTES_PER_DAY ? "24:00" : WeekClock.timeOfDay(to)));
                }
            }
        }
        return windows;
    }

    /** A start as a time of day; midnight is 00:00 (WeekClock.timeOfDay says 24:00, which suits only ends). */
    private static String startOfDay(int minute) {
        int ofDay = WeekClock.minuteOfDay(minute);
        return "%02d:%02d".formatted(ofDay / 60, ofDay % 60);
    }

    // ************************************************************************
    // Manifests and boards out
    // ************************************************************************

    static org.linli.format.ChangeManifest manifest(
            String jobId, String planId, ChangeManifest manifest, WeekClock clock) {
        return new org.linli.format.ChangeManifest()
                .jobId(jobId)
                .planId(planId)
                .changes(manifest.changes().stream()
                        .map(change -> change(change, clock))
                        .toList())
                .byTutor(ids(manifest.byTutor()))
                .byStudent(ids(manifest.byStudent()))
                .byVenue(ids(manifest.byVenue()));
    }

    private static org.linli.format.SessionChange change(SessionChange change, WeekClock clock) {
        return new org.linli.format.SessionChange()
                .sessionId(change.sessionId())
                .group(change.groupId())
                .kind(ChangeKind.valueOf(change.kind().name()))
                .changed(change.changedFields())
                .before(values(change.before(), clock))
                .after(values(change.after(), clock))
                .disruptionIds(change.disruptionIds())
                .madeRoomFor(change.madeRoomFor())
                .reason(change.reason())
                .students(change.studentIds());
    }

    private static org.linli.format.SessionValues values(SessionValues values, WeekClock clock) {
        return new org.linli.format.SessionValues()
                .start(dateTime(clock, values.start()))
                .tutor(values.tutorId())
                .venue(values.venueId());
    }

    private static Map<String, List<String>> ids(Map<String, List<SessionChange>> grouped) {
        Map<String, List<String>> ids = new TreeMap<>();
        grouped.forEach((key, changes) ->
                ids.put(key, changes.stream().map(SessionChange::sessionId).toList()));
        return ids;
    }

    static org.linli.format.StatusBoard board(
            String planId, String jobId, StatusBoard board, List<String> openDisruptions, WeekClock clock) {
        return new org.linli.format.StatusBoard()
                .planId(planId)
                .jobId(jobId)
                .colour(BoardColour.valueOf(board.colour().name()))
                .cells(board.cells().stream().map(cell -> cell(cell, clock)).toList())
                .unplaced(board.unplaced())
                .openDisruptions(openDisruptions);
    }

    private static org.linli.format.BoardCell cell(BoardCell cell, WeekClock clock) {
        return new org.linli.format.BoardCell()
                .site(cell.siteId())
                .track(cell.trackId())
                .start(dateTime(clock, cell.block().start()))
                .end(dateTime(clock, cell.block().end()))
                .colour(BoardColour.valueOf(cell.colour().name()))
                .reasons(cell.reasons())
                .sessions(cell.sessionIds());
    }
}
