package org.linli.api.cli;

import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import org.linli.datasets.PlanValidationException;
import org.linli.datasets.itc2007.ItcFormatException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/** Turns what went wrong into one message on standard error and an exit code; a stack trace only for our bugs. */
final class CliErrors implements IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception exception, CommandLine commandLine, ParseResult parseResult) {
        var err = commandLine.getErr();
        switch (exception) {
            case PlanValidationException invalid -> {
                err.println("Invalid plan: " + invalid.problems().size() + " problem(s)");
                invalid.problems().forEach(problem -> err.println("  " + problem.path() + ": " + problem.message()));
            }
            case ItcFormatException malformed -> err.println("Invalid ITC2007 file: " + malformed.getMessage());
            case BadInputException bad -> err.println(bad.getMessage());
            case UncheckedIOException io
            when io.getCause() instanceof NoSuchFileException missing ->
                err.println("No such file (" + missing.getFile() + ").");
            default -> {
                err.println("Linli failed unexpectedly: " + exception);
                exception.printStackTrace(err);
                return 1;
            }
        }
        err.flush();
        return LinliCli.BAD_INPUT;
    }
}
