package org.linli.benchmarks;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import org.linli.benchmarks.data.BenchmarkDataset;
import org.linli.benchmarks.data.DatasetResolver;
import org.linli.benchmarks.itc.ItcRun;
import org.linli.benchmarks.itc.ItcStudy;
import org.linli.benchmarks.itc.PeerSolver;
import org.linli.benchmarks.report.Format;
import org.linli.benchmarks.report.ItcReport;
import org.linli.benchmarks.run.Provenance;
import org.linli.benchmarks.run.SolverConfiguration;
import org.linli.benchmarks.run.WarmUp;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code bench itc}: Linli's ITC2007 soft costs beside the best known ones and, with {@code --peer}, a peer's. */
@Command(
        name = "itc",
        mixinStandardHelpOptions = true,
        description = "Solve ITC2007 Track 3 instances and table the official soft cost beside the best known costs.")
final class ItcCommand implements Callable<Integer> {

    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Option(
            names = "--instances",
            split = ",",
            defaultValue = "comp01,comp02,comp03,comp04,comp05,comp06,comp07",
            description = "Bundled instances or .ctt files. Default: ${DEFAULT-VALUE}.")
    private List<String> instances;

    @Option(
            names = "--config",
            defaultValue = "late-acceptance",
            description = "Linli's configuration: construction, late-acceptance or tabu. Default: ${DEFAULT-VALUE}.")
    private String config;

    @Option(
            names = "--seeds",
            split = ",",
            defaultValue = "0",
            description = "Random seeds. Default: ${DEFAULT-VALUE}.")
    private List<Long> seeds;

    @Option(
            names = "--time-limit",
            defaultValue = "300s",
            converter = DurationConverter.class,
            description = "Time limit of each solve. Default: ${DEFAULT-VALUE}.")
    private Duration timeLimit;

    @Option(
            names = "--peer",
            description = "Also run the peer solvers of the peers profile (build with benchmarks/bench --peers).")
    private boolean peer;

    @Option(
            names = "--peer-only",
            description = "Run only the peers (with --peer), e.g. beside a Linli run in another process.")
    private boolean peerOnly;

    @Option(
            names = "--warm-up",
            defaultValue = "5s",
            converter = DurationConverter.class,
            description = "Before measuring, solve the first dataset once per configuration for this long and"
                    + " discard it, so no run pays the JVM's warm-up (0s for none). Default: ${DEFAULT-VALUE}.")
    private Duration warmUp;

    @Option(
            names = "--out",
            defaultValue = "benchmarks/target/itc",
            description = "Folder for itc.csv/.json, report.html and charts/. Default: ${DEFAULT-VALUE}.")
    private Path out;

    @Override
    public Integer call() {
        PrintWriter console = spec.commandLine().getOut();
        List<PeerSolver> peers = peer ? PeerSolver.available() : List.of();
        if (peer && peers.isEmpty()) {
            throw new IllegalArgumentException("No peer solver is on the class path (--peer). Build and run with the"
                    + " peers profile: benchmarks/bench --peers itc --peer.");
        }
        List<BenchmarkDataset> loaded =
                instances.stream().map(DatasetResolver::resolve).toList();
        ItcStudy study = new ItcStudy(loaded, SolverConfiguration.parse(config), peers, seeds, timeLimit, !peerOnly);
        Provenance provenance = Provenance.capture();
        console.printf(
                "ITC2007: %d instances x %d seeds, Linli (%s)%s, %s each, commit %s.%n",
                loaded.size(),
                seeds.size(),
                config,
                peers.isEmpty()
                        ? ""
                        : " and "
                                + String.join(
                                        ", ",
                                        peers.stream().map(PeerSolver::name).toList()),
                Format.seconds(timeLimit.toMillis()),
                provenance.gitCommit());

        WarmUp.run(loaded.get(0), List.of(SolverConfiguration.parse(config)), warmUp);
        if (!warmUp.isZero()) {
            peers.forEach(
                    one -> one.solve(loaded.get(0).itcInstance(), loaded.get(0).ctt(), warmUp, 0L));
        }
        List<ItcRun> runs = study.run(run -> console.printf(
                "  %-8s %-24s seed %-3d %s%n",
                run.instance(), run.solver(), run.seed(), run.cost().summary()));

        Path report = ItcReport.write(runs, provenance, out);
        console.printf("Report: %s%n", report.toAbsolutePath());
        return 0;
    }
}
