package org.linli.benchmarks;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import org.linli.benchmarks.data.BenchmarkDataset;
import org.linli.benchmarks.data.DatasetResolver;
import org.linli.benchmarks.report.Format;
import org.linli.benchmarks.report.MatrixReport;
import org.linli.benchmarks.run.MatrixBenchmark;
import org.linli.benchmarks.run.Provenance;
import org.linli.benchmarks.run.RunRecord;
import org.linli.benchmarks.run.SolverConfiguration;
import org.linli.benchmarks.run.WarmUp;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code bench matrix}: datasets x configurations x seeds, one run after another, then the tables and report. */
@Command(
        name = "matrix",
        mixinStandardHelpOptions = true,
        description = "Run datasets x solver configurations x seeds, each with the time limit, one run at a time.")
final class MatrixCommand implements Callable<Integer> {

    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Option(
            names = "--datasets",
            split = ",",
            defaultValue = "neighbourhood-holiday,district-school",
            description = "Bundled plans, generated plans (<preset>-<week>[@seed], e.g. city-school@7), ITC2007"
                    + " instances (comp01, comp01.ctt) or paths of .ctt/.json files. Default: ${DEFAULT-VALUE}.")
    private List<String> datasets;

    @Option(
            names = "--configs",
            split = ",",
            defaultValue = "greedy,construction,late-acceptance,tabu",
            description =
                    "Solver configurations: greedy, construction, late-acceptance, tabu. Default: ${DEFAULT-VALUE}.")
    private List<String> configs;

    @Option(
            names = "--seeds",
            split = ",",
            defaultValue = "0",
            description = "Random seeds; every configuration runs once per seed. Default: ${DEFAULT-VALUE}.")
    private List<Long> seeds;

    @Option(
            names = "--time-limit",
            defaultValue = "60s",
            converter = DurationConverter.class,
            description = "Time limit of each run (500ms, 10s, 5m, PT1M). Default: ${DEFAULT-VALUE}.")
    private Duration timeLimit;

    @Option(
            names = "--warm-up",
            defaultValue = "5s",
            converter = DurationConverter.class,
            description = "Before measuring, solve the first dataset once per configuration for this long and"
                    + " discard it, so no run pays the JVM's warm-up (0s for none). Default: ${DEFAULT-VALUE}.")
    private Duration warmUp;

    @Option(
            names = "--out",
            defaultValue = "benchmarks/target/report",
            description = "Folder for runs.csv/.json, improvements.csv/.json, report.html and charts/. Default:"
                    + " ${DEFAULT-VALUE}.")
    private Path out;

    @Override
    public Integer call() {
        PrintWriter console = spec.commandLine().getOut();
        List<SolverConfiguration> configurations =
                configs.stream().map(SolverConfiguration::parse).toList();
        List<BenchmarkDataset> loaded =
                datasets.stream().map(DatasetResolver::resolve).toList();
        MatrixBenchmark matrix = new MatrixBenchmark(loaded, configurations, seeds, timeLimit);
        Provenance provenance = Provenance.capture();
        console.printf(
                "Benchmark matrix: %d runs (%d datasets x %d configurations x %d seeds), %s each, commit %s.%n",
                matrix.size(),
                loaded.size(),
                configurations.size(),
                seeds.size(),
                Format.seconds(timeLimit.toMillis()),
                provenance.gitCommit());

        WarmUp.run(loaded.get(0), configurations, warmUp);
        List<RunRecord> runs = matrix.run(run -> console.printf(
                "  %-48s %-28s feasible %-3s unplaced %4d  %s%n",
                run.runId(),
                run.score(),
                run.feasible() ? "yes" : "no",
                run.metrics().unassigned(),
                Format.seconds(run.millisSpent())));

        Path report = MatrixReport.write(runs, provenance, out);
        console.printf("Report: %s%n", report.toAbsolutePath());
        return 0;
    }
}
