package org.linli.benchmarks;

import java.io.PrintWriter;
import org.linli.datasets.PlanValidationException;
import org.linli.datasets.itc2007.ItcFormatException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The benchmark command line: {@code matrix} runs datasets x configurations x seeds and writes the tidy tables and the
 * HTML report; {@code scaling} measures how time to feasible, memory and score grow from a neighbourhood to a city;
 * {@code itc} puts Linli's ITC2007 costs beside the best known ones and, with {@code --peer}, a peer solver's.
 * Run it through {@code benchmarks/bench}, which starts a JVM of its own for clean timings.
 */
@Command(
        name = "bench",
        mixinStandardHelpOptions = true,
        version = "Linli Scheduler benchmarks 0.1.0",
        description = "Benchmarks Linli's solver configurations against a greedy baseline and peers.",
        subcommands = {MatrixCommand.class, ScalingCommand.class, ItcCommand.class})
public final class BenchmarkCli implements Runnable {

    /** Exit code for bad input: an unknown dataset or configuration, an invalid plan or .ctt file. */
    static final int BAD_INPUT = 2;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.setProperty("java.awt.headless", "true");
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command line with the given streams; returns the exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(new BenchmarkCli());
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler((exception, line, parseResult) -> {
            if (exception instanceof IllegalArgumentException
                    || exception instanceof PlanValidationException
                    || exception instanceof ItcFormatException) {
                line.getErr().println("Error: " + exception.getMessage());
                return BAD_INPUT;
            }
            throw exception;
        });
        return commandLine.execute(args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
