package org.linli.datasets.itc2007;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ItcBestKnownTest {

    @Test
    void everyEarlyInstance_hasBestKnownAndWinnerAverage() {
        assertThat(ItcBestKnown.all())
                .extracting(ItcBestKnown.Entry::bestKnown)
                .containsExactly(5, 24, 66, 35, 284, 27, 6);
        assertThat(ItcBestKnown.all())
                .extracting(ItcBestKnown.Entry::itc2007WinnerAverage)
                .containsExactly(5, 61, 95, 43, 344, 57, 34);
        assertThat(ItcBestKnown.all())
                .allSatisfy(e -> assertThat(e.bestKnown()).isLessThanOrEqualTo(e.itc2007WinnerAverage()));
    }

    @Test
    void lookupByInstanceName_acceptsTheFileName() {
        assertThat(ItcBestKnown.of("comp05.ctt"))
                .map(ItcBestKnown.Entry::bestKnown)
                .contains(284);
        assertThat(ItcBestKnown.of("comp07"))
                .map(ItcBestKnown.Entry::itc2007WinnerAverage)
                .contains(34);
        assertThat(ItcBestKnown.of("toy")).isEmpty();
    }

    @Test
    void referenceSolutions_areNoBetterThanTheBestKnown() {
        for (ItcBestKnown.Entry entry : ItcBestKnown.all()) {
            ItcInstance instance = ItcReader.readBundled(entry.instance());
            ItcSolution solution =
                    ItcSolutionReader.read(instance, ItcTestData.solutionPath(entry.instance() + ".sol"));

            assertThat(ItcScorer.score(instance, solution).softCost())
                    .as(entry.instance())
                    .isGreaterThanOrEqualTo(entry.bestKnown());
        }
    }
}
