package org.linli.api.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.linli.datasets.Datasets;
import org.linli.datasets.itc2007.ItcReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;

/** Lists the bundled datasets and ITC2007 instances that {@code solve} takes by name. */
@Command(name = "datasets", mixinStandardHelpOptions = true, description = "List the bundled datasets.")
final class DatasetsCommand implements Callable<Integer> {

    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.println("Weekly plans:");
        Datasets.names().forEach(name -> stdout.println("  " + name));
        stdout.println("ITC2007 Track 3 instances:");
        ItcReader.BUNDLED.forEach(name -> stdout.println("  " + name));
        stdout.flush();
        return 0;
    }
}
