package org.linli.datasets.itc2007;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads ITC2007 Track 3 instances in the {@code .ctt} format.
 *
 * <p>The format is a header of seven {@code Label: value} lines ({@code Name}, {@code Courses}, {@code Rooms},
 * {@code Days}, {@code Periods_per_day}, {@code Curricula}, {@code Constraints}) followed by the sections
 * {@code COURSES:}, {@code ROOMS:}, {@code CURRICULA:} and {@code UNAVAILABILITY_CONSTRAINTS:}, one record per line,
 * and the terminator {@code END.}. Tokens are separated by any whitespace and blank lines are ignored.
 *
 * <p>The official validator trusts its input; this reader does not, because a wrongly read instance would make every
 * later cost meaningless. Each header count must match its section, every reference must resolve, every day and period
 * must be in range and ids must be unique. Any problem raises {@link ItcFormatException} naming the source, line and
 * token; nothing is skipped.
 */
public final class ItcReader {

    /** The instances bundled on the classpath: the seven ITC2007 early instances and the technical report's toy. */
    public static final List<String> BUNDLED =
            List.of("comp01", "comp02", "comp03", "comp04", "comp05", "comp06", "comp07", "toy");

    private static final String RESOURCE_FOLDER = "/itc2007/";

    private ItcReader() {}

    /** Reads a {@code .ctt} file; errors name the file's name. */
    public static ItcInstance read(Path path) {
        try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            return read(reader, String.valueOf(path.getFileName()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }

    /** Reads {@code .ctt} text from a reader (not closed); errors name {@code sourceName}. */
    public static ItcInstance read(Reader reader, String sourceName) {
        return new Parser(new ItcLines(reader, sourceName)).parse();
    }

    /** Reads {@code .ctt} text held in a string; errors name {@code sourceName}. */
    public static ItcInstance parse(String content, String sourceName) {
        return read(new StringReader(content), sourceName);
    }

    /**
     * Reads a bundled instance by name, {@code comp01} to {@code comp07} or {@code toy} (a trailing {@code .ctt} is
     * accepted).
     *
     * @throws IllegalArgumentException if no such instance is bundled
     */
    public static ItcInstance readBundled(String name) {
        String base = name.endsWith(".ctt") ? name.substring(0, name.length() - ".ctt".length()) : name;
        if (!BUNDLED.contains(base)) {
            throw new IllegalArgumentException(
                    "no bundled ITC2007 instance named '" + name + "' (bundled: " + BUNDLED + ")");
        }
        String fileName = base + ".ctt";
        InputStream stream = ItcReader.class.getResourceAsStream(RESOURCE_FOLDER + fileName);
        if (stream == null) {
            throw new IllegalStateException("bundled instance resource " + RESOURCE_FOLDER + fileName + " is missing");
        }
        try (Reader reader = new InputStreamReader(stream, StandardCharsets.UTF_8)) {
            return read(reader, fileName);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled instance " + fileName, e);
        }
    }

    /** One parse of one source; holds the header values while the sections are checked against them. */
    private static final class Parser {

        private final ItcLines lines;
        private String name;
        private int courseCount;
        private int roomCount;
        private int days;
        private int periodsPerDay;
        private int curriculumCount;
        private int constraintCount;

        Parser(ItcLines lines) {
            this.lines = lines;
        }

        ItcInstance parse() {
            name = headerValue("Name:");
            courseCount = headerCount("Courses:", "Courses", 1);
            roomCount = headerCount("Rooms:", "Rooms", 1);
            days = headerCount("Days:", "Days", 1);
            periodsPerDay = headerCount("Periods_per_day:", "Periods_per_day", 1);
            curriculumCount = headerCount("Curricula:", "Curricula", 0);
            constraintCount = headerCount("Constraints:", "Constraints", 0);

            sectionStart("COURSES:");
            List<ItcInstance.Course> courses = new ArrayList<>();
            Set<String> courseIds = new HashSet<>();
            int coursesLine = lines.lineNumber();
            for (List<String> tokens = nextRecord("ROOMS:"); tokens != null; tokens = nextRecord("ROOMS:")) {
                lines.expectTokens(tokens, 5, "CourseID Teacher Lectures MinWorkingDays Students");
                String id = tokens.get(0);
                if (!courseIds.add(id)) {
                    throw lines.error("duplicate course id '" + id + "'");
                }
                courses.add(new ItcInstance.Course(
                        id,
                        tokens.get(1),
                        lines.nonNegativeInt(tokens.get(2), "lectures"),
                        lines.nonNegativeInt(tokens.get(3), "minWorkingDays"),
                        lines.nonNegativeInt(tokens.get(4), "students")));
            }
            checkCount("COURSES", coursesLine, courses.size(), "Courses", courseCount);

            List<ItcInstance.Room> rooms = new ArrayList<>();
            Set<String> roomIds = new HashSet<>();
            int roomsLine = lines.lineNumber();
            for (List<String> tokens = nextRecord("CURRICULA:"); tokens != null; tokens = nextRecord("CURRICULA:")) {
                lines.expectTokens(tokens, 2, "RoomID Capacity");
                String id = tokens.get(0);
                if (!roomIds.add(id)) {
                    throw lines.error("duplicate room id '" + id + "'");
                }
                rooms.add(new ItcInstance.Room(id, lines.nonNegativeInt(tokens.get(1), "capacity")));
            }
            checkCount("ROOMS", roomsLine, rooms.size(), "Rooms", roomCount);

            List<ItcInstance.Curriculum> curricula = new ArrayList<>();
            Set<String> curriculumIds = new HashSet<>();
            int curriculaLine = lines.lineNumber();
            String afterCurricula = "UNAVAILABILITY_CONSTRAINTS:";
            for (List<String> tokens = nextRecord(afterCurricula);
                    tokens != null;
                    tokens = nextRecord(afterCurricula)) {
                curricula.add(curriculum(tokens, courseIds, curriculumIds));
            }
            checkCount("CURRICULA", curriculaLine, curricula.size(), "Curricula", curriculumCount);

            List<ItcInstance.Unavailability> unavailabilities = new ArrayList<>();
            int constraintsLine = lines.lineNumber();
            for (List<String> tokens = nextRecord("END."); tokens != null; tokens = nextRecord("END.")) {
                lines.expectTokens(tokens, 3, "CourseID Day Day_Period");
                String courseId = tokens.get(0);
                if (!courseIds.contains(courseId)) {
                    throw lines.error("unavailability names unknown course '" + courseId + "'");
                }
                unavailabilities.add(new ItcInstance.Unavailability(
                        courseId,
                        lines.intBelow(tokens.get(1), "day", days, "days"),
                        lines.intBelow(tokens.get(2), "period", periodsPerDay, "periods per day")));
            }
            checkCount(
                    "UNAVAILABILITY_CONSTRAINTS",
                    constraintsLine,
                    unavailabilities.size(),
                    "Constraints",
                    constraintCount);

            List<String> trailing = lines.next();
            if (trailing != null) {
                throw lines.error("unexpected content after 'END.': '" + String.join(" ", trailing) + "'");
            }
            return new ItcInstance(name, days, periodsPerDay, courses, rooms, curricula, unavailabilities);
        }

        private ItcInstance.Curriculum curriculum(List<String> tokens, Set<String> courseIds, Set<String> seenIds) {
            if (tokens.size() < 2) {
                throw lines.error("expected 'CurriculumID Num_of_Courses CourseID...' but found '"
                        + String.join(" ", tokens) + "'");
            }
            String id = tokens.get(0);
            if (!seenIds.add(id)) {
                throw lines.error("duplicate curriculum id '" + id + "'");
            }
            int declared = lines.nonNegativeInt(tokens.get(1), "number of courses");
            List<String> members = tokens.subList(2, tokens.size());
            if (members.size() != declared) {
                throw lines.error("curriculum '" + id + "' declares " + declared + " courses ('" + tokens.get(1)
                        + "') but lists " + members.size());
            }
            Set<String> seenMembers = new HashSet<>();
            for (String member : members) {
                if (!courseIds.contains(member)) {
                    throw lines.error("curriculum '" + id + "' lists unknown course '" + member + "'");
                }
                if (!seenMembers.add(member)) {
                    throw lines.error("curriculum '" + id + "' lists course '" + member + "' twice");
                }
            }
            return new ItcInstance.Curriculum(id, members);
        }

        private String headerValue(String label) {
            List<String> tokens = lines.next();
            if (tokens == null) {
                throw lines.error("expected header '" + label + "' but found the end of the input");
            }
            if (!tokens.get(0).equals(label)) {
                throw lines.error("expected header '" + label + "' but found '" + tokens.get(0) + "'");
            }
            lines.expectTokens(tokens, 2, label + " value");
            return tokens.get(1);
        }

        private int headerCount(String label, String field, int minimum) {
            String token = headerValue(label);
            int value = lines.nonNegativeInt(token, field);
            if (value < minimum) {
                throw lines.error("'" + field + "' must be at least " + minimum + " but is '" + token + "'");
            }
            return value;
        }

        private void sectionStart(String keyword) {
            List<String> tokens = lines.next();
            if (tokens == null) {
                throw lines.error("expected section '" + keyword + "' but found the end of the input");
            }
            if (!tokens.equals(List.of(keyword))) {
                throw lines.error("expected section '" + keyword + "' but found '" + String.join(" ", tokens) + "'");
            }
        }

        /**
         * The next record of the current section, or {@code null} once the line {@code nextKeyword} (the following
         * section or {@code END.}) has been consumed. Reaching the end of the input first is an error: the file was cut
         * short.
         */
        private List<String> nextRecord(String nextKeyword) {
            List<String> tokens = lines.next();
            if (tokens == null) {
                throw lines.error("expected '" + nextKeyword + "' but found the end of the input (truncated file?)");
            }
            if (tokens.get(0).equals(nextKeyword)) {
                if (tokens.size() != 1) {
                    throw lines.error("unexpected '" + tokens.get(1) + "' after '" + nextKeyword + "'");
                }
                return null;
            }
            if (tokens.size() == 1 && isKeyword(tokens.get(0))) {
                throw lines.error("expected '" + nextKeyword + "' but found '" + tokens.get(0) + "'");
            }
            return tokens;
        }

        private static boolean isKeyword(String token) {
            return switch (token) {
                case "COURSES:", "ROOMS:", "CURRICULA:", "UNAVAILABILITY_CONSTRAINTS:", "END." -> true;
                default -> false;
            };
        }

        /** Checked when the section's closing keyword has been read, so the error points at that line. */
        private void checkCount(String section, int sectionLine, int found, String header, int declared) {
            if (found != declared) {
                throw lines.error("the header declares '" + header + ": " + declared + "' but the " + section
                        + " section (from line " + sectionLine + ") has " + found + " entries");
            }
        }
    }
}
