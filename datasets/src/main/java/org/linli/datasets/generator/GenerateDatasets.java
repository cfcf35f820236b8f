package org.linli.datasets.generator;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.linli.datasets.Datasets;
import org.linli.datasets.PlanJson;
import org.linli.format.WeeklyPlan;

/**
 * Rewrites the bundled datasets, or writes one generated plan.
 *
 * <pre>
 * ./mvnw -B -q -DskipTests install -pl solver,datasets
 * ./mvnw -B -q -pl datasets exec:java -Dexec.mainClass=org.linli.datasets.generator.GenerateDatasets
 * ./mvnw -B -q -pl datasets exec:java -Dexec.mainClass=org.linli.datasets.generator.GenerateDatasets \
 *     -Dexec.args="--preset city --week school --seed 7 --out city-school.json"
 * </pre>
 *
 * Without arguments it writes the bundled files into {@code datasets/src/main/resources/datasets} (found from the
 * repository's root or the module's folder); with one argument, into that folder.
 */
public final class GenerateDatasets {

    private static final Path FROM_ROOT = Path.of("datasets", "src", "main", "resources", "datasets");
    private static final Path FROM_MODULE = Path.of("src", "main", "resources", "datasets");

    private GenerateDatasets() {}

    public static void main(String[] args) {
        if (args.length > 0 && args[0].startsWith("--")) {
            writeOne(args);
            return;
        }
        Path folder = args.length > 0 ? Path.of(args[0]) : bundledFolder();
        for (String name : Datasets.names()) {
            GeneratedPlan generated = Datasets.generateBundled(name);
            Path file = folder.resolve(name + ".json");
            PlanJson.write(file, generated.plan());
            System.out.println(summary(file, generated));
        }
    }

    private static void writeOne(String[] args) {
        String preset = null;
        String week = null;
        long seed = Datasets.BUNDLED_SEED;
        Path out = null;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--preset" -> preset = args[i + 1];
                case "--week" -> week = args[i + 1];
                case "--seed" -> seed = Long.parseLong(args[i + 1]);
                case "--out" -> out = Path.of(args[i + 1]);
                default ->
                    throw new IllegalArgumentException(
                            "Unknown option (" + args[i] + "); use --preset, --week, --seed and --out.");
            }
        }
        if (preset == null || week == null || out == null || args.length % 2 != 0) {
            throw new IllegalArgumentException(
                    "Give --preset (neighbourhood, district, city), --week (holiday, school) and --out (a file);"
                            + " --seed is optional.");
        }
        GeneratedPlan generated = PlanGenerator.generateWithReference(
                Preset.valueOf(preset.toUpperCase(Locale.ROOT)), WeekKind.valueOf(week.toUpperCase(Locale.ROOT)), seed);
        PlanJson.write(out, generated.plan());
        System.out.println(summary(out, generated));
    }

    private static Path bundledFolder() {
        for (Path candidate : new Path[] {FROM_ROOT, FROM_MODULE}) {
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("The bundled datasets' folder (" + FROM_ROOT + ") is not under the working"
                + " directory (" + Path.of("").toAbsolutePath() + "); run from the repository's root or give the"
                + " folder as the argument.");
    }

    private static String summary(Path file, GeneratedPlan generated) {
        WeeklyPlan plan = generated.plan();
        int bytes = PlanJson.write(plan).getBytes(StandardCharsets.UTF_8).length;
        return String.format(
                Locale.ROOT,
                "%s: %d students, %d groups, %d sessions, %d tutors, %d venues, %d sites, %d bytes;"
                        + " reference timetable: %d sessions dropped, %d enrolments withdrawn, %d availabilities"
                        + " extended",
                file,
                plan.getStudents().size(),
                plan.getGroups().size(),
                generated.reference().size(),
                plan.getTutors().size(),
                plan.getVenues().size(),
                plan.getSites().size(),
                bytes,
                generated.droppedSessions(),
                generated.withdrawnEnrolments(),
                generated.extendedTeachers());
    }
}
