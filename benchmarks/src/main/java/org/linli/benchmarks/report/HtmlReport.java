package org.linli.benchmarks.report;

import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * Builds one self-contained HTML page: inline CSS, charts embedded as base64 PNG, no script and nothing loaded from
 * anywhere else, so the file can be mailed, archived or opened offline and still shows everything.
 */
public final class HtmlReport {

    private static final String STYLE = """
            body{font-family:"DejaVu Sans",Helvetica,Arial,sans-serif;margin:0;color:#222;background:#f6f6f4}
            main{max-width:1000px;margin:0 auto;padding:24px 32px 64px;background:#fff}
            h1{font-size:26px;margin:8px 0 4px}h2{font-size:20px;margin:36px 0 8px;border-bottom:2px solid #4c72b0;\
            padding-bottom:4px}h3{font-size:16px;margin:24px 0 6px}
            p{line-height:1.5;margin:6px 0}p.lead{color:#555}
            figure{margin:16px 0}figure img{width:100%;max-width:900px;border:1px solid #eee}
            figcaption{font-size:13px;color:#555;margin-top:4px}
            table{border-collapse:collapse;margin:10px 0 18px;font-size:13px;width:100%}
            th,td{border:1px solid #ddd;padding:4px 8px;text-align:right;white-space:nowrap}
            th{background:#f0f3f8}td:first-child,th:first-child{text-align:left}
            caption{text-align:left;font-size:13px;color:#555;padding:4px 0}
            .good{color:#2e7d32;font-weight:bold}.bad{color:#c62828;font-weight:bold}
            dl{display:grid;grid-template-columns:max-content auto;gap:2px 16px;font-size:13px}
            dt{color:#555}dd{margin:0;font-family:"DejaVu Sans Mono",monospace;word-break:break-all}
            .wide{overflow-x:auto}
            """;

    private final StringBuilder body = new StringBuilder();
    private final String title;

    public HtmlReport(String title) {
        this.title = title;
        body.append("<h1>").append(escape(title)).append("</h1>\n");
    }

    public HtmlReport heading(String text) {
        body.append("<h2>").append(escape(text)).append("</h2>\n");
        return this;
    }

    public HtmlReport subheading(String text) {
        body.append("<h3>").append(escape(text)).append("</h3>\n");
        return this;
    }

    public HtmlReport paragraph(String text) {
        body.append("<p>").append(escape(text)).append("</p>\n");
        return this;
    }

    public HtmlReport lead(String text) {
        body.append("<p class=\"lead\">").append(escape(text)).append("</p>\n");
        return this;
    }

    public HtmlReport figure(Figure figure) {
        body.append("<figure><img alt=\"")
                .append(escape(figure.title()))
                .append("\" src=\"data:image/png;base64,")
                .append(Base64.getEncoder().encodeToString(figure.png()))
                .append("\"><figcaption>")
                .append(escape(figure.caption()))
                .append("</figcaption></figure>\n");
        return this;
    }

    /** A definition list of name and value pairs, for provenance. */
    public HtmlReport facts(Map<String, String> facts) {
        body.append("<dl>");
        facts.forEach((name, value) -> body.append("<dt>")
                .append(escape(name))
                .append("</dt><dd>")
                .append(escape(value))
                .append("</dd>"));
        body.append("</dl>\n");
        return this;
    }

    /**
     * A table. A cell starting with {@code +} or {@code -} followed by a digit and ending with {@code %} is coloured as
     * a gain or a loss when {@code colourChanges} is set.
     */
    public HtmlReport table(String caption, List<String> headers, List<List<String>> rows, boolean colourChanges) {
        body.append("<div class=\"wide\"><table>");
        if (caption != null) {
            body.append("<caption>").append(escape(caption)).append("</caption>");
        }
        body.append("<thead><tr>");
        headers.forEach(header -> body.append("<th>").append(escape(header)).append("</th>"));
        body.append("</tr></thead><tbody>\n");
        for (List<String> row : rows) {
            body.append("<tr>");
            for (String cell : row) {
                String value = cell == null ? "" : cell;
                String css = colourChanges ? changeClass(value) : null;
                body.append(css == null ? "<td>" : "<td class=\"" + css + "\">")
                        .append(escape(value))
                        .append("</td>");
            }
            body.append("</tr>\n");
        }
        body.append("</tbody></table></div>\n");
        return this;
    }

    public String render() {
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>" + escape(title)
                + "</title><style>" + STYLE + "</style></head>\n<body><main>\n" + body + "</main></body></html>\n";
    }

    private static String changeClass(String value) {
        if (value.matches("[+][0-9].*%")) {
            return "good";
        }
        if (value.matches("[-\u2212][0-9].*%")) {
            return "bad";
        }
        return null;
    }

    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                case '"' -> escaped.append("&quot;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
