package org.linli.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

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
import org.linli.benchmarks.itc.PeerSolver;
import org.linli.benchmarks.report.ItcReport;

class ItcCommandTest {

    @Test
    @Timeout(120)
    void itc_toyInstance_tablesTheOfficialCostBesideTheReferences(@TempDir Path out) throws IOException {
        StringWriter console = new StringWriter();

        int exitCode = BenchmarkCli.run(
                new String[] {
                    "itc", "--instances", "toy", "--time-limit", "2s", "--warm-up", "0s", "--out", out.toString()
                },
                new PrintWriter(console, true),
                new PrintWriter(console, true));

        assertThat(exitCode).as(console.toString()).isZero();
        List<String> csv = Files.readAllLines(out.resolve("itc.csv"), StandardCharsets.UTF_8);
        assertThat(csv.get(0)).isEqualTo(String.join(",", ItcReport.COLUMNS));
        assertThat(csv).hasSize(2);
        assertThat(csv.get(1)).startsWith("toy,").contains(",linli-late-acceptance,0,2.0,");
        String html = Files.readString(out.resolve("report.html"), StandardCharsets.UTF_8);
        assertThat(html).contains("Best known", "linli-late-acceptance", "data:image/png;base64,");
        assertThat(out.resolve("itc.json")).isNotEmptyFile();
    }

    @Test
    void itc_peerWithoutThePeersProfile_saysHowToGetIt() {
        assumeTrue(PeerSolver.available().isEmpty(), "built with the peers profile");
        StringWriter console = new StringWriter();

        int exitCode = BenchmarkCli.run(
                new String[] {"itc", "--instances", "toy", "--peer"},
                new PrintWriter(console, true),
                new PrintWriter(console, true));

        assertThat(exitCode).isEqualTo(BenchmarkCli.BAD_INPUT);
        assertThat(console.toString()).contains("(--peer)").contains("--peers");
    }
}
