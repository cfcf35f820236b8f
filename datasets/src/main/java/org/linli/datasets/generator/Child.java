package org.linli.datasets.generator;

import java.util.ArrayList;
import java.util.List;

/** A generated child: grade, school timetable and the groups they join, with the times they are busy. */
final class Child {

    final String id;
    final int grade;
    /** The minute of the day school ends on each day (0 = Monday), or null in the holiday. */
    final int[] schoolEnds;

    final List<Offering> groups = new ArrayList<>();
    /** Busy intervals in minutes of the week: school, then the reference timetable's sessions. */
    final List<int[]> busy = new ArrayList<>();

    Child(String id, int grade, int[] schoolEnds) {
        this.id = id;
        this.grade = grade;
        this.schoolEnds = schoolEnds;
        if (schoolEnds != null) {
            for (int day = 0; day < schoolEnds.length; day++) {
                busy.add(new int[] {Minutes.of(day, WeekKind.SCHOOL_START), Minutes.of(day, schoolEnds[day])});
            }
        }
    }

    /** Forgets the reference timetable's sessions, keeping school. */
    void resetBusy() {
        busy.subList(schoolEnds == null ? 0 : schoolEnds.length, busy.size()).clear();
    }

    boolean isFree(int start, int end) {
        return Minutes.noneOverlaps(busy, start, end);
    }

    /** Whether {@code [start, end)}, which lies within one day, overlaps the child's school time that day. */
    boolean isAtSchool(int start, int end) {
        if (schoolEnds == null) {
            return false;
        }
        int day = Minutes.day(start);
        return Minutes.of(day, WeekKind.SCHOOL_START) < end && start < Minutes.of(day, schoolEnds[day]);
    }

    long groupCount(boolean knowledge) {
        return groups.stream()
                .filter(group -> group.course.knowledge() == knowledge)
                .count();
    }

    boolean takes(Course course) {
        return groups.stream().anyMatch(group -> group.course == course);
    }
}
