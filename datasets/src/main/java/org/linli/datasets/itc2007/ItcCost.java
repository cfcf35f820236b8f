package org.linli.datasets.itc2007;

/**
 * The official ITC2007 Track 3 evaluation of a timetable, component by component, as computed by {@link ItcScorer}.
 *
 * <p>The four hard components are violation counts; a timetable is feasible when they are all zero. The four soft
 * components are kept as raw counts and weighted by the competition weights ({@value #ROOM_CAPACITY_WEIGHT},
 * {@value #MIN_WORKING_DAYS_WEIGHT}, {@value #CURRICULUM_COMPACTNESS_WEIGHT}, {@value #ROOM_STABILITY_WEIGHT}) in the
 * {@code ...Cost()} methods, so reports can show both. {@link #toReport()} prints the cost block of the official
 * validator so the two outputs can be compared line by line.
 *
 * @param lectures hard: per course, the difference between the required lectures and the periods it is taught in
 * @param conflicts hard: per pair of conflicting courses (same curriculum or same teacher), the periods both are taught
 *     in
 * @param availability hard: lectures in a period their course is unavailable
 * @param roomOccupation hard: per room and period, the lectures beyond the first
 * @param roomCapacity soft: per lecture, the students beyond its room's capacity, summed
 * @param minWorkingDays soft: per course, the days missing to reach its minimum working days, summed
 * @param curriculumCompactness soft: per curriculum, the lectures with no lecture of the curriculum in an adjacent
 *     period of the same day
 * @param roomStability soft: per course, the distinct rooms beyond the first, summed
 * @param ignoredRepeatedEntries lectures of a course in a period the course was already taught in; the official
 *     validator skips them with a warning, so they add to no component (except that {@code lectures} sees the lecture
 *     as missing)
 */
public record ItcCost(
        int lectures,
        int conflicts,
        int availability,
        int roomOccupation,
        int roomCapacity,
        int minWorkingDays,
        int curriculumCompactness,
        int roomStability,
        int ignoredRepeatedEntries) {

    /** Cost of each student beyond a room's capacity. */
    public static final int ROOM_CAPACITY_WEIGHT = 1;
    /** Cost of each working day below a course's minimum. */
    public static final int MIN_WORKING_DAYS_WEIGHT = 5;
    /** Cost of each isolated lecture of a curriculum. */
    public static final int CURRICULUM_COMPACTNESS_WEIGHT = 2;
    /** Cost of each room a course uses beyond its first. */
    public static final int ROOM_STABILITY_WEIGHT = 1;

    public ItcCost {
        for (int value : new int[] {
            lectures,
            conflicts,
            availability,
            roomOccupation,
            roomCapacity,
            minWorkingDays,
            curriculumCompactness,
            roomStability,
            ignoredRepeatedEntries
        }) {
            ItcInstance.requireNonNegative(value, "a cost component");
        }
    }

    /** The RoomCapacity cost as the validator prints it. */
    public int roomCapacityCost() {
        return roomCapacity * ROOM_CAPACITY_WEIGHT;
    }

    /** The MinWorkingDays cost as the validator prints it. */
    public int minWorkingDaysCost() {
        return minWorkingDays * MIN_WORKING_DAYS_WEIGHT;
    }

    /** The CurriculumCompactness cost as the validator prints it. */
    public int curriculumCompactnessCost() {
        return curriculumCompactness * CURRICULUM_COMPACTNESS_WEIGHT;
    }

    /** The RoomStability cost as the validator prints it. */
    public int roomStabilityCost() {
        return roomStability * ROOM_STABILITY_WEIGHT;
    }

    /** The validator's {@code Violations}: the sum of the four hard components. */
    public int hardViolations() {
        return lectures + conflicts + availability + roomOccupation;
    }

    /** The validator's {@code Total Cost}: the weighted sum of the four soft components (hard violations excluded). */
    public int softCost() {
        return roomCapacityCost() + minWorkingDaysCost() + curriculumCompactnessCost() + roomStabilityCost();
    }

    /** Whether no hard constraint is violated; only then is {@link #softCost()} comparable with published results. */
    public boolean isFeasible() {
        return hardViolations() == 0;
    }

    /**
     * The validator's summary line: {@code Violations = 5, Total Cost = 30}, or {@code Total Cost = 5} when feasible
     * (the validator omits the violations then).
     */
    public String summary() {
        return (hardViolations() > 0 ? "Violations = " + hardViolations() + ", " : "") + "Total Cost = " + softCost();
    }

    /**
     * The cost block of the official validator's output, one line per component, then its warning count (only if
     * there were ignored repeated entries) and {@code Summary:} line.
     */
    public String toReport() {
        StringBuilder report = new StringBuilder();
        report.append("Violations of Lectures (hard) : ").append(lectures).append('\n');
        report.append("Violations of Conflicts (hard) : ").append(conflicts).append('\n');
        report.append("Violations of Availability (hard) : ")
                .append(availability)
                .append('\n');
        report.append("Violations of RoomOccupation (hard) : ")
                .append(roomOccupation)
                .append('\n');
        report.append("Cost of RoomCapacity (soft) : ")
                .append(roomCapacityCost())
                .append('\n');
        report.append("Cost of MinWorkingDays (soft) : ")
                .append(minWorkingDaysCost())
                .append('\n');
        report.append("Cost of CurriculumCompactness (soft) : ")
                .append(curriculumCompactnessCost())
                .append('\n');
        report.append("Cost of RoomStability (soft) : ")
                .append(roomStabilityCost())
                .append('\n');
        report.append('\n');
        if (ignoredRepeatedEntries > 0) {
            report.append("There are ").append(ignoredRepeatedEntries).append(" warnings!\n");
        }
        report.append("Summary: ").append(summary()).append('\n');
        return report.toString();
    }
}
