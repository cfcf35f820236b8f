package org.linli.datasets.itc2007;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads ITC2007 Track 3 solutions in the {@code .sol} format: one lecture per line, {@code <CourseID> <RoomID> <Day>
 * <Day_Period>}, whitespace separated, 0-based day and period, blank lines ignored.
 *
 * <p>Every line is checked against the instance. The official validator skips a line naming an unknown course or room,
 * or a day or period out of range, with a warning; that would score a different timetable from the one in the file, so
 * here such a line is an {@link ItcFormatException} naming the line and the token. A course taught twice in one period
 * is not a format error: it is kept and {@link ItcScorer} treats it as the validator does.
 */
public final class ItcSolutionReader {

    private ItcSolutionReader() {}

    /** Reads a {@code .sol} file for {@code instance}; errors name the file's name. */
    public static ItcSolution read(ItcInstance instance, Path path) {
        try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            return read(instance, reader, String.valueOf(path.getFileName()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }

    /** Reads {@code .sol} text from a reader (not closed); errors name {@code sourceName}. */
    public static ItcSolution read(ItcInstance instance, Reader reader, String sourceName) {
        ItcLines lines = new ItcLines(reader, sourceName);
        Map<String, ItcInstance.Course> courses = instance.coursesById();
        Map<String, ItcInstance.Room> rooms = instance.roomsById();
        List<ItcSolution.Assignment> assignments = new ArrayList<>();
        for (List<String> tokens = lines.next(); tokens != null; tokens = lines.next()) {
            lines.expectTokens(tokens, 4, "CourseID RoomID Day Day_Period");
            String courseId = tokens.get(0);
            String roomId = tokens.get(1);
            if (!courses.containsKey(courseId)) {
                throw lines.error("unknown course '" + courseId + "' (not in instance " + instance.name() + ")");
            }
            if (!rooms.containsKey(roomId)) {
                throw lines.error("unknown room '" + roomId + "' (not in instance " + instance.name() + ")");
            }
            int day = lines.intBelow(tokens.get(2), "day", instance.days(), "days");
            int period = lines.intBelow(tokens.get(3), "period", instance.periodsPerDay(), "periods per day");
            assignments.add(new ItcSolution.Assignment(courseId, roomId, day, period));
        }
        return new ItcSolution(assignments);
    }

    /** Reads {@code .sol} text held in a string; errors name {@code sourceName}. */
    public static ItcSolution parse(ItcInstance instance, String content, String sourceName) {
        return read(instance, new StringReader(content), sourceName);
    }
}
