package org.linli.benchmarks.report;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.linli.benchmarks.run.Metric;
import org.linli.benchmarks.run.Provenance;
import org.linli.benchmarks.run.RunRecord;
import org.linli.solver.solve.Improvement;

/**
 * The two tidy tables of a benchmark: {@code runs} (one row per run: what ran, how it went, what it cost, the final
 * plan's metrics and the provenance) and {@code improvements} (one row per new best solution of a run).
 */
public final class RunTables {

    public static final String RUNS = "runs";
    public static final String IMPROVEMENTS = "improvements";

    /** The columns of {@code runs}, in order. */
    public static final List<String> RUN_COLUMNS = runColumns();

    /** The columns of {@code improvements}, in order. */
    public static final List<String> IMPROVEMENT_COLUMNS = List.of(
            "run_id",
            "dataset",
            "configuration",
            "seed",
            "millis",
            "score",
            "hard_score",
            "medium_score",
            "soft_score",
            "feasible",
            "unassigned_sessions");

    private RunTables() {}

    private static List<String> runColumns() {
        List<String> columns = new ArrayList<>(List.of(
                "run_id",
                "dataset",
                "dataset_kind",
                "dataset_sha256",
                "sessions",
                "tutors",
                "venues",
                "students",
                "configuration",
                "seed",
                "time_limit_s",
                "score",
                "hard_score",
                "medium_score",
                "soft_score",
                "feasible",
                "complete",
                "millis_spent",
                "millis_to_feasible",
                "millis_to_final_placement",
                "move_evaluation_count",
                "move_evaluation_speed",
                "improvement_count",
                "heap_baseline_bytes",
                "heap_peak_sampled_bytes",
                "heap_peak_pool_sum_bytes",
                "heap_peak_after_gc_bytes",
                "heap_max_bytes",
                "gc_count",
                "gc_millis",
                "assigned_sessions",
                "unassigned_sessions"));
        for (Metric metric : Metric.values()) {
            columns.add(metric.column());
        }
        columns.addAll(List.of(
                "itc_hard_violations",
                "itc_soft_cost",
                "git_commit",
                "java_version",
                "jvm",
                "cores",
                "os",
                "jvm_arguments",
                "timefold_version",
                "started_at"));
        return List.copyOf(columns);
    }

    public static Table runs(List<RunRecord> runs, Provenance provenance) {
        Table table = new Table(RUNS, RUN_COLUMNS);
        for (RunRecord run : runs) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("run_id", run.runId());
            row.put("dataset", run.dataset().name());
            row.put("dataset_kind", run.dataset().kind());
            row.put("dataset_sha256", run.dataset().sha256());
            row.put("sessions", run.dataset().sessions());
            row.put("tutors", run.dataset().tutors());
            row.put("venues", run.dataset().venues());
            row.put("students", run.dataset().students());
            row.put("configuration", run.configuration().id());
            row.put("seed", run.seed());
            row.put("time_limit_s", run.timeLimit().toMillis() / 1000.0);
            putScore(row, run.score());
            row.put("feasible", run.feasible());
            row.put("millis_spent", run.millisSpent());
            row.put("complete", run.complete());
            row.put("millis_to_feasible", run.millisToFeasible() < 0 ? null : run.millisToFeasible());
            row.put(
                    "millis_to_final_placement",
                    run.millisToFinalPlacement() < 0 ? null : run.millisToFinalPlacement());
            row.put("move_evaluation_count", run.moveEvaluationCount());
            row.put("move_evaluation_speed", run.moveEvaluationSpeed());
            row.put("improvement_count", run.improvements().size());
            row.put("heap_baseline_bytes", run.heap().baselineBytes());
            row.put("heap_peak_sampled_bytes", run.heap().peakUsedBytes());
            row.put("heap_peak_pool_sum_bytes", run.heap().poolPeakSumBytes());
            row.put(
                    "heap_peak_after_gc_bytes",
                    run.heap().peakAfterGcBytes() < 0 ? null : run.heap().peakAfterGcBytes());
            row.put("heap_max_bytes", run.heap().maxBytes());
            row.put("gc_count", run.heap().gcCount());
            row.put("gc_millis", run.heap().gcMillis());
            row.put("assigned_sessions", run.metrics().assigned());
            row.put("unassigned_sessions", run.metrics().unassigned());
            for (Metric metric : Metric.values()) {
                double value = metric.of(run.metrics());
                row.put(
                        metric.column(),
                        metric.unit() == Metric.Unit.MINUTES ? (Object) Math.round(value) : (Object) value);
            }
            row.put(
                    "itc_hard_violations",
                    run.itcCost() == null ? null : run.itcCost().hardViolations());
            row.put(
                    "itc_soft_cost",
                    run.itcCost() == null ? null : run.itcCost().softCost());
            putProvenance(row, provenance);
            table.add(row);
        }
        return table;
    }

    public static Table improvements(List<RunRecord> runs) {
        Table table = new Table(IMPROVEMENTS, IMPROVEMENT_COLUMNS);
        for (RunRecord run : runs) {
            for (Improvement improvement : run.improvements()) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("run_id", run.runId());
                row.put("dataset", run.dataset().name());
                row.put("configuration", run.configuration().id());
                row.put("seed", run.seed());
                row.put("millis", improvement.millisSpent());
                putScore(row, improvement.score());
                row.put(
                        "feasible",
                        improvement.score() != null && improvement.score().isFeasible());
                row.put("unassigned_sessions", improvement.unassignedSessions());
                table.add(row);
            }
        }
        return table;
    }

    static void putScore(Map<String, Object> row, HardMediumSoftScore score) {
        row.put("score", score == null ? null : score.toString());
        row.put("hard_score", score == null ? null : score.hardScore());
        row.put("medium_score", score == null ? null : score.mediumScore());
        row.put("soft_score", score == null ? null : score.softScore());
    }

    static void putProvenance(Map<String, Object> row, Provenance provenance) {
        row.put("git_commit", provenance.gitCommit());
        row.put("java_version", provenance.javaVersion());
        row.put("jvm", provenance.jvm());
        row.put("cores", provenance.cores());
        row.put("os", provenance.os());
        row.put("jvm_arguments", provenance.jvmArguments());
        row.put("timefold_version", provenance.timefoldVersion());
        row.put("started_at", provenance.startedAt().toString());
    }
}
