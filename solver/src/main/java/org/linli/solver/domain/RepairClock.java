package org.linli.solver.domain;

/**
 * When a repair runs, as a minute of the plan's week (it may be negative when the repair runs before the week
 * starts, such as the night before its first day). A problem fact of a repair problem: the "Published plan change"
 * rule reads it to charge more for changing a session that is soon, because its families have less time to adapt.
 *
 * <p>The proximity factor is {@value #WITHIN_DAY_FACTOR} for a session whose published start is less than 24 hours
 * after now, {@value #WITHIN_THREE_DAYS_FACTOR} for one less than 72 hours after now, and 1 for any later one.
 */
public record RepairClock(int nowMinute) {

    public static final int WITHIN_DAY_FACTOR = 10;
    public static final int WITHIN_THREE_DAYS_FACTOR = 3;
    private static final long DAY = WeekClock.MINUTES_PER_DAY;

    /** How many times a change of a session with this published start counts; 1 when it had no start. */
    public int proximityFactor(Integer publishedStart) {
        if (publishedStart == null) {
            return 1;
        }
        long ahead = (long) publishedStart - nowMinute;
        if (ahead < DAY) {
            return WITHIN_DAY_FACTOR;
        }
        if (ahead < 3 * DAY) {
            return WITHIN_THREE_DAYS_FACTOR;
        }
        return 1;
    }
}
