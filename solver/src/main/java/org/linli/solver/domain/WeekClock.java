package org.linli.solver.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * Turns the plan's local wall-clock times into minutes from the start of its first day and back. Every rule compares
 * these minutes, so sessions of different lengths are compared on real time, never on slot indexes. Times are
 * wall-clock times in the plan's zone: a daylight-saving shift inside the week does not move them.
 */
public record WeekClock(LocalDate startDate, int days, ZoneId zone) {

    public static final int MINUTES_PER_DAY = 24 * 60;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    public WeekClock {
        if (days < 1 || days > 7) {
            throw new IllegalArgumentException("A plan's week has 1 to 7 days, not " + days + ".");
        }
    }

    public int weekMinutes() {
        return days * MINUTES_PER_DAY;
    }

    public static int day(int minute) {
        return Math.floorDiv(minute, MINUTES_PER_DAY);
    }

    public static int minuteOfDay(int minute) {
        return Math.floorMod(minute, MINUTES_PER_DAY);
    }

    /** The day index (0 = start date) of a weekday, if the week covers it. */
    public Optional<Integer> dayIndex(DayOfWeek dayOfWeek) {
        int offset =
                Math.floorMod(dayOfWeek.getValue() - startDate.getDayOfWeek().getValue(), 7);
        return offset < days ? Optional.of(offset) : Optional.empty();
    }

    public LocalDate date(int dayIndex) {
        return startDate.plusDays(dayIndex);
    }

    public LocalDateTime toDateTime(int minute) {
        return startDate.atStartOfDay().plusMinutes(minute);
    }

    /** The minute of a local date-time, or empty when it lies outside the week. */
    public Optional<Integer> toMinute(LocalDateTime dateTime) {
        long minutes =
                java.time.Duration.between(startDate.atStartOfDay(), dateTime).toMinutes();
        return minutes >= 0 && minutes < weekMinutes() ? Optional.of((int) minutes) : Optional.empty();
    }

    public DayOfWeek dayOfWeek(int minute) {
        return date(day(minute)).getDayOfWeek();
    }

    /** A short, readable form such as {@code Mon 16:30}. */
    public String describe(int minute) {
        String weekday = dayOfWeek(minute).name();
        return weekday.charAt(0) + weekday.substring(1, 3).toLowerCase() + " " + timeOfDay(minute);
    }

    /** The time of day of a start: {@code 00:00} for midnight. */
    public static String timeOfDay(int minute) {
        int ofDay = minuteOfDay(minute);
        return LocalTime.of(ofDay / 60, ofDay % 60).format(TIME);
    }

    /** The time of day of an end: {@code 24:00} for the midnight that ends a day. */
    public static String endTimeOfDay(int minute) {
        return minuteOfDay(minute) == 0 && minute > 0 ? "24:00" : timeOfDay(minute);
    }
}
