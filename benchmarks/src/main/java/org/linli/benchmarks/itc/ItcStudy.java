package org.linli.benchmarks.itc;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.linli.benchmarks.data.BenchmarkDataset;
import org.linli.benchmarks.run.BenchmarkRunner;
import org.linli.benchmarks.run.RunRecord;
import org.linli.benchmarks.run.SolverConfiguration;
import org.linli.datasets.itc2007.ItcScorer;

/**
 * Linli and any peers on ITC2007 instances, in the same harness: the same instances, machine, time limit and seeds,
 * one solve at a time, every timetable scored by {@link ItcScorer}.
 */
public record ItcStudy(
        List<BenchmarkDataset> instances,
        SolverConfiguration configuration,
        List<PeerSolver> peers,
        List<Long> seeds,
        Duration timeLimit,
        boolean includeLinli) {

    public ItcStudy {
        instances = List.copyOf(instances);
        peers = List.copyOf(peers);
        seeds = List.copyOf(seeds);
        for (BenchmarkDataset instance : instances) {
            if (!instance.isItc()) {
                throw new IllegalArgumentException("Dataset (" + instance.name() + ") is not an ITC2007 instance;"
                        + " the itc command takes comp01..comp07, toy or .ctt files.");
            }
        }
    }

    public List<ItcRun> run(Consumer<ItcRun> onRun) {
        List<ItcRun> runs = new ArrayList<>();
        for (BenchmarkDataset instance : instances) {
            for (long seed : seeds) {
                if (includeLinli) {
                    RunRecord linli = BenchmarkRunner.run(instance, configuration, seed, timeLimit);
                    ItcRun run = new ItcRun(
                            instance.name(),
                            instance.sha256(),
                            "linli-" + configuration.id(),
                            seed,
                            timeLimit.toMillis(),
                            linli.millisSpent(),
                            linli.itcCost(),
                            String.valueOf(linli.score()));
                    runs.add(run);
                    onRun.accept(run);
                }
                for (PeerSolver peer : peers) {
                    PeerSolver.PeerResult result = peer.solve(instance.itcInstance(), instance.ctt(), timeLimit, seed);
                    ItcRun peerRun = new ItcRun(
                            instance.name(),
                            instance.sha256(),
                            peer.name(),
                            seed,
                            timeLimit.toMillis(),
                            result.millisSpent(),
                            ItcScorer.score(instance.itcInstance(), result.solution()),
                            result.ownScore());
                    runs.add(peerRun);
                    onRun.accept(peerRun);
                }
            }
        }
        return runs;
    }
}
