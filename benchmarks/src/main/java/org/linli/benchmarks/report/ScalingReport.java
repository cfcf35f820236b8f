package org.linli.benchmarks.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.linli.benchmarks.run.Provenance;
import org.linli.benchmarks.run.RunRecord;

/**
 * Writes the scaling study: the same {@code runs} and {@code improvements} tables as a matrix, and a report whose charts
 * put the size of the work (sessions) on the x axis: time to the first feasible plan, peak heap, and how much of the
 * demand is covered at each time limit.
 */
public final class ScalingReport {

    private ScalingReport() {}

    public static Path write(List<RunRecord> runs, Provenance provenance, Path folder) {
        TableWriter.write(RunTables.runs(runs, provenance), folder);
        TableWriter.write(RunTables.improvements(runs), folder);
        HtmlReport html = new HtmlReport("Linli scaling study");
        html.lead("How the cost grows with the work: the same configuration on a neighbourhood, a district and a city,"
                + " at fixed time limits, one run at a time. Each point is one run (means over seeds are not taken, so"
                + " the spread shows).");
        html.heading("Provenance");
        html.facts(MatrixReport.provenanceFacts(provenance, runs));

        Map<String, List<RunRecord>> byLimit = new LinkedHashMap<>();
        runs.stream()
                .sorted(Comparator.comparingLong(
                                (RunRecord run) -> run.timeLimit().toMillis())
                        .thenComparingInt(run -> run.dataset().sessions()))
                .forEach(run -> byLimit.computeIfAbsent(
                                "limit " + Format.seconds(run.timeLimit().toMillis()), ignored -> new ArrayList<>())
                        .add(run));
        List<String> names = List.copyOf(byLimit.keySet());
        List<Figure> figures = List.of(
                chart(
                        "scaling-time-to-placement.png",
                        "Time to the final placement",
                        "Seconds until the best plan first reached its final hard and medium score: no hard violation"
                                + " left (for a feasible run) and no more sessions placed afterwards. The time to a plan"
                                + " that places every session is in the table (never, when a week has a session nothing"
                                + " fits).",
                        "seconds",
                        byLimit,
                        names,
                        run -> run.millisToFinalPlacement() < 0 || !run.feasible()
                                ? null
                                : run.millisToFinalPlacement() / 1000.0),
                chart(
                        "scaling-peak-heap.png",
                        "Peak heap in use",
                        "Highest heap in use sampled during the run, MiB (garbage not yet collected included).",
                        "MiB",
                        byLimit,
                        names,
                        run -> run.heap().peakUsedBytes() / (1024.0 * 1024.0)),
                chart(
                        "scaling-demand-covered.png",
                        "Demand covered at the time limit",
                        "Share of the requested session minutes the best plan places, in percent.",
                        "percent",
                        byLimit,
                        names,
                        run -> 100 * run.metrics().demandCovered()),
                chart(
                        "scaling-soft-score.png",
                        "Soft score at the time limit",
                        "Soft score of the best plan (higher is better); it grows more negative with the size of the"
                                + " work, so compare it at one size across limits.",
                        "soft score",
                        byLimit,
                        names,
                        run -> (double) run.score().softScore()));
        figures.forEach(html::figure);

        html.heading("Runs");
        List<List<String>> rows = new ArrayList<>();
        for (RunRecord run : runs) {
            rows.add(List.of(
                    run.dataset().name(),
                    String.valueOf(run.dataset().sessions()),
                    run.configuration().id(),
                    Format.seconds(run.timeLimit().toMillis()),
                    String.valueOf(run.seed()),
                    String.valueOf(run.score()),
                    Format.seconds(run.millisToFinalPlacement()),
                    Format.seconds(run.millisToFeasible()),
                    Format.mebibytes(run.heap().peakUsedBytes()),
                    run.heap().peakAfterGcBytes() < 0
                            ? "no GC"
                            : Format.mebibytes(run.heap().peakAfterGcBytes()),
                    Format.count(run.moveEvaluationSpeed()),
                    Format.percent(run.metrics().demandCovered())));
        }
        html.table(
                null,
                List.of(
                        "Dataset",
                        "Sessions",
                        "Configuration",
                        "Limit",
                        "Seed",
                        "Score",
                        "To final placement",
                        "To feasible and complete",
                        "Peak heap",
                        "Peak after GC",
                        "Moves/s",
                        "Demand covered"),
                rows,
                false);
        MatrixReport.writeCharts(figures, folder.resolve(MatrixReport.CHARTS));
        Path report = folder.resolve(MatrixReport.HTML);
        try {
            Files.writeString(report, html.render(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the report (" + report + ").", e);
        }
        return report;
    }

    private static Figure chart(
            String fileName,
            String title,
            String caption,
            String yTitle,
            Map<String, List<RunRecord>> byLimit,
            List<String> names,
            Function<RunRecord, Double> value) {
        List<Charts.Series> series = new ArrayList<>();
        byLimit.forEach((name, limitRuns) -> {
            List<Double> x = new ArrayList<>();
            List<Double> y = new ArrayList<>();
            for (RunRecord run : limitRuns) {
                Double v = value.apply(run);
                if (v != null) {
                    x.add((double) run.dataset().sessions());
                    y.add(v);
                }
            }
            series.add(new Charts.Series(name, x, y));
        });
        return Charts.lines(fileName, title, caption, "sessions", yTitle, series, Charts.colors(names, names), false);
    }
}
