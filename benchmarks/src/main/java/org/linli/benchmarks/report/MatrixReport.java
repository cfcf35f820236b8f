package org.linli.benchmarks.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.ToDoubleFunction;
import org.linli.benchmarks.run.Metric;
import org.linli.benchmarks.run.Provenance;
import org.linli.benchmarks.run.RunRecord;
import org.linli.benchmarks.run.SolverConfiguration;
import org.linli.solver.solve.Improvement;

/**
 * Writes the outputs of a benchmark matrix into one folder: {@code runs.csv}/{@code .json}, {@code
 * improvements.csv}/{@code .json}, {@code report.html} and the report's charts as PNG under {@code charts/}.
 */
public final class MatrixReport {

    public static final String HTML = "report.html";
    public static final String CHARTS = "charts";

    private static final List<String> CONFIGURATION_IDS = SolverConfiguration.ids();

    private static final List<String> RUN_HEADERS = List.of(
            "Configuration",
            "Seed",
            "Score",
            "Feasible",
            "To feasible and complete",
            "Time spent",
            "Moves/s",
            "Peak heap",
            "Unplaced",
            "Demand covered",
            "Venue util.",
            "Tutor util.");

    private MatrixReport() {}

    /** Writes every output file; returns the path of the HTML report. */
    public static Path write(List<RunRecord> runs, Provenance provenance, Path folder) {
        TableWriter.write(RunTables.runs(runs, provenance), folder);
        TableWriter.write(RunTables.improvements(runs), folder);
        HtmlReport html = new HtmlReport("Linli benchmark matrix");
        html.lead(runs.size() + " runs, one after another on one thread each, started " + provenance.startedAt()
                + ". Every figure below is also in runs.csv and improvements.csv (and their .json twins) beside this"
                + " file.");
        html.heading("Provenance");
        html.facts(provenanceFacts(provenance, runs));

        List<Figure> figures = new ArrayList<>();
        Map<String, List<RunRecord>> byDataset = byDataset(runs);
        if (hasBaseline(runs)) {
            html.heading("Solver vs. greedy baseline");
            html.paragraph("The greedy baseline plans the way a coordinator does by hand: sessions in input order,"
                    + " each at the first start, tutor and venue that adds no hard violation, no search. Improvement"
                    + " is relative to the baseline and signed so that + is better: more demand covered, more"
                    + " utilisation, less travel and idle time. Values are means over seeds.");
            html.subheading("Targets");
            html.paragraph("Demand covered must be at least the baseline's on every dataset; the utilisation uplift"
                    + " is reported as measured (the programme's promise is 30% or more).");
            html.table(
                    null,
                    List.of(
                            "Dataset",
                            "Configuration",
                            "Demand covered >= baseline",
                            "Venue utilisation",
                            "Tutor utilisation",
                            "Seat fill"),
                    targetRows(byDataset),
                    true);
            for (Map.Entry<String, List<RunRecord>> dataset : byDataset.entrySet()) {
                Figure uplift = upliftChart(dataset.getKey(), dataset.getValue());
                if (uplift != null) {
                    html.subheading(dataset.getKey());
                    html.figure(uplift);
                    figures.add(uplift);
                    html.table(null, upliftHeaders(dataset.getValue()), upliftRows(dataset.getValue()), true);
                }
            }
        }
        for (Map.Entry<String, List<RunRecord>> dataset : byDataset.entrySet()) {
            String name = dataset.getKey();
            List<RunRecord> datasetRuns = dataset.getValue();
            html.heading("Dataset " + name);
            RunRecord.DatasetFacts facts = datasetRuns.get(0).dataset();
            html.lead(facts.sessions() + " sessions, " + facts.tutors() + " tutors, " + facts.venues() + " venues, "
                    + facts.students() + " students (" + facts.kind() + ", SHA-256 " + facts.sha256() + ").");
            for (Figure figure : List.of(
                    softScoreChart(name, datasetRuns),
                    unplacedChart(name, datasetRuns),
                    metricBarsChart(name, datasetRuns))) {
                html.figure(figure);
                figures.add(figure);
            }
            html.table("Runs", RUN_HEADERS, runRows(datasetRuns), false);
        }
        writeCharts(figures, folder.resolve(CHARTS));
        Path report = folder.resolve(HTML);
        try {
            Files.writeString(report, html.render(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the report (" + report + ").", e);
        }
        return report;
    }

    static Map<String, String> provenanceFacts(Provenance provenance, List<RunRecord> runs) {
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("Git commit", provenance.gitCommit());
        facts.put("JVM", provenance.jvm() + " (Java " + provenance.javaVersion() + ")");
        facts.put("JVM arguments", provenance.jvmArguments().isEmpty() ? "(none)" : provenance.jvmArguments());
        facts.put("Cores", String.valueOf(provenance.cores()));
        facts.put("OS", provenance.os());
        facts.put("Max heap", Format.mebibytes(provenance.maxHeapBytes()));
        facts.put("Timefold", provenance.timefoldVersion());
        facts.put(
                "Time limits",
                String.join(
                        ", ",
                        runs.stream()
                                .map(run -> Format.seconds(run.timeLimit().toMillis()))
                                .distinct()
                                .toList()));
        facts.put(
                "Seeds",
                String.join(
                        ", ",
                        runs.stream()
                                .map(run -> String.valueOf(run.seed()))
                                .distinct()
                                .toList()));
        facts.put("Started", provenance.startedAt().toString());
        return facts;
    }

    static void writeCharts(List<Figure> figures, Path folder) {
        try {
            Files.createDirectories(folder);
            for (Figure figure : figures) {
                Files.write(folder.resolve(figure.fileName()), figure.png());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the charts into (" + folder + ").", e);
        }
    }

    private static Map<String, List<RunRecord>> byDataset(List<RunRecord> runs) {
        Map<String, List<RunRecord>> byDataset = new LinkedHashMap<>();
        runs.forEach(run -> byDataset
                .computeIfAbsent(run.dataset().name(), ignored -> new ArrayList<>())
                .add(run));
        return byDataset;
    }

    private static Map<SolverConfiguration, List<RunRecord>> byConfiguration(List<RunRecord> runs) {
        Map<SolverConfiguration, List<RunRecord>> byConfiguration = new LinkedHashMap<>();
        runs.forEach(run -> byConfiguration
                .computeIfAbsent(run.configuration(), ignored -> new ArrayList<>())
                .add(run));
        return byConfiguration;
    }

    private static boolean hasBaseline(List<RunRecord> runs) {
        return runs.stream().anyMatch(run -> run.configuration().isBaseline());
    }

    static double mean(List<RunRecord> runs, ToDoubleFunction<RunRecord> value) {
        OptionalDouble mean = runs.stream().mapToDouble(value).average();
        return mean.orElse(Double.NaN);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Charts
    // ---------------------------------------------------------------------------------------------------------------

    static Figure softScoreChart(String dataset, List<RunRecord> runs) {
        List<Charts.Series> series = new ArrayList<>();
        List<String> configurations = new ArrayList<>();
        for (RunRecord run : runs) {
            List<Double> x = new ArrayList<>();
            List<Double> y = new ArrayList<>();
            for (Improvement improvement : run.improvements()) {
                if (improvement.score().hardScore() == run.score().hardScore()
                        && improvement.score().mediumScore() == run.score().mediumScore()) {
                    x.add(improvement.millisSpent() / 1000.0);
                    y.add((double) improvement.score().softScore());
                }
            }
            if (!y.isEmpty()) {
                // The best score holds until the run ends: draw it to the end.
                x.add(run.millisSpent() / 1000.0);
                y.add(y.get(y.size() - 1));
            }
            series.add(new Charts.Series(seriesName(run), x, y));
            configurations.add(run.configuration().id());
        }
        return Charts.lines(
                Format.slug(dataset) + "-score.png",
                "Best soft score over time: " + dataset,
                "Soft score of the best solution so far (higher is better), per configuration and seed, from the"
                        + " moment each run reached its final hard and medium score (its final placement). Read with"
                        + " the unplaced sessions chart: a run placing fewer sessions has less to pay for.",
                "seconds",
                "soft score",
                series,
                Charts.colors(configurations, CONFIGURATION_IDS),
                true);
    }

    static Figure unplacedChart(String dataset, List<RunRecord> runs) {
        List<Charts.Series> series = new ArrayList<>();
        List<String> configurations = new ArrayList<>();
        for (RunRecord run : runs) {
            List<Double> x = new ArrayList<>();
            List<Double> y = new ArrayList<>();
            for (Improvement improvement : run.improvements()) {
                x.add(improvement.millisSpent() / 1000.0);
                y.add((double) improvement.unassignedSessions());
            }
            if (!y.isEmpty()) {
                x.add(run.millisSpent() / 1000.0);
                y.add(y.get(y.size() - 1));
            }
            series.add(new Charts.Series(seriesName(run), x, y));
            configurations.add(run.configuration().id());
        }
        return Charts.lines(
                Format.slug(dataset) + "-unplaced.png",
                "Unplaced sessions over time: " + dataset,
                "Sessions still missing a start, a tutor or a venue in the best solution so far (lower is better).",
                "seconds",
                "unplaced sessions",
                series,
                Charts.colors(configurations, CONFIGURATION_IDS),
                true);
    }

    static Figure metricBarsChart(String dataset, List<RunRecord> runs) {
        Map<SolverConfiguration, List<RunRecord>> byConfiguration = byConfiguration(runs);
        List<String> categories =
                Metric.ratios().stream().map(Metric::shortLabel).toList();
        List<Charts.Series> series = new ArrayList<>();
        List<String> configurations = new ArrayList<>();
        byConfiguration.forEach((configuration, configurationRuns) -> {
            List<Double> values = Metric.ratios().stream()
                    .map(metric -> 100 * mean(configurationRuns, run -> metric.of(run.metrics())))
                    .toList();
            series.add(new Charts.Series(configuration.id(), positions(values.size()), values));
            configurations.add(configuration.id());
        });
        return Charts.bars(
                Format.slug(dataset) + "-metrics.png",
                "Utilisation of the final plan: " + dataset,
                "Shares of the final plan in percent, per configuration (mean over seeds). Demand covered, venue and"
                        + " tutor utilisation and seat fill are better higher; the partner venue share is for"
                        + " information.",
                "percent",
                categories,
                series,
                Charts.colors(configurations, CONFIGURATION_IDS),
                "#0.0");
    }

    static Figure upliftChart(String dataset, List<RunRecord> runs) {
        Map<SolverConfiguration, List<RunRecord>> byConfiguration = byConfiguration(runs);
        List<RunRecord> baseline = byConfiguration.get(SolverConfiguration.GREEDY);
        if (baseline == null || byConfiguration.size() < 2) {
            return null;
        }
        List<Metric> scored = scoredMetrics();
        List<Charts.Series> series = new ArrayList<>();
        List<String> configurations = new ArrayList<>();
        byConfiguration.forEach((configuration, configurationRuns) -> {
            if (configuration.isBaseline()) {
                return;
            }
            List<Double> values = new ArrayList<>();
            for (Metric metric : scored) {
                double improvement = metric.improvement(
                        mean(configurationRuns, run -> metric.of(run.metrics())),
                        mean(baseline, run -> metric.of(run.metrics())));
                values.add(Double.isNaN(improvement) ? 0.0 : 100 * improvement);
            }
            series.add(new Charts.Series(configuration.id(), positions(values.size()), values));
            configurations.add(configuration.id());
        });
        return Charts.bars(
                Format.slug(dataset) + "-uplift.png",
                "Improvement over the greedy baseline: " + dataset,
                "Relative improvement of each configuration over the greedy baseline, in percent, signed so that up"
                        + " is better (n/a is drawn as 0; see the table).",
                "improvement over baseline (%)",
                scored.stream().map(Metric::shortLabel).toList(),
                series,
                Charts.colors(configurations, CONFIGURATION_IDS),
                "#0.0");
    }

    private static List<Metric> scoredMetrics() {
        return Arrays.stream(Metric.values())
                .filter(metric -> metric.direction() != Metric.Direction.NEITHER)
                .toList();
    }

    private static List<Double> positions(int count) {
        List<Double> positions = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            positions.add((double) i);
        }
        return positions;
    }

    private static String seriesName(RunRecord run) {
        return run.configuration().id() + " (seed " + run.seed() + ")";
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Tables
    // ---------------------------------------------------------------------------------------------------------------

    private static List<String> upliftHeaders(List<RunRecord> runs) {
        List<String> headers = new ArrayList<>(List.of("Metric", "greedy"));
        byConfiguration(runs).keySet().stream()
                .filter(configuration -> !configuration.isBaseline())
                .forEach(configuration -> {
                    headers.add(configuration.id());
                    headers.add("vs. greedy");
                });
        return headers;
    }

    private static List<List<String>> upliftRows(List<RunRecord> runs) {
        Map<SolverConfiguration, List<RunRecord>> byConfiguration = byConfiguration(runs);
        List<RunRecord> baseline = byConfiguration.get(SolverConfiguration.GREEDY);
        List<List<String>> rows = new ArrayList<>();
        for (Metric metric : Metric.values()) {
            double base = mean(baseline, run -> metric.of(run.metrics()));
            List<String> row = new ArrayList<>(List.of(metric.label(), metricText(metric, base)));
            byConfiguration.forEach((configuration, configurationRuns) -> {
                if (!configuration.isBaseline()) {
                    double value = mean(configurationRuns, run -> metric.of(run.metrics()));
                    row.add(metricText(metric, value));
                    row.add(
                            metric.direction() == Metric.Direction.NEITHER
                                    ? "-"
                                    : Format.change(metric.improvement(value, base)));
                }
            });
            rows.add(row);
        }
        return rows;
    }

    private static List<List<String>> targetRows(Map<String, List<RunRecord>> byDataset) {
        List<List<String>> rows = new ArrayList<>();
        byDataset.forEach((dataset, runs) -> {
            Map<SolverConfiguration, List<RunRecord>> byConfiguration = byConfiguration(runs);
            List<RunRecord> baseline = byConfiguration.get(SolverConfiguration.GREEDY);
            if (baseline == null) {
                return;
            }
            byConfiguration.forEach((configuration, configurationRuns) -> {
                if (configuration.isBaseline()) {
                    return;
                }
                double demand = mean(configurationRuns, run -> run.metrics().demandCovered());
                double baselineDemand = mean(baseline, run -> run.metrics().demandCovered());
                List<String> row = new ArrayList<>(List.of(
                        dataset,
                        configuration.id(),
                        (demand >= baselineDemand ? "yes" : "no") + " (" + Format.percent(demand) + " vs. "
                                + Format.percent(baselineDemand) + ")"));
                for (Metric metric : List.of(Metric.VENUE_UTILISATION, Metric.TUTOR_UTILISATION, Metric.SEAT_FILL)) {
                    row.add(Format.change(metric.improvement(
                            mean(configurationRuns, run -> metric.of(run.metrics())),
                            mean(baseline, run -> metric.of(run.metrics())))));
                }
                rows.add(row);
            });
        });
        return rows;
    }

    static String metricText(Metric metric, double value) {
        return switch (metric.unit()) {
            case SHARE -> Format.percent(value);
            case MINUTES -> Format.count(Math.round(value));
            case COEFFICIENT -> Format.decimal(value, 3);
        };
    }

    private static List<List<String>> runRows(List<RunRecord> runs) {
        List<List<String>> rows = new ArrayList<>();
        for (RunRecord run : runs) {
            rows.add(List.of(
                    run.configuration().id(),
                    String.valueOf(run.seed()),
                    String.valueOf(run.score()),
                    run.feasible() ? "yes" : "no",
                    Format.seconds(run.millisToFeasible()),
                    Format.seconds(run.millisSpent()),
                    Format.count(run.moveEvaluationSpeed()),
                    Format.mebibytes(run.heap().peakUsedBytes()),
                    String.valueOf(run.metrics().unassigned()),
                    Format.percent(run.metrics().demandCovered()),
                    Format.percent(run.metrics().venueUtilisation()),
                    Format.percent(run.metrics().tutorUtilisation())));
        }
        return rows;
    }
}
