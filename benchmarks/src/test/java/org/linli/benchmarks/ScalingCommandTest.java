package org.linli.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class ScalingCommandTest {

    @Test
    @Timeout(120)
    void scaling_twoSizesTwoLimits_writesOneRunEachAndTheScalingCharts(@TempDir Path out) throws IOException {
        StringWriter console = new StringWriter();

        int exitCode = BenchmarkCli.run(
                new String[] {
                    "scaling",
                    "--datasets",
                    "toy,comp01",
                    "--time-limits",
                    "1s,2s",
                    "--warm-up",
                    "0s",
                    "--out",
                    out.toString()
                },
                new PrintWriter(console, true),
                new PrintWriter(console, true));

        assertThat(exitCode).as(console.toString()).isZero();
        List<String> runs = Files.readAllLines(out.resolve("runs.csv"), StandardCharsets.UTF_8);
        assertThat(runs).hasSize(1 + 4);
        String html = Files.readString(out.resolve("report.html"), StandardCharsets.UTF_8);
        assertThat(html)
                .contains(
                        "Time to the final placement",
                        "Peak heap in use",
                        "Demand covered at the time limit",
                        "Soft score at the time limit");
        try (var charts = Files.list(out.resolve("charts"))) {
            assertThat(charts.count()).isEqualTo(4);
        }
    }
}
