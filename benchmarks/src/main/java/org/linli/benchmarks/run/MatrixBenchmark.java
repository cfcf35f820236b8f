package org.linli.benchmarks.run;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.linli.benchmarks.data.BenchmarkDataset;

/**
 * A benchmark matrix: every dataset x configuration x seed, each run with the same time limit, one after another in
 * this thread. Datasets are loaded once; each run solves a fresh model of its dataset.
 */
public record MatrixBenchmark(
        List<BenchmarkDataset> datasets,
        List<SolverConfiguration> configurations,
        List<Long> seeds,
        Duration timeLimit) {

    public MatrixBenchmark {
        datasets = List.copyOf(datasets);
        configurations = List.copyOf(configurations);
        seeds = List.copyOf(seeds);
        Objects.requireNonNull(timeLimit, "timeLimit");
        if (datasets.isEmpty() || configurations.isEmpty() || seeds.isEmpty()) {
            throw new IllegalArgumentException("A benchmark matrix needs at least one dataset (" + datasets.size()
                    + "), configuration (" + configurations.size() + ") and seed (" + seeds.size() + ").");
        }
    }

    public int size() {
        return datasets.size() * configurations.size() * seeds.size();
    }

    /**
     * Runs the whole matrix.
     *
     * @param onRun called after each run, for progress
     */
    public List<RunRecord> run(Consumer<RunRecord> onRun) {
        List<RunRecord> runs = new ArrayList<>();
        for (BenchmarkDataset dataset : datasets) {
            for (SolverConfiguration configuration : configurations) {
                for (long seed : seeds) {
                    RunRecord run = BenchmarkRunner.run(dataset, configuration, seed, timeLimit);
                    runs.add(run);
                    onRun.accept(run);
                }
            }
        }
        return runs;
    }
}
