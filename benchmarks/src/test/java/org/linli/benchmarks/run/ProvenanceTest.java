package org.linli.benchmarks.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProvenanceTest {

    @Test
    void gitCommit_outsideARepository_isUnknown(@TempDir Path folder) {
        assertThat(Provenance.gitCommit(folder)).isEqualTo(Provenance.UNKNOWN);
    }

    @Test
    void capture_fillsTheJvmAndMachine() {
        Provenance provenance = Provenance.capture();

        assertThat(provenance.gitCommit()).matches("unknown|[0-9a-f]{40}(-dirty)?");
        assertThat(provenance.javaVersion()).isNotBlank();
        assertThat(provenance.jvm()).isNotBlank();
        assertThat(provenance.cores()).isPositive();
        assertThat(provenance.maxHeapBytes()).isPositive();
        assertThat(provenance.startedAt()).isNotNull();
    }
}
