package org.linli.benchmarks.report;

import java.util.Locale;

/** Numbers as the report shows them to people. */
public final class Format {

    private Format() {}

    public static String percent(double share) {
        return Double.isNaN(share) ? "n/a" : String.format(Locale.ROOT, "%.1f%%", share * 100);
    }

    /** A relative change with its sign: {@code +12.3%}, {@code -4.0%}, {@code 0.0%}. */
    public static String change(double change) {
        if (Double.isNaN(change)) {
            return "n/a";
        }
        String text = String.format(Locale.ROOT, "%+.1f%%", change * 100);
        return text.equals("+0.0%") || text.equals("-0.0%") ? "0.0%" : text;
    }

    public static String decimal(double value, int places) {
        return Double.isNaN(value) ? "n/a" : String.format(Locale.ROOT, "%." + places + "f", value);
    }

    public static String seconds(long millis) {
        return millis < 0 ? "never" : String.format(Locale.ROOT, "%.2f s", millis / 1000.0);
    }

    public static String mebibytes(long bytes) {
        return bytes < 0 ? "n/a" : String.format(Locale.ROOT, "%.0f MiB", bytes / (1024.0 * 1024.0));
    }

    public static String count(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }

    /** A file-name-safe form of a dataset name. */
    public static String slug(String name) {
        String slug =
                name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return slug.isEmpty() ? "dataset" : slug;
    }
}
