package org.linli.datasets.itc2007;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The scorer against the official validator: each reference solution must cost exactly what the validator printed for
 * it (see {@code itc2007/SOURCES.md}).
 */
class ItcScorerReferenceSolutionsTest {

    @Test
    void comp01ReferenceSolution_costs5() {
        assertFeasibleWithCost("comp01", 5);
    }

    @Test
    void comp02ReferenceSolution_costs36() {
        assertFeasibleWithCost("comp02", 36);
    }

    @Test
    void comp03ReferenceSolution_costs66() {
        assertFeasibleWithCost("comp03", 66);
    }

    @Test
    void comp04ReferenceSolution_costs37() {
        assertFeasibleWithCost("comp04", 37);
    }

    @Test
    void comp05ReferenceSolution_costs305() {
        assertFeasibleWithCost("comp05", 305);
    }

    @Test
    void comp06ReferenceSolution_costs40() {
        assertFeasibleWithCost("comp06", 40);
    }

    @Test
    void comp07ReferenceSolution_costs14() {
        assertFeasibleWithCost("comp07", 14);
    }

    @Test
    void toySolution_matchesTechnicalReportBreakdown() {
        ItcInstance toy = ItcReader.readBundled("toy");
        ItcSolution solution = ItcSolutionReader.read(toy, ItcTestData.solutionPath("toy-example.sol"));

        ItcCost cost = ItcScorer.score(toy, solution);

        assertThat(cost.lectures()).isZero();
        assertThat(cost.conflicts()).isEqualTo(3);
        assertThat(cost.availability()).isZero();
        assertThat(cost.roomOccupation()).isEqualTo(2);
        assertThat(cost.hardViolations()).isEqualTo(5);
        assertThat(cost.roomCapacityCost()).isEqualTo(8);
        assertThat(cost.minWorkingDaysCost()).isEqualTo(15);
        assertThat(cost.curriculumCompactnessCost()).isEqualTo(4);
        assertThat(cost.roomStabilityCost()).isEqualTo(3);
        assertThat(cost.softCost()).isEqualTo(30);
        assertThat(cost.ignoredRepeatedEntries()).isZero();
        assertThat(cost.toReport()).isEqualTo("""
                        Violations of Lectures (hard) : 0
                        Violations of Conflicts (hard) : 3
                        Violations of Availability (hard) : 0
                        Violations of RoomOccupation (hard) : 2
                        Cost of RoomCapacity (soft) : 8
                        Cost of MinWorkingDays (soft) : 15
                        Cost of CurriculumCompactness (soft) : 4
                        Cost of RoomStability (soft) : 3

                        Summary: Violations = 5, Total Cost = 30
                        """);
    }

    private static void assertFeasibleWithCost(String name, int expectedCost) {
        ItcInstance instance = ItcReader.readBundled(name);
        ItcSolution solution = ItcSolutionReader.read(instance, ItcTestData.solutionPath(name + ".sol"));

        ItcCost cost = ItcScorer.score(instance, solution);

        assertThat(solution.size()).isEqualTo(instance.totalLectures());
        assertThat(cost.hardViolations()).as(cost.toReport()).isZero();
        assertThat(cost.ignoredRepeatedEntries()).isZero();
        assertThat(cost.softCost()).as(cost.toReport()).isEqualTo(expectedCost);
        assertThat(cost.summary()).isEqualTo("Total Cost = " + expectedCost);
    }
}
