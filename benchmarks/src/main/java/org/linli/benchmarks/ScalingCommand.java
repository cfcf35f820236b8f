package org.linli.benchmarks;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.linli.benchmarks.data.BenchmarkDataset;
import org.linli.benchmarks.data.DatasetResolver;
import org.linli.benchmarks.report.Format;
import org.linli.benchmarks.report.ScalingReport;
import org.linli.benchmarks.run.MatrixBenchmark;
import org.linli.benchmarks.run.Provenance;
import org.linli.benchmarks.run.RunRecord;
import org.linli.benchmarks.run.SolverConfiguration;
import org.linli.benchmarks.run.WarmUp;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code bench scaling}: one configuration on growing datasets at fixed time limits. */
@Command(
        name = "scaling",
        mixinStandardHelpOptions = true,
        description = "Measure time to feasible, peak heap and score from a neighbourhood to a city at fixed limits.")
final class ScalingCommand implements Callable<Integer> {

    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Option(
            names = "--datasets",
            split = ",",
            defaultValue = "neighbourhood-school,district-school,city-school@0",
            description = "Datasets from small to large. Default: ${DEFAULT-VALUE}.")
    private List<String> datasets;

    @Option(
            names = "--config",
            defaultValue = "late-acceptance",
            description = "The configuration to scale. Default: ${DEFAULT-VALUE}.")
    private String config;

    @Option(
            names = "--time-limits",
            split = ",",
            defaultValue = "10s,60s",
            converter = DurationConverter.class,
            description = "The fixed time limits; every dataset runs once per limit and seed. Default:"
                    + " ${DEFAULT-VALUE}.")
    private List<Duration> timeLimits;

    @Option(
            names = "--seeds",
            split = ",",
            defaultValue = "0",
            description = "Random seeds. Default: ${DEFAULT-VALUE}.")
    private List<Long> seeds;

    @Option(
            names = "--warm-up",
            defaultValue = "5s",
            converter = DurationConverter.class,
            description = "Before measuring, solve the first dataset once per configuration for this long and"
                    + " discard it, so no run pays the JVM's warm-up (0s for none). Default: ${DEFAULT-VALUE}.")
    private Duration warmUp;

    @Option(
            names = "--out",
            defaultValue = "benchmarks/target/scaling",
            description = "Folder for runs.csv/.json, improvements.csv/.json, report.html and charts/. Default:"
                    + " ${DEFAULT-VALUE}.")
    private Path out;

    @Override
    public Integer call() {
        PrintWriter console = spec.commandLine().getOut();
        SolverConfiguration configuration = SolverConfiguration.parse(config);
        List<BenchmarkDataset> loaded =
                datasets.stream().map(DatasetResolver::resolve).toList();
        Provenance provenance = Provenance.capture();
        console.printf(
                "Scaling study: %d datasets x %d limits x %d seeds, %s, commit %s.%n",
                loaded.size(), timeLimits.size(), seeds.size(), configuration.id(), provenance.gitCommit());
        WarmUp.run(loaded.get(0), List.of(configuration), warmUp);
        List<RunRecord> runs = new ArrayList<>();
        for (Duration limit : timeLimits) {
            runs.addAll(new MatrixBenchmark(loaded, List.of(configuration), seeds, limit)
                    .run(run -> console.printf(
                            "  %-40s %-6s sessions %6d  %-30s to final placement %s%n",
                            run.runId(),
                            Format.seconds(limit.toMillis()),
                            run.dataset().sessions(),
                            run.score(),
                            Format.seconds(run.millisToFinalPlacement()))));
        }
        Path report = ScalingReport.write(runs, provenance, out);
        console.printf("Report: %s%n", report.toAbsolutePath());
        return 0;
    }
}
