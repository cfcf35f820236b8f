package org.linli.api.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code linli} command line: {@code solve} runs the main job on a bundled dataset, a plan file or an ITC2007
 * instance; {@code score} prints the official ITC2007 cost of a solution; {@code serve} starts the REST service.
 * Bad input ends with one clear message and a non-zero exit code, never a stack trace.
 */
@Command(
        name = "linli",
        mixinStandardHelpOptions = true,
        version = "Linli Scheduler 0.1.0",
        description = "Weekly timetabling for community tutoring programmes.",
        subcommands = {
            SolveCommand.class,
            ScoreCommand.class,
            DatasetsCommand.class,
            ServeCommand.class,
            NightlyCommand.class
        })
public final class LinliCli implements Runnable {

    /** Exit code for bad input (unknown file, invalid plan, malformed ITC2007 file). */
    static final int BAD_INPUT = 2;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command line with the given streams; returns the exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(new LinliCli());
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler(new CliErrors());
        return commandLine.execute(args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
