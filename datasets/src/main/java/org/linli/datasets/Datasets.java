package org.linli.datasets;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.linli.datasets.generator.GeneratedPlan;
import org.linli.datasets.generator.PlanGenerator;
import org.linli.datasets.generator.Preset;
import org.linli.datasets.generator.WeekKind;
import org.linli.format.WeeklyPlan;

/**
 * The datasets bundled with Linli, generated with seed {@value #BUNDLED_SEED} (see {@code GenerateDatasets}, which
 * rewrites them, and a test that fails when they drift from what the generator writes), and generated ones on demand.
 */
public final class Datasets {

    /** The seed of the bundled datasets. */
    public static final long BUNDLED_SEED = 1L;

    private static final List<Bundled> BUNDLED = List.of(
            new Bundled("neighbourhood-holiday", Preset.NEIGHBOURHOOD, WeekKind.HOLIDAY),
            new Bundled("neighbourhood-school", Preset.NEIGHBOURHOOD, WeekKind.SCHOOL),
            new Bundled("district-holiday", Preset.DISTRICT, WeekKind.HOLIDAY),
            new Bundled("district-school", Preset.DISTRICT, WeekKind.SCHOOL));

    private Datasets() {}

    /** The names of the bundled datasets, smallest first. */
    public static List<String> names() {
        return BUNDLED.stream().map(Bundled::name).toList();
    }

    /**
     * Reads a bundled dataset.
     *
     * @throws IllegalArgumentException naming the known datasets when there is none of that name
     */
    public static WeeklyPlan load(String name) {
        Bundled bundled = bundled(name);
        String resource = resource(bundled.name());
        try (InputStream in = Datasets.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The bundled dataset (" + name + ") is missing from the classpath at ("
                        + resource + "); rebuild the datasets module.");
            }
            return PlanJson.read(in, "dataset " + name);
        } catch (IOException e) {
            throw new UncheckedIOException("The bundled dataset (" + name + ") cannot be read; rebuild the module.", e);
        }
    }

    /**
     * Generates a plan: {@code preset} is one of neighbourhood, district, city and {@code weekKind} one of holiday,
     * school, in any case.
     *
     * @throws IllegalArgumentException naming the known values when one is unknown
     */
    public static WeeklyPlan generate(String preset, String weekKind, long seed) {
        return PlanGenerator.generate(
                parse(Preset.class, preset, "preset"), parse(WeekKind.class, weekKind, "week kind"), seed);
    }

    /** A bundled dataset as the generator writes it now, with its reference timetable, for rewriting the files. */
    public static GeneratedPlan generateBundled(String name) {
        Bundled bundled = bundled(name);
        return PlanGenerator.generateWithReference(bundled.preset(), bundled.week(), BUNDLED_SEED);
    }

    /** The classpath resource of a bundled dataset, such as {@code /datasets/district-school.json}. */
    public static String resource(String name) {
        return "/datasets/" + bundled(name).name() + ".json";
    }

    private static Bundled bundled(String name) {
        return BUNDLED.stream()
                .filter(bundled -> bundled.name().equals(name))
                .findFirst()
                .orElseThrow(
                        () -> new IllegalArgumentException("Unknown dataset (" + name + "); the bundled datasets are "
                                + String.join(", ", names()) + ": use one of them, or generate a plan with a preset, a"
                                + " week kind and a seed."));
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, String what) {
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("Unknown " + what + " (" + value + "); use one of "
                    + Arrays.stream(type.getEnumConstants())
                            .map(constant -> constant.name().toLowerCase(Locale.ROOT))
                            .collect(Collectors.joining(", "))
                    + ".");
        }
    }

    private record Bundled(String name, Preset preset, WeekKind week) {}
}
