package org.linli.datasets.itc2007;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ItcSolutionWriterTest {

    @ParameterizedTest
    @ValueSource(strings = {"comp01", "comp02", "comp03", "comp04", "comp05", "comp06", "comp07"})
    void referenceSolution_survivesWriteAndReadBack(String name, @TempDir Path folder) {
        ItcInstance instance = ItcReader.readBundled(name);
        ItcSolution original = ItcSolutionReader.read(instance, ItcTestData.solutionPath(name + ".sol"));
        Path written = folder.resolve(name + ".sol");

        ItcSolutionWriter.write(original, written);
        ItcSolution reread = ItcSolutionReader.read(instance, written);

        assertThat(reread.assignments()).containsExactlyElementsOf(original.assignments());
        assertThat(ItcScorer.score(instance, reread)).isEqualTo(ItcScorer.score(instance, original));
    }

    @Test
    void toySolution_isWrittenOneSpaceSeparatedLinePerLecture(@TempDir Path folder) throws IOException {
        ItcInstance toy = ItcReader.readBundled("toy");
        ItcSolution solution = ItcSolutionReader.read(toy, ItcTestData.solutionPath("toy-example.sol"));
        Path written = folder.resolve("toy.sol");

        ItcSolutionWriter.write(solution, written);

        // The transcribed file is already in the canonical form, so the output is byte-identical.
        assertThat(Files.readString(written)).isEqualTo(ItcTestData.solutionText("toy-example.sol"));
        assertThat(ItcSolutionWriter.toText(solution)).isEqualTo(Files.readString(written));
    }

    @Test
    void textOfASolution_usesZeroBasedDayAndPeriodAndNewlines() {
        ItcSolution solution = new ItcSolution(
                List.of(new ItcSolution.Assignment("c1", "rB", 0, 0), new ItcSolution.Assignment("c2", "B", 4, 5)));

        assertThat(ItcSolutionWriter.toText(solution)).isEqualTo("c1 rB 0 0\nc2 B 4 5\n");
    }
}
