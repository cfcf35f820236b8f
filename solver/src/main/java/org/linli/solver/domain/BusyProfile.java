package org.linli.solver.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;

/**
 * How many of a group's students are at school at each minute of the week, as a step function with prefix sums, so
 * that the student-minutes a session overlaps school time take two binary searches however many students there are.
 */
public final class BusyProfile {

    private static final BusyProfile EMPTY = new BusyProfile(new int[0], new int[0], new long[0]);

    private final int[] times;
    private final int[] countFrom;
    private final long[] studentMinutesBefore;

    private BusyProfile(int[] times, int[] countFrom, long[] studentMinutesBefore) {
        this.times = times;
        this.countFrom = countFrom;
        this.studentMinutesBefore = studentMinutesBefore;
    }

    public static BusyProfile of(List<Student> students) {
        TreeMap<Integer, Integer> delta = new TreeMap<>();
        for (Student student : students) {
            for (Interval busy : student.getSchoolBusy().intervals()) {
                delta.merge(busy.start(), 1, Integer::sum);
                delta.merge(busy.end(), -1, Integer::sum);
            }
        }
        if (delta.isEmpty()) {
            return EMPTY;
        }
        int size = delta.size();
        int[] times = new int[size];
        int[] countFrom = new int[size];
        long[] before = new long[size];
        int i = 0;
        int count = 0;
        for (var entry : delta.entrySet()) {
            times[i] = entry.getKey();
            before[i] = i == 0 ? 0 : before[i - 1] + (long) countFrom[i - 1] * (times[i] - times[i - 1]);
            count += entry.getValue();
            countFrom[i] = count;
            i++;
        }
        return new BusyProfile(times, countFrom, before);
    }

    /** The sum over the students of the minutes of {@code [start, end)} each one is at school. */
    public long studentMinutes(int start, int end) {
        return cumulative(end) - cumulative(start);
    }

    public boolean isEmpty() {
        return times.length == 0;
    }

    private long cumulative(int minute) {
        int index = Arrays.binarySearch(times, minute);
        if (index >= 0) {
            return studentMinutesBefore[index];
        }
        int previous = -index - 2;
        if (previous < 0) {
            return 0;
        }
        return studentMinutesBefore[previous] + (long) countFrom[previous] * (minute - times[previous]);
    }

    /** The students of the list whose school time overlaps {@code [start, end)}. */
    public static List<Student> busyStudents(List<Student> students, int start, int end) {
        List<Student> busy = new ArrayList<>();
        for (Student student : students) {
            if (student.getSchoolBusy().overlaps(start, end)) {
                busy.add(student);
            }
        }
        return busy;
    }
}
