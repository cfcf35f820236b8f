package org.linli.datasets.itc2007;

import java.util.List;

/**
 * A timetable for an ITC2007 Track 3 instance: where and when each lecture is taught, one {@link Assignment} per
 * lecture.
 *
 * <p>Deliberately a plain list, as in the {@code .sol} format, and not checked against an instance: a solver's output
 * may be infeasible (too few lectures, a course twice in one period) and must still be scored, not refused. Use
 * {@link ItcSolutionReader} to read one checked against its instance and {@link ItcScorer} to cost it.
 *
 * @param assignments the lectures in the order they were read or produced
 */
public record ItcSolution(List<Assignment> assignments) {

    /**
     * One lecture of course {@code courseId} in room {@code roomId} at period {@code period} (0-based, within the day)
     * of day {@code day} (0-based).
     */
    public record Assignment(String courseId, String roomId, int day, int period) {
        public Assignment {
            ItcInstance.requireToken(courseId, "course id of an assignment");
            ItcInstance.requireToken(roomId, "room id of an assignment of '" + courseId + "'");
            ItcInstance.requireNonNegative(day, "day of an assignment of '" + courseId + "'");
            ItcInstance.requireNonNegative(period, "period of an assignment of '" + courseId + "'");
        }
    }

    public ItcSolution {
        assignments = List.copyOf(assignments);
    }

    /** The number of lectures this solution places. */
    public int size() {
        return assignments.size();
    }
}
