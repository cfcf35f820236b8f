package org.linli.benchmarks.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.linli.benchmarks.itc.ItcRun;
import org.linli.benchmarks.run.Provenance;
import org.linli.datasets.itc2007.ItcBestKnown;

/**
 * Writes the ITC2007 comparison: {@code itc.csv}/{@code .json} (one row per solve) and {@code report.html} with the
 * table of soft cost per instance beside the best-known costs, and a chart of the same.
 */
public final class ItcReport {

    public static final String TABLE = "itc";

    public static final List<String> COLUMNS = List.of(
            "instance",
            "dataset_sha256",
            "solver",
            "seed",
            "time_limit_s",
            "millis_spent",
            "feasible",
            "hard_violations",
            "soft_cost",
            "room_capacity_cost",
            "min_working_days_cost",
            "curriculum_compactness_cost",
            "room_stability_cost",
            "best_known",
            "itc2007_winner_average",
            "gap_to_best_known",
            "own_score",
            "git_commit",
            "java_version",
            "jvm",
            "cores",
            "os",
            "jvm_arguments",
            "timefold_version",
            "started_at");

    private ItcReport() {}

    public static Table table(List<ItcRun> runs, Provenance provenance) {
        Table table = new Table(TABLE, COLUMNS);
        for (ItcRun run : runs) {
            Optional<ItcBestKnown.Entry> reference = ItcBestKnown.of(run.instance());
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("instance", run.instance());
            row.put("dataset_sha256", run.datasetSha256());
            row.put("solver", run.solver());
            row.put("seed", run.seed());
            row.put("time_limit_s", run.timeLimitMillis() / 1000.0);
            row.put("millis_spent", run.millisSpent());
            row.put("feasible", run.cost().isFeasible());
            row.put("hard_violations", run.cost().hardViolations());
            row.put("soft_cost", run.cost().softCost());
            row.put("room_capacity_cost", run.cost().roomCapacityCost());
            row.put("min_working_days_cost", run.cost().minWorkingDaysCost());
            row.put("curriculum_compactness_cost", run.cost().curriculumCompactnessCost());
            row.put("room_stability_cost", run.cost().roomStabilityCost());
            row.put("best_known", reference.map(ItcBestKnown.Entry::bestKnown).orElse(null));
            row.put(
                    "itc2007_winner_average",
                    reference.map(ItcBestKnown.Entry::itc2007WinnerAverage).orElse(null));
            row.put("gap_to_best_known", reference.map(entry -> gap(run, entry)).orElse(null));
            row.put("own_score", run.ownScore());
            RunTables.putProvenance(row, provenance);
            table.add(row);
        }
        return table;
    }

    /** (soft cost - best known) / best known; null when infeasible or the best known is 0. */
    private static Double gap(ItcRun run, ItcBestKnown.Entry entry) {
        if (!run.cost().isFeasible() || entry.bestKnown() == 0) {
            return null;
        }
        return (run.cost().softCost() - entry.bestKnown()) / (double) entry.bestKnown();
    }

    /** Writes the table files, the chart and the HTML report; returns the report's path. */
    public static Path write(List<ItcRun> runs, Provenance provenance, Path folder) {
        TableWriter.write(table(runs, provenance), folder);
        List<String> instances = distinct(runs.stream().map(ItcRun::instance).toList());
        List<String> solvers = distinct(runs.stream().map(ItcRun::solver).toList());

        HtmlReport html = new HtmlReport("Linli on ITC2007 Track 3");
        html.lead("Soft cost per instance as the official validator computes it (ItcScorer), beside the best known"
                + " costs and the ITC2007 winner's average. Every solver ran in this harness, one solve at a time, on"
                + " this machine, single-threaded, with the same time limit. A cell is the mean soft cost over the"
                + " feasible runs, with how many of the runs were feasible.");
        html.heading("Provenance");
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("Git commit", provenance.gitCommit());
        facts.put("JVM", provenance.jvm() + " (Java " + provenance.javaVersion() + ")");
        facts.put("Cores", String.valueOf(provenance.cores()));
        facts.put("OS", provenance.os());
        facts.put(
                "Time limit",
                runs.isEmpty() ? "n/a" : Format.seconds(runs.get(0).timeLimitMillis()));
        facts.put("Started", provenance.startedAt().toString());
        html.facts(facts);

        html.heading("Soft cost per instance");
        List<String> headers = new ArrayList<>(List.of("Instance", "Best known", "ITC2007 winner (avg)"));
        headers.addAll(solvers);
        if (solvers.size() == 2) {
            headers.add(solvers.get(0) + " lower?");
        }
        List<List<String>> rows = new ArrayList<>();
        for (String instance : instances) {
            Optional<ItcBestKnown.Entry> reference = ItcBestKnown.of(instance);
            List<String> row = new ArrayList<>(List.of(
                    instance,
                    reference.map(entry -> String.valueOf(entry.bestKnown())).orElse("-"),
                    reference
                            .map(entry -> String.valueOf(entry.itc2007WinnerAverage()))
                            .orElse("-")));
            for (String solver : solvers) {
                row.add(cell(runs, instance, solver));
            }
            if (solvers.size() == 2) {
                row.add(lower(runs, instance, solvers.get(0), solvers.get(1)));
            }
            rows.add(row);
        }
        html.table(null, headers, rows, false);

        Figure chart = chart(runs, instances, solvers);
        html.figure(chart);
        MatrixReport.writeCharts(List.of(chart), folder.resolve(MatrixReport.CHARTS));
        Path report = folder.resolve(MatrixReport.HTML);
        try {
            Files.writeString(report, html.render(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the report (" + report + ").", e);
        }
        return report;
    }

    static double meanFeasibleSoftCost(List<ItcRun> runs, String instance, String solver) {
        return matching(runs, instance, solver).stream()
                .filter(run -> run.cost().isFeasible())
                .mapToInt(run -> run.cost().softCost())
                .average()
                .orElse(Double.NaN);
    }

    private static List<ItcRun> matching(List<ItcRun> runs, String instance, String solver) {
        return runs.stream()
                .filter(run -> run.instance().equals(instance) && run.solver().equals(solver))
                .toList();
    }

    private static String cell(List<ItcRun> runs, String instance, String solver) {
        List<ItcRun> matching = matching(runs, instance, solver);
        long feasible = matching.stream().filter(run -> run.cost().isFeasible()).count();
        double mean = meanFeasibleSoftCost(runs, instance, solver);
        return (Double.isNaN(mean) ? "infeasible" : Format.decimal(mean, 1)) + " (" + feasible + "/" + matching.size()
                + " feasible)";
    }

    private static String lower(List<ItcRun> runs, String instance, String solver, String other) {
        double mine = meanFeasibleSoftCost(runs, instance, solver);
        double theirs = meanFeasibleSoftCost(runs, instance, other);
        if (Double.isNaN(mine)) {
            return Double.isNaN(theirs) ? "neither feasible" : "no";
        }
        if (Double.isNaN(theirs)) {
            return "yes";
        }
        if (mine == theirs) {
            return "tie";
        }
        return mine < theirs ? "yes" : "no";
    }

    private static Figure chart(List<ItcRun> runs, List<String> instances, List<String> solvers) {
        List<String> names = new ArrayList<>(List.of("best known"));
        names.addAll(solvers);
        List<Charts.Series> series = new ArrayList<>();
        List<Double> positions = new ArrayList<>();
        for (int i = 0; i < instances.size(); i++) {
            positions.add((double) i);
        }
        series.add(new Charts.Series(
                "best known",
                positions,
                instances.stream()
                        .map(instance -> ItcBestKnown.of(instance)
                                .map(entry -> (double) entry.bestKnown())
                                .orElse(0.0))
                        .toList()));
        for (String solver : solvers) {
            series.add(new Charts.Series(
                    solver,
                    positions,
                    instances.stream()
                            .map(instance -> {
                                double mean = meanFeasibleSoftCost(runs, instance, solver);
                                return Double.isNaN(mean) ? 0.0 : mean;
                            })
                            .toList()));
        }
        return Charts.bars(
                "itc-soft-cost.png",
                "ITC2007 soft cost per instance (lower is better)",
                "Mean soft cost of the feasible runs per instance; a solver with no feasible run on an instance is drawn"
                        + " at 0, see the table.",
                "soft cost",
                instances,
                series,
                Charts.colors(names, names),
                "#0");
    }

    private static List<String> distinct(List<String> values) {
        Set<String> seen = new LinkedHashSet<>(values);
        return List.copyOf(seen);
    }
}
