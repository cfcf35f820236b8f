package org.linli.benchmarks.run;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class HeapSamplerTest {

    private static final int BLOCK = 64 * 1024 * 1024;

    @Test
    @Timeout(30)
    void stop_whileABlockIsHeld_peaksCountIt() {
        HeapSampler.HeapFigures figures;
        byte[] block;
        try (HeapSampler sampler = HeapSampler.start()) {
            block = new byte[BLOCK];
            block[BLOCK - 1] = 1;
            figures = sampler.stop();
        }

        assertThat(block[BLOCK - 1]).isEqualTo((byte) 1);
        assertThat(figures.peakUsedBytes()).isGreaterThanOrEqualTo(figures.baselineBytes() + BLOCK);
        assertThat(figures.poolPeakSumBytes()).isGreaterThanOrEqualTo(BLOCK);
        assertThat(figures.samples()).isGreaterThanOrEqualTo(2);
        assertThat(figures.gcCount()).isNotNegative();
    }

    @Test
    @Timeout(30)
    void stop_afterACollectionWhileABlockIsHeld_countsItInTheHeapAfterCollection() {
        HeapSampler.HeapFigures figures;
        byte[] block;
        try (HeapSampler sampler = HeapSampler.start()) {
            block = new byte[BLOCK];
            block[0] = 1;
            System.gc();
            figures = sampler.stop();
        }

        assertThat(block[0]).isEqualTo((byte) 1);
        assertThat(figures.gcCount()).isPositive();
        assertThat(figures.peakAfterGcBytes()).isGreaterThanOrEqualTo(BLOCK);
    }
}
