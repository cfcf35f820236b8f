package org.linli.datasets.itc2007;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Solution lines are checked against the instance: a bad line is an error naming it, never a skipped line. */
class ItcSolutionReaderTest {

    private static final ItcInstance TOY = ItcReader.readBundled("toy");
    private static final String SOLUTION = ItcTestData.solutionText("toy-example.sol");

    @Test
    void toySolution_readsEveryLineInOrder() {
        ItcSolution solution = ItcSolutionReader.parse(TOY, SOLUTION, "toy-example.sol");

        assertThat(solution.size()).isEqualTo(16);
        assertThat(solution.assignments().getFirst()).isEqualTo(new ItcSolution.Assignment("SceCosC", "B", 3, 0));
        assertThat(solution.assignments().getLast()).isEqualTo(new ItcSolution.Assignment("Geotec", "A", 4, 2));
    }

    @Test
    void blankLinesAndMixedWhitespace_areAccepted() {
        ItcSolution solution = ItcSolutionReader.parse(TOY, "\n  SceCosC\tB  3 0 \n\n\r\nGeotec A 4 2", "s.sol");

        assertThat(solution.assignments())
                .containsExactly(
                        new ItcSolution.Assignment("SceCosC", "B", 3, 0),
                        new ItcSolution.Assignment("Geotec", "A", 4, 2));
    }

    @Test
    void emptySolution_isAnEmptyTimetable() {
        assertThat(ItcSolutionReader.parse(TOY, "", "empty.sol").assignments()).isEmpty();
    }

    @Test
    void solutionWithUnknownCourse_isRejectedNamingLineAndToken() {
        ItcFormatException error = readFailing(SOLUTION.replace("ArcTec B 1 1", "ArcTex B 1 1"));

        assertThat(error.line()).isEqualTo(5);
        assertThat(error).hasMessage("toy-example.sol line 5: unknown course 'ArcTex' (not in instance ToyExample)");
    }

    @Test
    void solutionWithUnknownRoom_isRejectedNamingLineAndToken() {
        // The r-prefixed room ids of the other copy of the instances are different ids, not aliases.
        ItcFormatException error = readFailing(SOLUTION.replace("SceCosC A 3 1", "SceCosC rA 3 1"));

        assertThat(error).hasMessage("toy-example.sol line 2: unknown room 'rA' (not in instance ToyExample)");
    }

    @Test
    void solutionLineWithTooFewTokens_isRejected() {
        ItcFormatException error = readFailing(SOLUTION.replace("TecCos B 0 0", "TecCos B 0"));

        assertThat(error)
                .hasMessage("toy-example.sol line 7: expected 4 tokens (CourseID RoomID Day Day_Period) but found 3 in"
                        + " 'TecCos B 0'");
    }

    @Test
    void solutionLineWithTooManyTokens_isRejected() {
        ItcFormatException error = readFailing(SOLUTION.replace("TecCos B 0 0", "TecCos B 0 0 1"));

        assertThat(error).hasMessageStartingWith("toy-example.sol line 7: expected 4 tokens");
    }

    @Test
    void nonIntegerDay_isRejected() {
        ItcFormatException error = readFailing(SOLUTION.replace("TecCos A 0 1", "TecCos A Mon 1"));

        assertThat(error)
                .hasMessage("toy-example.sol line 8: expected a non-negative integer for 'day' but found 'Mon'");
    }

    @Test
    void nonIntegerPeriod_isRejected() {
        ItcFormatException error = readFailing(SOLUTION.replace("TecCos A 0 1", "TecCos A 0 1.5"));

        assertThat(error)
                .hasMessage("toy-example.sol line 8: expected a non-negative integer for 'period' but found '1.5'");
    }

    @Test
    void dayOutsideTheWeek_isRejected() {
        ItcFormatException error = readFailing(SOLUTION.replace("Geotec A 4 2", "Geotec A 5 2"));

        assertThat(error)
                .hasMessage("toy-example.sol line 16: 'day' (5) is out of range: the instance has 5 days, numbered 0 to"
                        + " 4");
    }

    @Test
    void periodOutsideTheDay_isRejected() {
        ItcFormatException error = readFailing(SOLUTION.replace("Geotec A 4 2", "Geotec A 4 4"));

        assertThat(error)
                .hasMessage("toy-example.sol line 16: 'period' (4) is out of range: the instance has 4 periods per day,"
                        + " numbered 0 to 3");
    }

    @Test
    void negativePeriod_isRejected() {
        ItcFormatException error = readFailing(SOLUTION.replace("Geotec A 4 2", "Geotec A 4 -1"));

        assertThat(error).hasMessageContaining("line 16").hasMessageContaining("'-1'");
    }

    @Test
    void courseTwiceInOnePeriod_isKeptForTheScorer() {
        ItcSolution solution = ItcSolutionReader.parse(TOY, "TecCos A 0 1\nTecCos B 0 1\n", "twice.sol");

        assertThat(solution.assignments()).hasSize(2);
        assertThat(ItcScorer.score(TOY, solution).ignoredRepeatedEntries()).isEqualTo(1);
    }

    @Test
    void referenceSolutions_haveOneLinePerRequiredLecture() {
        for (String name : List.of("comp01", "comp02", "comp03", "comp04", "comp05", "comp06", "comp07")) {
            ItcInstance instance = ItcReader.readBundled(name);

            ItcSolution solution = ItcSolutionReader.read(instance, ItcTestData.solutionPath(name + ".sol"));

            assertThat(solution.size()).as(name).isEqualTo(instance.totalLectures());
        }
    }

    private static ItcFormatException readFailing(String text) {
        ItcFormatException error = catchThrowableOfType(
                ItcFormatException.class, () -> ItcSolutionReader.parse(TOY, text, "toy-example.sol"));
        assertThat(error).as("expected an ItcFormatException").isNotNull();
        assertThat(error.source()).isEqualTo("toy-example.sol");
        return error;
    }
}
