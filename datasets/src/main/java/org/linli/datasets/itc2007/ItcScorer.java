package org.linli.datasets.itc2007;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Computes the official ITC2007 Track 3 cost of a timetable, reproducing the competition validator
 * ({@code validator.cc} 1.1 by Schaerf and Di Gaspero, shipped as {@code ctt-validator.cc} with the ITC2007 material)
 * rule for rule, so that costs reported for the engine are comparable with the published results.
 *
 * <p>Counting rules, as in the validator:
 *
 * <ul>
 *   <li>A timetable is first reduced to at most one room per course and period. A later lecture of a course in a period
 *       it already has is ignored (the validator skips it with a warning); it is counted in
 *       {@link ItcCost#ignoredRepeatedEntries()} and nowhere else.
 *   <li><b>Lectures</b> (hard): per course, {@code |periods taught - lectures required|}; missing and surplus lectures
 *       both count, and an ignored repeated entry therefore counts as a missing lecture.
 *   <li><b>Conflicts</b> (hard): two courses conflict if they share a curriculum or a teacher (once, however many
 *       curricula they share). Per pair of conflicting courses, each period in which both are taught counts 1; three
 *       conflicting courses in one period count 3.
 *   <li><b>Availability</b> (hard): each lecture in a period its course is unavailable counts 1.
 *   <li><b>RoomOccupation</b> (hard): per room and period, {@code lectures - 1} when more than one lecture is there.
 *   <li><b>RoomCapacity</b> (soft, weight 1): per lecture, {@code students - capacity} when positive.
 *   <li><b>MinWorkingDays</b> (soft, weight 5): per course, {@code minWorkingDays - distinct days taught} when
 *       positive.
 *   <li><b>CurriculumCompactness</b> (soft, weight 2): per curriculum and period, if the curriculum has lectures in the
 *       period but none in the previous or next period of the same day, all its lectures in that period count (two
 *       clashing isolated lectures count 2). With a single period per day the validator reads across day boundaries
 *       and past its arrays; there every lecture is isolated by the definition, and that is what is counted here.
 *   <li><b>RoomStability</b> (soft, weight 1): per course, {@code distinct rooms - 1}.
 * </ul>
 *
 * <p>Unlike the validator, a lecture naming an unknown course or room, or a day or period outside the instance, is
 * refused with an {@link IllegalArgumentException} instead of being skipped: {@link ItcSolutionReader} already rejects
 * those lines, and a solution built in code with such a lecture is a bug to report, not a cost to hide.
 */
public final class ItcScorer {

    private ItcScorer() {}

    /** The official cost of {@code solution} on {@code instance}. */
    public static ItcCost score(ItcInstance instance, ItcSolution solution) {
        return new Evaluation(instance, solution).cost();
    }

    /** Index-based view of one instance and timetable; arrays because the validator's rules are all counts. */
    private static final class Evaluation {

        private static final int NONE = -1;

        private final ItcInstance instance;
        private final List<ItcInstance.Course> courses;
        private final int periods;
        private final int periodsPerDay;
        private final Map<String, Integer> courseIndex;
        /** Room index per course and period, {@link #NONE} where the course is not taught. */
        private final int[][] roomOf;

        private int ignoredRepeatedEntries;

        Evaluation(ItcInstance instance, ItcSolution solution) {
            this.instance = instance;
            this.courses = instance.courses();
            this.periods = instance.periods();
            this.periodsPerDay = instance.periodsPerDay();
            this.courseIndex =
                    indexOf(courses.stream().map(ItcInstance.Course::id).toList());
            Map<String, Integer> roomIndex =
                    indexOf(instance.rooms().stream().map(ItcInstance.Room::id).toList());
            roomOf = new int[courses.size()][periods];
            for (int[] row : roomOf) {
                Arrays.fill(row, NONE);
            }
            for (ItcSolution.Assignment assignment : solution.assignments()) {
                Integer c = courseIndex.get(assignment.courseId());
                Integer r = roomIndex.get(assignment.roomId());
                if (c == null || r == null) {
                    throw new IllegalArgumentException("lecture " + assignment + " names "
                            + (c == null ? "unknown course '" + assignment.courseId() + "'" : "")
                            + (c == null && r == null ? " and " : "")
                            + (r == null ? "unknown room '" + assignment.roomId() + "'" : "")
                            + " of instance " + instance.name());
                }
                if (assignment.day() >= instance.days() || assignment.period() >= periodsPerDay) {
                    throw new IllegalArgumentException("lecture " + assignment + " is outside " + instance.days()
                            + " days x " + periodsPerDay + " periods of instance " + instance.name());
                }
                int p = assignment.day() * periodsPerDay + assignment.period();
                if (roomOf[c][p] != NONE) {
                    // The validator keeps the first lecture of a course in a period and skips the others.
                    ignoredRepeatedEntries++;
                } else {
                    roomOf[c][p] = r;
                }
            }
        }

        ItcCost cost() {
            return new ItcCost(
                    lectures(),
                    conflicts(),
                    availability(),
                    roomOccupation(),
                    roomCapacity(),
                    minWorkingDays(),
                    curriculumCompactness(),
                    roomStability(),
                    ignoredRepeatedEntries);
        }

        private boolean taught(int c, int p) {
            return roomOf[c][p] != NONE;
        }

        private int lectures() {
            int violations = 0;
            for (int c = 0; c < courses.size(); c++) {
                int taught = 0;
                for (int p = 0; p < periods; p++) {
                    if (taught(c, p)) {
                        taught++;
                    }
                }
                violations += Math.abs(taught - courses.get(c).lectures());
            }
            return violations;
        }

        private int conflicts() {
            boolean[][] conflicting = conflictMatrix();
            int violations = 0;
            for (int c1 = 0; c1 < courses.size(); c1++) {
                for (int c2 = c1 + 1; c2 < courses.size(); c2++) {
                    if (conflicting[c1][c2]) {
                        for (int p = 0; p < periods; p++) {
                            if (taught(c1, p) && taught(c2, p)) {
                                violations++;
                            }
                        }
                    }
                }
            }
            return violations;
        }

        /** Symmetric: courses sharing a curriculum or a teacher. */
        private boolean[][] conflictMatrix() {
            boolean[][] conflicting = new boolean[courses.size()][courses.size()];
            for (int[] members : curriculumMembers()) {
                for (int a : members) {
                    for (int b : members) {
                        if (a != b) {
                            conflicting[a][b] = true;
                        }
                    }
                }
            }
            for (int c1 = 0; c1 < courses.size(); c1++) {
                for (int c2 = c1 + 1; c2 < courses.size(); c2++) {
                    if (courses.get(c1).teacher().equals(courses.get(c2).teacher())) {
                        conflicting[c1][c2] = true;
                        conflicting[c2][c1] = true;
                    }
                }
            }
            return conflicting;
        }

        private int availability() {
            boolean[][] unavailable = new boolean[courses.size()][periods];
            for (ItcInstance.Unavailability u : instance.unavailabilities()) {
                unavailable[courseIndex.get(u.courseId())][u.day() * periodsPerDay + u.period()] = true;
            }
            int violations = 0;
            for (int c = 0; c < courses.size(); c++) {
                for (int p = 0; p < periods; p++) {
                    if (taught(c, p) && unavailable[c][p]) {
                        violations++;
                    }
                }
            }
            return violations;
        }

        private int roomOccupation() {
            int[][] lecturesIn = new int[instance.rooms().size()][periods];
            for (int c = 0; c < courses.size(); c++) {
                for (int p = 0; p < periods; p++) {
                    if (taught(c, p)) {
                        lecturesIn[roomOf[c][p]][p]++;
                    }
                }
            }
            int violations = 0;
            for (int[] room : lecturesIn) {
                for (int count : room) {
                    violations += Math.max(0, count - 1);
                }
            }
            return violations;
        }

        private int roomCapacity() {
            List<ItcInstance.Room> rooms = instance.rooms();
            int excess = 0;
            for (int c = 0; c < courses.size(); c++) {
                for (int p = 0; p < periods; p++) {
                    if (taught(c, p)) {
                        excess += Math.max(
                                0,
                                courses.get(c).students()
                                        - rooms.get(roomOf[c][p]).capacity());
                    }
                }
            }
            return excess;
        }

        private int minWorkingDays() {
            int missingDays = 0;
            for (int c = 0; c < courses.size(); c++) {
                int workingDays = 0;
                for (int day = 0; day < instance.days(); day++) {
                    for (int p = day * periodsPerDay; p < (day + 1) * periodsPerDay; p++) {
                        if (taught(c, p)) {
                            workingDays++;
                            break;
                        }
                    }
                }
                missingDays += Math.max(0, courses.get(c).minWorkingDays() - workingDays);
            }
            return missingDays;
        }

        private int curriculumCompactness() {
            int isolated = 0;
            for (int[] members : curriculumMembers()) {
                int[] lecturesAt = new int[periods];
                for (int c : members) {
                    for (int p = 0; p < periods; p++) {
                        if (taught(c, p)) {
                            lecturesAt[p]++;
                        }
                    }
                }
                for (int p = 0; p < periods; p++) {
                    if (lecturesAt[p] == 0) {
                        continue;
                    }
                    int slot = p % periodsPerDay;
                    boolean before = slot > 0 && lecturesAt[p - 1] > 0;
                    boolean after = slot < periodsPerDay - 1 && lecturesAt[p + 1] > 0;
                    if (!before && !after) {
                        isolated += lecturesAt[p];
                    }
                }
            }
            return isolated;
        }

        private int roomStability() {
            int extraRooms = 0;
            for (int c = 0; c < courses.size(); c++) {
                boolean[] used = new boolean[instance.rooms().size()];
                int distinct = 0;
                for (int p = 0; p < periods; p++) {
                    if (taught(c, p) && !used[roomOf[c][p]]) {
                        used[roomOf[c][p]] = true;
                        distinct++;
                    }
                }
                extraRooms += Math.max(0, distinct - 1);
            }
            return extraRooms;
        }

        private List<int[]> curriculumMembers() {
            return instance.curricula().stream()
                    .map(curriculum -> curriculum.courseIds().stream()
                            .mapToInt(courseIndex::get)
                            .toArray())
                    .toList();
        }

        private static Map<String, Integer> indexOf(List<String> ids) {
            Map<String, Integer> index = new HashMap<>();
            for (int i = 0; i < ids.size(); i++) {
                index.put(ids.get(i), i);
            }
            return index;
        }
    }
}
