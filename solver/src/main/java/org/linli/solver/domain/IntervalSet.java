package org.linli.solver.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * An immutable set of half-open minute intervals {@code [start, end)} within the plan's week, kept sorted and merged
 * so that coverage and overlap queries take logarithmic time. Minutes count from the start of the plan's first day.
 */
public final class IntervalSet {

    private static final IntervalSet EMPTY = new IntervalSet(new int[0], new int[0]);

    private final int[] starts;
    private final int[] ends;

    private IntervalSet(int[] starts, int[] ends) {
        this.starts = starts;
        this.ends = ends;
    }

    public static IntervalSet empty() {
        return EMPTY;
    }

    /** Everything from minute 0 to {@code weekMinutes}. */
    public static IntervalSet all(int weekMinutes) {
        return new IntervalSet(new int[] {0}, new int[] {weekMinutes});
    }

    /** Builds a set from intervals that may overlap, touch or come in any order; empty intervals are ignored. */
    public static IntervalSet of(List<Interval> intervals) {
        List<Interval> sorted = new ArrayList<>(intervals.stream()
                .filter(interval -> interval.end() > interval.start())
                .toList());
        sorted.sort(Comparator.comparingInt(Interval::start));
        List<Interval> merged = new ArrayList<>();
        for (Interval interval : sorted) {
            if (!merged.isEmpty() && merged.getLast().end() >= interval.start()) {
                Interval last = merged.removeLast();
                merged.add(new Interval(last.start(), Math.max(last.end(), interval.end())));
            } else {
                merged.add(interval);
            }
        }
        if (merged.isEmpty()) {
            return EMPTY;
        }
        return new IntervalSet(
                merged.stream().mapToInt(Interval::start).toArray(),
                merged.stream().mapToInt(Interval::end).toArray());
    }

    public static IntervalSet of(Interval... intervals) {
        return of(Arrays.asList(intervals));
    }

    public boolean isEmpty() {
        return starts.length == 0;
    }

    public List<Interval> intervals() {
        List<Interval> list = new ArrayList<>(starts.length);
        for (int i = 0; i < starts.length; i++) {
            list.add(new Interval(starts[i], ends[i]));
        }
        return list;
    }

    /** How many minutes of {@code [start, end)} this set covers. */
    public int overlapMinutes(int start, int end) {
        int total = 0;
        for (int i = firstEndingAfter(start); i < starts.length && starts[i] < end; i++) {
            total += Math.min(end, ends[i]) - Math.max(start, starts[i]);
        }
        return total;
    }

    /** How many minutes of {@code [start, end)} lie outside this set. */
    public int uncoveredMinutes(int start, int end) {
        return (end - start) - overlapMinutes(start, end);
    }

    public boolean covers(int start, int end) {
        return uncoveredMinutes(start, end) == 0;
    }

    public boolean overlaps(int start, int end) {
        return overlapMinutes(start, end) > 0;
    }

    /** The first minute in {@code [start, end)} that this set does not cover, or -1 if it covers all of it. */
    public int firstUncoveredMinute(int start, int end) {
        int cursor = start;
        for (int i = firstEndingAfter(start); i < starts.length && starts[i] <= cursor && cursor < end; i++) {
            cursor = Math.max(cursor, ends[i]);
        }
        return cursor < end ? cursor : -1;
    }

    /** The intervals of this set that overlap {@code [start, end)}. */
    public List<Interval> overlapping(int start, int end) {
        List<Interval> list = new ArrayList<>();
        for (int i = firstEndingAfter(start); i < starts.length && starts[i] < end; i++) {
            list.add(new Interval(starts[i], ends[i]));
        }
        return list;
    }

    public IntervalSet minus(IntervalSet other) {
        if (other.isEmpty() || isEmpty()) {
            return this;
        }
        List<Interval> result = new ArrayList<>();
        for (int i = 0; i < starts.length; i++) {
            int cursor = starts[i];
            for (Interval cut : other.overlapping(starts[i], ends[i])) {
                if (cut.start() > cursor) {
                    result.add(new Interval(cursor, cut.start()));
                }
                cursor = Math.max(cursor, cut.end());
            }
            if (cursor < ends[i]) {
                result.add(new Interval(cursor, ends[i]));
            }
        }
        return of(result);
    }

    public IntervalSet intersect(IntervalSet other) {
        List<Interval> result = new ArrayList<>();
        for (int i = 0; i < starts.length; i++) {
            for (Interval piece : other.overlapping(starts[i], ends[i])) {
                result.add(new Interval(Math.max(starts[i], piece.start()), Math.min(ends[i], piece.end())));
            }
        }
        return of(result);
    }

    public int totalMinutes() {
        int total = 0;
        for (int i = 0; i < starts.length; i++) {
            total += ends[i] - starts[i];
        }
        return total;
    }

    private int firstEndingAfter(int minute) {
        int low = 0;
        int high = ends.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (ends[mid] <= minute) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof IntervalSet set && Arrays.equals(starts, set.starts) && Arrays.equals(ends, set.ends);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(starts) + Arrays.hashCode(ends);
    }

    @Override
    public String toString() {
        return intervals().toString();
    }
}
