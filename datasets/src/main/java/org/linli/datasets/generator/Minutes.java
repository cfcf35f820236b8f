package org.linli.datasets.generator;

import java.util.List;
import java.util.Locale;

/** Minutes of the generated week: day 0 is Monday, and a minute of the week is {@code day * 1440 + minute of day}. */
final class Minutes {

    static final int PER_DAY = 24 * 60;

    private Minutes() {}

    static int of(int day, int minuteOfDay) {
        return day * PER_DAY + minuteOfDay;
    }

    static int day(int minuteOfWeek) {
        return minuteOfWeek / PER_DAY;
    }

    /** Whether none of the half-open intervals overlaps {@code [start, end)}. */
    static boolean noneOverlaps(List<int[]> intervals, int start, int end) {
        for (int[] interval : intervals) {
            if (interval[0] < end && start < interval[1]) {
                return false;
            }
        }
        return true;
    }

    /** {@code HH:mm} of a minute of the day; 1440 is {@code 24:00}. */
    static String time(int minuteOfDay) {
        return String.format(Locale.ROOT, "%02d:%02d", minuteOfDay / 60, minuteOfDay % 60);
    }
}
