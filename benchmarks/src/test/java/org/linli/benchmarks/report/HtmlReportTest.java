package org.linli.benchmarks.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HtmlReportTest {

    @Test
    void render_embedsChartsAndLoadsNothingFromElsewhere() {
        Figure chart = Charts.lines(
                "x.png",
                "Title <1>",
                "Caption & more",
                "seconds",
                "score",
                List.of(new Charts.Series("late-acceptance", List.of(0.0, 1.0), List.of(-5.0, -3.0))),
                Charts.colors(List.of("late-acceptance"), List.of("greedy", "late-acceptance")),
                true);

        String html = new HtmlReport("Report")
                .facts(Map.of("Git commit", "abc"))
                .figure(chart)
                .table(null, List.of("Metric", "vs."), List.of(List.of("Seat fill", "+12.5%")), true)
                .render();

        assertThat(html).contains("<img alt=\"Title &lt;1&gt;\" src=\"data:image/png;base64,");
        assertThat(html).contains("Caption &amp; more");
        assertThat(html).contains("<td class=\"good\">+12.5%</td>");
        assertThat(html).doesNotContain("http://", "https://", "<script", "<link");
        assertThat(chart.png()).startsWith(0x89, 'P', 'N', 'G');
    }
}
