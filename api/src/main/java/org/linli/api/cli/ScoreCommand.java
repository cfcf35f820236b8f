package org.linli.api.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.linli.datasets.itc2007.ItcInstance;
import org.linli.datasets.itc2007.ItcReader;
import org.linli.datasets.itc2007.ItcSolution;
import org.linli.datasets.itc2007.ItcSolutionReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Prints the official ITC2007 cost breakdown of a solution, as the competition's validator computes it. */
@Command(
        name = "score",
        mixinStandardHelpOptions = true,
        description = "Print the official ITC2007 cost of a solution: linli score comp01.ctt comp01.sol")
final class ScoreCommand implements Callable<Integer> {

    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "INSTANCE", description = "An ITC2007 .ctt file or bundled name (comp01).")
    private String instanceArgument;

    @Parameters(index = "1", paramLabel = "SOLUTION", description = "A solution file, one lecture per line.")
    private Path solutionFile;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        ItcInstance instance = instance(instanceArgument);
        ItcSolution solution = ItcSolutionReader.read(instance, solutionFile);

        new SummaryPrinter(stdout).printItcCost(SolveCommand.fileStem(instanceArgument), instance, solution);
        stdout.flush();
        return 0;
    }

    private static ItcInstance instance(String argument) {
        Path path = Path.of(argument);
        if (path.toFile().isFile()) {
            return ItcReader.read(path);
        }
        if (ItcReader.BUNDLED.contains(argument)) {
            return ItcReader.readBundled(argument);
        }
        throw new BadInputException("No ITC2007 instance file or bundled instance is called (" + argument
                + "); bundled: " + String.join(", ", ItcReader.BUNDLED) + ".");
    }
}
