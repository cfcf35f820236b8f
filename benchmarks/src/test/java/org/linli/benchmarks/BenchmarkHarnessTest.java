package org.linli.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.linli.benchmarks.report.RunTables;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The harness itself, end to end, as CI runs it: a small matrix (two datasets, two configurations, one seed, 10 s
 * each) through the command line, then a check of every output file. Speed is not tested here.
 */
class BenchmarkHarnessTest {

    private static final List<String> DATASETS = List.of("neighbourhood-holiday", "toy");
    private static final List<String> CONFIGURATIONS = List.of("greedy", "late-acceptance");

    @TempDir
    static Path out;

    private static int exitCode;
    private static String console;

    @BeforeAll
    @Timeout(120)
    static void runSmallMatrix() {
        StringWriter stdout = new StringWriter();
        StringWriter stderr = new StringWriter();
        exitCode = BenchmarkCli.run(
                new String[] {
                    "matrix",
                    "--datasets",
                    String.join(",", DATASETS),
                    "--configs",
                    String.join(",", CONFIGURATIONS),
                    "--seeds",
                    "0",
                    "--time-limit",
                    "10s",
                    "--warm-up",
                    "0s",
                    "--out",
                    out.toString()
                },
                new PrintWriter(stdout, true),
                new PrintWriter(stderr, true));
        console = stdout + stderr.toString();
    }

    @Test
    void matrix_exitsCleanlyAndWritesEveryFile() {
        assertThat(exitCode).as(console).isZero();
        for (String file : List.of("runs.csv", "runs.json", "improvements.csv", "improvements.json", "report.html")) {
            assertThat(out.resolve(file)).isNotEmptyFile();
        }
        assertThat(console).contains("Report: ");
    }

    @Test
    void runsCsv_hasOneRowPerRunWithEveryColumnAndItsProvenance() throws IOException {
        List<Map<String, String>> rows = readCsv(out.resolve("runs.csv"), RunTables.RUN_COLUMNS);

        assertThat(rows).hasSize(DATASETS.size() * CONFIGURATIONS.size());
        assertThat(rows)
                .extracting(row -> row.get("dataset") + "/" + row.get("configuration"))
                .containsExactly(
                        "neighbourhood-holiday/greedy",
                        "neighbourhood-holiday/late-acceptance",
                        "toy/greedy",
                        "toy/late-acceptance");
        assertThat(new HashSet<>(rows.stream().map(row -> row.get("run_id")).toList()))
                .hasSize(rows.size());
        for (Map<String, String> row : rows) {
            assertThat(row.get("dataset_sha256")).matches("[0-9a-f]{64}");
            assertThat(row.get("git_commit")).matches("unknown|[0-9a-f]{40}(-dirty)?");
            assertThat(row.get("jvm")).isNotBlank();
            assertThat(row.get("java_version")).isNotBlank();
            assertThat(Integer.parseInt(row.get("cores"))).isPositive();
            assertThat(row.get("seed")).isEqualTo("0");
            assertThat(row.get("time_limit_s")).isEqualTo("10.0");
            assertThat(Long.parseLong(row.get("heap_peak_sampled_bytes"))).isPositive();
            assertThat(Double.parseDouble(row.get("demand_covered"))).isBetween(0.0, 1.0);
            assertThat(row.get("score")).matches("-?\\d+hard/-?\\d+medium/-?\\d+soft");
        }
        assertThat(rows)
                .filteredOn(row -> row.get("dataset").equals("toy"))
                .allSatisfy(row -> assertThat(row.get("itc_soft_cost")).matches("\\d+"));
    }

    @Test
    void improvementsCsv_hasRowsForEveryRunInTimeOrder() throws IOException {
        List<Map<String, String>> rows = readCsv(out.resolve("improvements.csv"), RunTables.IMPROVEMENT_COLUMNS);

        List<String> runIds = readCsv(out.resolve("runs.csv"), RunTables.RUN_COLUMNS).stream()
                .map(row -> row.get("run_id"))
                .toList();
        assertThat(rows).extracting(row -> row.get("run_id")).containsAll(runIds);
        for (String runId : runIds) {
            List<Long> millis = rows.stream()
                    .filter(row -> row.get("run_id").equals(runId))
                    .map(row -> Long.parseLong(row.get("millis")))
                    .toList();
            assertThat(millis).isSorted();
        }
    }

    @Test
    void json_holdsTheSameRowsAndColumnsAsTheCsv() throws IOException {
        JsonMapper json = JsonMapper.builder().build();
        List<Map<String, Object>> runs = json.readValue(out.resolve("runs.json").toFile(), new TypeReference<>() {});
        List<Map<String, Object>> improvements =
                json.readValue(out.resolve("improvements.json").toFile(), new TypeReference<>() {});

        assertThat(runs).hasSize(DATASETS.size() * CONFIGURATIONS.size());
        assertThat(runs).allSatisfy(row -> assertThat(row.keySet()).containsExactlyElementsOf(RunTables.RUN_COLUMNS));
        assertThat(improvements)
                .hasSize(readCsv(out.resolve("improvements.csv"), RunTables.IMPROVEMENT_COLUMNS)
                        .size());
    }

    @Test
    void report_isSelfContainedAndShowsTheCharts() throws IOException {
        String html = Files.readString(out.resolve("report.html"), StandardCharsets.UTF_8);

        assertThat(html).contains("Best soft score over time: neighbourhood-holiday");
        assertThat(html).contains("Unplaced sessions over time: toy");
        assertThat(html).contains("Utilisation of the final plan: neighbourhood-holiday");
        assertThat(html).contains("Improvement over the greedy baseline: neighbourhood-holiday");
        assertThat(html).contains("Git commit");
        assertThat(count(html, "src=\"data:image/png;base64,")).isEqualTo(DATASETS.size() * 4);
        assertThat(html).doesNotContain("http://", "https://", "<script", "<link");
        try (var charts = Files.list(out.resolve("charts"))) {
            List<Path> pngs = charts.toList();
            assertThat(pngs).hasSize(DATASETS.size() * 4);
            for (Path png : pngs) {
                assertThat(Arrays.copyOf(Files.readAllBytes(png), 4)).containsExactly(0x89, 'P', 'N', 'G');
            }
        }
    }

    private static int count(String text, String part) {
        Matcher matcher = Pattern.compile(Pattern.quote(part)).matcher(text);
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }

    /** Reads a CSV written by the harness (no field holds a line break), checking its header. */
    private static List<Map<String, String>> readCsv(Path file, List<String> expectedColumns) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertThat(parseLine(lines.get(0))).containsExactlyElementsOf(expectedColumns);
        List<Map<String, String>> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            List<String> fields = parseLine(line);
            assertThat(fields).as(line).hasSameSizeAs(expectedColumns);
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < fields.size(); i++) {
                row.put(expectedColumns.get(i), fields.get(i));
            }
            rows.add(row);
        }
        return rows;
    }

    private static List<String> parseLine(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }
}
