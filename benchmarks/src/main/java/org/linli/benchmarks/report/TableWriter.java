package org.linli.benchmarks.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Writes a {@link Table} as CSV (RFC 4180, a header line, UTF-8) and as a JSON array of objects. */
public final class TableWriter {

    private static final JsonMapper JSON =
            JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private TableWriter() {}

    /** Writes {@code <name>.csv} and {@code <name>.json} into the folder; returns the two paths. */
    public static List<Path> write(Table table, Path folder) {
        Path csv = folder.resolve(table.name() + ".csv");
        Path json = folder.resolve(table.name() + ".json");
        try {
            Files.createDirectories(folder);
            Files.writeString(csv, toCsv(table), StandardCharsets.UTF_8);
            Files.writeString(json, toJson(table), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write table (" + table.name() + ") into (" + folder + ").", e);
        }
        return List.of(csv, json);
    }

    public static String toCsv(Table table) {
        StringBuilder csv = new StringBuilder();
        csv.append(String.join(
                        ",", table.columns().stream().map(TableWriter::field).toList()))
                .append('\n');
        for (Map<String, Object> row : table.rows()) {
            csv.append(String.join(
                            ",",
                            row.values().stream()
                                    .map(value -> field(format(value)))
                                    .toList()))
                    .append('\n');
        }
        return csv.toString();
    }

    public static String toJson(Table table) {
        return JSON.writeValueAsString(table.rows()) + "\n";
    }

    /** A value as the CSV shows it: empty for null, numbers without grouping and with a dot. */
    static String format(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Double number) {
            return number.isNaN() || number.isInfinite() ? "" : String.format(Locale.ROOT, "%s", number);
        }
        return String.valueOf(value);
    }

    private static String field(String value) {
        if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
            return "\"" + value.replace("\"", "\"\"") + "\"";
        }
        return value;
    }
}
