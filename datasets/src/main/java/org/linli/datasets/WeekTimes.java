package org.linli.datasets;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.linli.format.TimeWindow;
import org.linli.format.Weekday;
import org.linli.solver.domain.Interval;
import org.linli.solver.domain.IntervalSet;
import org.linli.solver.domain.WeekClock;

/**
 * Reads the format's times (time windows on weekdays, times of day, local date-times) into minutes from the start of
 * the plan's week, reporting each bad one. Without a valid week (a bad start date, say) it still checks the formats
 * but cannot place anything, and reports nothing about weekdays.
 */
final class WeekTimes {

    /** The format of a session's start and end: a local date-time to the minute. */
    static final DateTimeFormatter LOCAL_DATE_TIME =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm").withResolverStyle(ResolverStyle.STRICT);

    private static final Pattern TIME_OF_DAY = Pattern.compile("(\\d{2}):(\\d{2})");

    private final WeekClock clock;
    private final Problems problems;

    /** @param clock the plan's week, or null when it is invalid */
    WeekTimes(WeekClock clock, Problems problems) {
        this.clock = clock;
        this.problems = problems;
    }

    /** The whole week: what an absent availability means. */
    IntervalSet wholeWeek() {
        return clock == null ? IntervalSet.empty() : IntervalSet.all(clock.weekMinutes());
    }

    /** The minutes of a list of windows, each repeated on its weekdays; {@code path} is the list's path. */
    IntervalSet windows(List<TimeWindow> windows, String path) {
        if (windows == null) {
            return IntervalSet.empty();
        }
        List<Interval> intervals = new ArrayList<>();
        for (int i = 0; i < windows.size(); i++) {
            intervals.addAll(window(windows.get(i), path + "[" + i + "]"));
        }
        return IntervalSet.of(intervals);
    }

    private List<Interval> window(TimeWindow window, String path) {
        if (window == null) {
            problems.add(path, "The time window is null (null); give days, start and end, or remove it.");
            return List.of();
        }
        Integer start = timeOfDay(window.getStart(), false, path + ".start");
        Integer end = timeOfDay(window.getEnd(), true, path + ".end");
        if (start != null && end != null && end <= start) {
            problems.add(
                    path + ".end",
                    "The window's end (" + window.getEnd() + ") is not after its start (" + window.getStart()
                            + "); give an end later than the start, or 24:00 for the end of the day.");
        }
        List<Integer> days = dayIndexes(window.getDays(), path + ".days");
        if (start == null || end == null || end <= start) {
            return List.of();
        }
        List<Interval> intervals = new ArrayList<>();
        for (int day : days) {
            int dayStart = day * WeekClock.MINUTES_PER_DAY;
            intervals.add(new Interval(dayStart + start, dayStart + end));
        }
        return intervals;
    }

    private List<Integer> dayIndexes(List<Weekday> days, String path) {
        if (days == null || days.isEmpty()) {
            problems.add(
                    path,
                    "The window lists no days (" + (days == null ? "missing" : "[]")
                            + "); list at least one weekday such as MONDAY.");
            return List.of();
        }
        List<Integer> indexes = new ArrayList<>();
        for (int i = 0; i < days.size(); i++) {
            Weekday day = days.get(i);
            String dayPath = path + "[" + i + "]";
            if (day == null) {
                problems.add(dayPath, "The weekday is null (null); write one of MONDAY to SUNDAY.");
                continue;
            }
            if (clock == null) {
                continue;
            }
            Optional<Integer> index = clock.dayIndex(DayOfWeek.valueOf(day.getValue()));
            if (index.isPresent()) {
                indexes.add(index.get());
            } else {
                problems.add(
                        dayPath,
                        "The weekday (" + day.getValue() + ") is not in the plan's week (" + describeWeek()
                                + "); remove it, or lengthen the week at $.week.days.");
            }
        }
        return indexes;
    }

    /**
     * The minute of the day of a time {@code HH:mm}, or null after reporting a bad one; {@code 24:00} is allowed as
     * an end only.
     */
    Integer timeOfDay(String text, boolean isEnd, String path) {
        String what = isEnd ? "end" : "start";
        if (text == null) {
            problems.add(path, "The window's " + what + " is missing (missing); give a time such as 09:00.");
            return null;
        }
        Matcher matcher = TIME_OF_DAY.matcher(text);
        if (!matcher.matches()) {
            problems.add(
                    path,
                    "The " + what + " (" + text + ") is not a time of day HH:mm; write it with two digits each,"
                            + " such as 09:00.");
            return null;
        }
        int hours = Integer.parseInt(matcher.group(1));
        int minutes = Integer.parseInt(matcher.group(2));
        if (isEnd && hours == 24 && minutes == 0) {
            return WeekClock.MINUTES_PER_DAY;
        }
        if (hours > 23 || minutes > 59) {
            problems.add(
                    path,
                    "The " + what + " (" + text + ") is not a time of day; use 00:00 to 23:59"
                            + (isEnd ? ", or 24:00 for the end of the day." : "."));
            return null;
        }
        return hours * 60 + minutes;
    }

    /** The minute of the week of a session's start, or null after reporting a bad or missing one. */
    Integer sessionStart(String text, String sessionId, String path) {
        LocalDateTime dateTime;
        try {
            dateTime = LocalDateTime.parse(text, LOCAL_DATE_TIME);
        } catch (DateTimeParseException e) {
            problems.add(
                    path,
                    "The start (" + text + ") of session (" + sessionId + ") is not a local date-time"
                            + " yyyy-MM-ddTHH:mm; write it such as 2026-07-06T09:00.");
            return null;
        }
        if (clock == null) {
            return null;
        }
        Optional<Integer> minute = clock.toMinute(dateTime);
        if (minute.isEmpty()) {
            problems.add(
                    path,
                    "The start (" + text + ") of session (" + sessionId + ") is outside the plan's week ("
                            + describeWeek() + "); move it into the week or remove it.");
            return null;
        }
        return minute.get();
    }

    /** The local date-time of a minute of the week, as the format writes it. */
    static String format(WeekClock clock, int minute) {
        return clock.toDateTime(minute).format(LOCAL_DATE_TIME);
    }

    private String describeWeek() {
        return clock.days() + (clock.days() == 1 ? " day" : " days") + " from "
                + clock.startDate().getDayOfWeek() + " " + clock.startDate() + " to "
                + clock.date(clock.days() - 1).getDayOfWeek();
    }
}
