package org.linli.api.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.linli.datasets.Datasets;
import org.linli.datasets.PlanJson;
import org.linli.datasets.itc2007.ItcInstance;
import org.linli.datasets.itc2007.ItcPlans;
import org.linli.datasets.itc2007.ItcReader;
import org.linli.format.WeeklyPlan;

/**
 * Where a plan to solve comes from: a plan JSON file, an ITC2007 {@code .ctt} file, a bundled dataset or a bundled
 * ITC2007 instance, tried in that order.
 *
 * @param itcInstance the ITC2007 instance when the plan is one, else null
 */
record PlanSource(String name, WeeklyPlan plan, ItcInstance itcInstance) {

    static PlanSource resolve(String argument) {
        Path path = Path.of(argument);
        String lowerCase = argument.toLowerCase(Locale.ROOT);
        if (Files.isRegularFile(path)) {
            String fileName = path.getFileName().toString();
            if (lowerCase.endsWith(".ctt")) {
                return itc(SolveCommand.fileStem(fileName), ItcReader.read(path));
            }
            return new PlanSource(fileName, PlanJson.read(path), null);
        }
        if (lowerCase.endsWith(".ctt") || lowerCase.endsWith(".json")) {
            throw new BadInputException("No such file (" + argument + ").");
        }
        if (Datasets.names().contains(argument)) {
            return new PlanSource(argument, Datasets.load(argument), null);
        }
        if (ItcReader.BUNDLED.contains(argument)) {
            return itc(argument, ItcReader.readBundled(argument));
        }
        throw new BadInputException("No plan file, bundled dataset or ITC2007 instance is called (" + argument
                + "). Bundled datasets: " + String.join(", ", Datasets.names()) + "; ITC2007 instances: "
                + String.join(", ", ItcReader.BUNDLED) + "; or give the path of a plan .json or an ITC2007 .ctt file.");
    }

    private static PlanSource itc(String name, ItcInstance instance) {
        return new PlanSource(name, ItcPlans.toPlan(instance), instance);
    }

    boolean isItc() {
        return itcInstance != null;
    }
}
