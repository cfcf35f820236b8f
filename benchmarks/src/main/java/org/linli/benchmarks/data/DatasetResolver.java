package org.linli.benchmarks.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.linli.datasets.PlanJson;
import org.linli.datasets.itc2007.ItcInstance;
import org.linli.datasets.itc2007.ItcPlans;
import org.linli.datasets.itc2007.ItcReader;
import org.linli.format.WeeklyPlan;

/**
 * Turns a dataset name from the command line into a {@link BenchmarkDataset}. Tried in this order:
 *
 * <ul>
 *   <li>a path to an ITC2007 {@code .ctt} file or a plan {@code .json} file;
 *   <li>a bundled ITC2007 instance, with or without {@code .ctt}: {@code comp01} .. {@code comp07}, {@code toy};
 *   <li>a bundled plan: {@code neighbourhood-holiday}, {@code district-school}, ...;
 *   <li>a generated plan {@code <preset>-<week>[@<seed>]}: {@code city-school@7}, {@code district-holiday@3} (seed 0
 *       when left out).
 * </ul>
 */
public final class DatasetResolver {

    private DatasetResolver() {}

    public static BenchmarkDataset resolve(String spec) {
        String name = spec.trim();
        String lowerCase = name.toLowerCase(Locale.ROOT);
        Path path = Path.of(name);
        if (Files.isRegularFile(path) && lowerCase.endsWith(".ctt")) {
            return itcFile(path);
        }
        if (Files.isRegularFile(path) && lowerCase.endsWith(".json")) {
            return planFile(path);
        }
        String itcName = lowerCase.endsWith(".ctt") ? name.substring(0, name.length() - ".ctt".length()) : name;
        if (ItcReader.BUNDLED.contains(itcName)) {
            return bundledItc(itcName);
        }
        if (lowerCase.endsWith(".ctt") || lowerCase.endsWith(".json")) {
            throw new IllegalArgumentException("No such file (" + name + "). Give the path of an ITC2007 .ctt file or"
                    + " a plan .json file, or a bundled name: " + String.join(", ", ItcReader.BUNDLED) + ".");
        }
        return GeneratedDatasets.resolve(name);
    }

    static BenchmarkDataset itcFile(Path path) {
        byte[] bytes = read(path);
        ItcInstance instance = ItcReader.parse(new String(bytes, StandardCharsets.UTF_8), fileName(path));
        return itc(stem(fileName(path)), Sha256.of(bytes), instance, url(path));
    }

    static BenchmarkDataset bundledItc(String name) {
        URL resource = ItcReader.class.getResource("/itc2007/" + name + ".ctt");
        if (resource == null) {
            throw new IllegalStateException("The bundled ITC2007 instance (" + name + ") is missing from the class"
                    + " path; rebuild the datasets module.");
        }
        byte[] bytes;
        try (InputStream in = resource.openStream()) {
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the bundled ITC2007 instance (" + name + ").", e);
        }
        return itc(name, Sha256.of(bytes), ItcReader.readBundled(name), resource);
    }

    private static BenchmarkDataset itc(String name, String sha256, ItcInstance instance, URL ctt) {
        return new BenchmarkDataset(
                name, BenchmarkDataset.Kind.ITC2007, sha256, ItcPlans.toPlan(instance), instance, ctt);
    }

    static BenchmarkDataset planFile(Path path) {
        byte[] bytes = read(path);
        WeeklyPlan plan = PlanJson.read(path);
        return new BenchmarkDataset(
                stem(fileName(path)), BenchmarkDataset.Kind.PLAN_FILE, Sha256.of(bytes), plan, null, null);
    }

    private static byte[] read(Path path) {
        try {
            return Files.readAllBytes(path);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the dataset file (" + path + ").", e);
        }
    }

    private static URL url(Path path) {
        try {
            return path.toAbsolutePath().toUri().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException("The dataset path (" + path + ") cannot be turned into a URL.", e);
        }
    }

    private static String fileName(Path path) {
        return String.valueOf(path.getFileName());
    }

    private static String stem(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }
}
