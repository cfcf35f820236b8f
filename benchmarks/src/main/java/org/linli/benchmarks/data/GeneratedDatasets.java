package org.linli.benchmarks.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.linli.datasets.Datasets;
import org.linli.datasets.PlanJson;
import org.linli.datasets.itc2007.ItcReader;
import org.linli.format.WeeklyPlan;

/**
 * Bundled plans by name, and generated ones written {@code <preset>-<week>[@<seed>]}: {@code city-school@7} is
 * {@code Datasets.generate("city", "school", 7)}. A bundled name without a seed is the bundled file; with a seed it is
 * generated ({@code district-school@1} is what the bundled file was generated from).
 */
final class GeneratedDatasets {

    /** The seed of a generated plan named without one. */
    static final long DEFAULT_SEED = 0L;

    private static final Pattern GENERATED = Pattern.compile("([a-z]+)-([a-z]+)(?:@(-?\\d+))?");

    private GeneratedDatasets() {}

    static BenchmarkDataset resolve(String name) {
        Matcher matcher = GENERATED.matcher(name.toLowerCase(Locale.ROOT));
        boolean seeded = matcher.matches() && matcher.group(3) != null;
        if (!seeded && Datasets.names().contains(name)) {
            return bundled(name);
        }
        if (!matcher.matches()) {
            throw unknown(name, "");
        }
        long seed = seeded ? Long.parseLong(matcher.group(3)) : DEFAULT_SEED;
        WeeklyPlan plan;
        try {
            plan = Datasets.generate(matcher.group(1), matcher.group(2), seed);
        } catch (IllegalArgumentException e) {
            throw unknown(name, " " + e.getMessage());
        }
        return new BenchmarkDataset(
                matcher.group(1) + "-" + matcher.group(2) + "@" + seed,
                BenchmarkDataset.Kind.GENERATED,
                Sha256.of(PlanJson.write(plan)),
                plan,
                null,
                null);
    }

    /** A bundled plan, hashed as the file it is read from. */
    private static BenchmarkDataset bundled(String name) {
        String resource = Datasets.resource(name);
        byte[] bytes;
        try (InputStream in = Datasets.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The bundled dataset (" + name + ") is missing from the class path at ("
                        + resource + "); rebuild the datasets module.");
            }
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the bundled dataset (" + name + ").", e);
        }
        return new BenchmarkDataset(
                name, BenchmarkDataset.Kind.BUNDLED, Sha256.of(bytes), Datasets.load(name), null, null);
    }

    private static IllegalArgumentException unknown(String name, String detail) {
        return new IllegalArgumentException("Unknown dataset (" + name + ")." + detail + " Use a bundled plan ("
                + String.join(", ", Datasets.names()) + "), a generated one <preset>-<week>[@seed] with preset"
                + " neighbourhood, district or city and week holiday or school (e.g. city-school@7), an ITC2007"
                + " instance (" + String.join(", ", ItcReader.BUNDLED) + ") or the path of a .ctt or .json file.");
    }
}
