package org.linli.benchmarks.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Renders the report's charts as PNG with XChart, headless. One look for all of them: white, a light grid, the legend
 * below, the same colour for the same configuration in every chart.
 */
public final class Charts {

    /** Chart size in pixels. */
    public static final int WIDTH = 900;

    public static final int HEIGHT = 460;

    private static final Color[] PALETTE = {
        new Color(0x4C, 0x72, 0xB0), // blue
        new Color(0xDD, 0x84, 0x52), // orange
        new Color(0x55, 0xA8, 0x68), // green
        new Color(0xC4, 0x4E, 0x52), // red
        new Color(0x81, 0x72, 0xB3), // purple
        new Color(0x93, 0x78, 0x60), // brown
        new Color(0xDA, 0x8B, 0xC3), // pink
        new Color(0x8C, 0x8C, 0x8C) // grey
    };

    private static final Font BASE = new Font(Font.SANS_SERIF, Font.PLAIN, 13);

    static {
        System.setProperty("java.awt.headless", "true");
    }

    private Charts() {}

    /** A series of points; x and y have the same length. */
    public record Series(String name, List<Double> x, List<Double> y) {
        public Series {
            x = List.copyOf(x);
            y = List.copyOf(y);
            if (x.size() != y.size()) {
                throw new IllegalArgumentException("Series (" + name + ") has " + x.size() + " x values and " + y.size()
                        + " y values; give one y per x.");
            }
        }
    }

    /** Lines over x; {@code step} draws each value until the next one, as a best score over time is. */
    public static Figure lines(
            String fileName,
            String title,
            String caption,
            String xTitle,
            String yTitle,
            List<Series> series,
            List<Color> colors,
            boolean step) {
        XYChart chart = new XYChartBuilder()
                .width(WIDTH)
                .height(HEIGHT)
                .title(title)
                .xAxisTitle(xTitle)
                .yAxisTitle(yTitle)
                .build();
        style(chart.getStyler());
        chart.getStyler()
                .setDefaultSeriesRenderStyle(
                        step ? XYSeries.XYSeriesRenderStyle.Step : XYSeries.XYSeriesRenderStyle.Line);
        chart.getStyler().setMarkerSize(6);
        boolean empty = true;
        for (int i = 0; i < series.size(); i++) {
            Series one = series.get(i);
            if (one.x().isEmpty()) {
                continue;
            }
            empty = false;
            XYSeries added = chart.addSeries(one.name(), one.x(), one.y());
            added.setLineColor(colors.get(i));
            added.setMarkerColor(colors.get(i));
            added.setMarker(SeriesMarkers.CIRCLE);
            added.setLineStyle(new BasicStroke(2f));
        }
        if (empty) {
            chart.addSeries("no data", List.of(0.0), List.of(0.0)).setMarker(SeriesMarkers.NONE);
        }
        return render(fileName, title, caption, chart);
    }

    /** Grouped bars: one group per category, one bar per series. */
    public static Figure bars(
            String fileName,
            String title,
            String caption,
            String yTitle,
            List<String> categories,
            List<Series> series,
            List<Color> colors,
            String decimalPattern) {
        CategoryChart chart = new CategoryChartBuilder()
                .width(WIDTH)
                .height(HEIGHT)
                .title(title)
                .yAxisTitle(yTitle)
                .build();
        style(chart.getStyler());
        chart.getStyler().setLabelsVisible(true);
        chart.getStyler().setLabelsFont(BASE.deriveFont(10f));
        chart.getStyler().setLabelsPosition(0.9);
        chart.getStyler().setDecimalPattern(decimalPattern);
        chart.getStyler().setYAxisDecimalPattern(decimalPattern);
        chart.getStyler().setAvailableSpaceFill(0.8);
        for (int i = 0; i < series.size(); i++) {
            chart.addSeries(series.get(i).name(), categories, series.get(i).y()).setFillColor(colors.get(i));
        }
        return render(fileName, title, caption, chart);
    }

    /** The colour of each series, chosen by its position in a fixed list of names (a configuration's colour). */
    public static List<Color> colors(List<String> names, List<String> allNames) {
        List<Color> colors = new ArrayList<>();
        for (String name : names) {
            int index = allNames.indexOf(name);
            colors.add(PALETTE[Math.floorMod(index < 0 ? name.hashCode() : index, PALETTE.length)]);
        }
        return colors;
    }

    private static void style(AxesChartStyler styler) {
        styler.setBaseFont(BASE);
        styler.setChartTitleFont(BASE.deriveFont(Font.BOLD, 15f));
        styler.setAxisTitleFont(BASE);
        styler.setAxisTickLabelsFont(BASE.deriveFont(11f));
        styler.setLegendFont(BASE.deriveFont(12f));
        styler.setChartBackgroundColor(Color.WHITE);
        styler.setPlotBackgroundColor(Color.WHITE);
        styler.setPlotBorderVisible(false);
        styler.setPlotGridLinesColor(new Color(0xE5, 0xE5, 0xE5));
        styler.setChartTitleBoxVisible(false);
        styler.setLegendPosition(Styler.LegendPosition.OutsideS);
        styler.setLegendLayout(Styler.LegendLayout.Horizontal);
        styler.setLegendBorderColor(Color.WHITE);
        styler.setLocale(Locale.ROOT);
        styler.setAntiAlias(true);
        styler.setTextAntiAlias(true);
        styler.setChartPadding(12);
    }

    private static Figure render(String fileName, String title, String caption, Chart<?, ?> chart) {
        try {
            byte[] png = BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG);
            return new Figure(fileName, title, caption, png);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot render chart (" + fileName + ").", e);
        }
    }
}
