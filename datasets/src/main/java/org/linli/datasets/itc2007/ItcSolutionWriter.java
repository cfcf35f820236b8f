package org.linli.datasets.itc2007;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes ITC2007 Track 3 solutions in the {@code .sol} format the official validator reads: one line per lecture,
 * {@code <CourseID> <RoomID> <Day> <Day_Period>} separated by single spaces, 0-based day and period, {@code \n} line
 * ends, in the solution's order.
 */
public final class ItcSolutionWriter {

    private ItcSolutionWriter() {}

    /** Writes the solution to a file, replacing it if it exists. */
    public static void write(ItcSolution solution, Path path) {
        try (Writer writer = Files.newBufferedWriter(path, StandardCharsets.UTF_8)) {
            write(solution, writer);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + path, e);
        }
    }

    /** Writes the solution to a writer, which is flushed but not closed. */
    public static void write(ItcSolution solution, Writer writer) {
        try {
            for (ItcSolution.Assignment assignment : solution.assignments()) {
                writer.write(line(assignment));
                writer.write('\n');
            }
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write solution", e);
        }
    }

    /** The solution as {@code .sol} text. */
    public static String toText(ItcSolution solution) {
        StringWriter text = new StringWriter();
        write(solution, text);
        return text.toString();
    }

    private static String line(ItcSolution.Assignment assignment) {
        return assignment.courseId() + " " + assignment.roomId() + " " + assignment.day() + " " + assignment.period();
    }
}
