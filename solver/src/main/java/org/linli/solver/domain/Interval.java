package org.linli.solver.domain;

/** A half-open interval {@code [start, end)} of minutes from the start of the plan's week. */
public record Interval(int start, int end) {

    public Interval {
        if (end < start) {
            throw new IllegalArgumentException(
                    "An interval's end (" + end + ") lies before its start (" + start + ").");
        }
    }

    public int minutes() {
        return end - start;
    }

    public boolean overlaps(int otherStart, int otherEnd) {
        return start < otherEnd && otherStart < end;
    }
}
