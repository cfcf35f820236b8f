package org.linli.benchmarks.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TableWriterTest {

    @Test
    void csv_quotesCommasQuotesAndLineBreaks_andLeavesNullEmpty() {
        Table table = new Table("t", List.of("name", "value", "note"));
        table.add(row("a,b", 1.5, null));
        table.add(row("say \"hi\"", 2L, "two\nlines"));

        String csv = TableWriter.toCsv(table);

        assertThat(csv).isEqualTo("name,value,note\n\"a,b\",1.5,\n\"say \"\"hi\"\"\",2,\"two\nlines\"\n");
    }

    @Test
    void json_isAnArrayOfObjectsWithTheTablesColumns() {
        Table table = new Table("t", List.of("name", "value", "note"));
        table.add(row("a", 1.5, null));

        String json = TableWriter.toJson(table);

        assertThat(json.replaceAll("\\s", "")).isEqualTo("[{\"name\":\"a\",\"value\":1.5,\"note\":null}]");
    }

    @Test
    void add_rowWithOtherColumns_isRefusedNamingThem() {
        Table table = new Table("t", List.of("name", "value"));

        assertThatThrownBy(() -> table.add(Map.of("name", "a", "extra", 1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("missing ([value])")
                .hasMessageContaining("extra ([extra])");
    }

    @Test
    void format_nanIsEmpty() {
        assertThat(TableWriter.format(Double.NaN)).isEmpty();
        assertThat(TableWriter.format(0.25)).isEqualTo("0.25");
    }

    private static Map<String, Object> row(Object name, Object value, Object note) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("name", name);
        row.put("value", value);
        row.put("note", note);
        return row;
    }
}
