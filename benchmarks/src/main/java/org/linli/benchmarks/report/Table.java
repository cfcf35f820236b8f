package org.linli.benchmarks.report;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A tidy table: fixed columns, one row per observation. The CSV and the JSON output are written from the same table,
 * so the two always hold the same figures under the same names.
 */
public final class Table {

    private final String name;
    private final List<String> columns;
    private final List<Map<String, Object>> rows = new ArrayList<>();

    public Table(String name, List<String> columns) {
        this.name = Objects.requireNonNull(name);
        this.columns = List.copyOf(columns);
    }

    public String name() {
        return name;
    }

    public List<String> columns() {
        return columns;
    }

    public List<Map<String, Object>> rows() {
        return Collections.unmodifiableList(rows);
    }

    /** Adds a row; it must have exactly the table's columns (values may be null). */
    public Table add(Map<String, ?> row) {
        if (!row.keySet().equals(new HashSet<>(columns))) {
            List<String> missing = new ArrayList<>(columns);
            missing.removeAll(row.keySet());
            List<String> extra = new ArrayList<>(row.keySet());
            extra.removeAll(columns);
            throw new IllegalArgumentException("A row of table (" + name + ") does not match its columns: missing ("
                    + missing + "), extra (" + extra + "). Build rows with the table's column list.");
        }
        Map<String, Object> ordered = new LinkedHashMap<>();
        columns.forEach(column -> ordered.put(column, row.get(column)));
        rows.add(Collections.unmodifiableMap(ordered));
        return this;
    }
}
