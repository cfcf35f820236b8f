package org.linli.datasets.itc2007;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * An ITC2007 Track 3 (curriculum-based course timetabling) instance, as described by a {@code .ctt} file.
 *
 * <p>This is the data only, independent of any solver model, so that the engine can map it into its own model and the
 * {@link ItcScorer} can compute the official cost of a timetable without the solver. Ids are the opaque tokens of the
 * file, kept exactly (room {@code B} and room {@code rB} are different rooms). Days and periods are 0-based. The
 * canonical constructor checks the instance is consistent (unique ids, every reference resolves, every day and period
 * in range), so any {@code ItcInstance} can be scored; {@link ItcReader} reports the same problems with file and line
 * first.
 *
 * @param name the instance name from the {@code Name:} header, for example {@code Fis0506-1}
 * @param days the number of teaching days
 * @param periodsPerDay the number of periods of each day
 * @param courses the courses in file order
 * @param rooms the rooms in file order
 * @param curricula the curricula in file order
 * @param unavailabilities the periods in which a course must not be taught, in file order
 */
public record ItcInstance(
        String name,
        int days,
        int periodsPerDay,
        List<Course> courses,
        List<Room> rooms,
        List<Curriculum> curricula,
        List<Unavailability> unavailabilities) {

    /**
     * A course: {@code lectures} lectures to place, taught by {@code teacher} to {@code students} students, spread over at
     * least {@code minWorkingDays} days.
     */
    public record Course(String id, String teacher, int lectures, int minWorkingDays, int students) {
        public Course {
            requireToken(id, "course id");
            requireToken(teacher, "teacher of course '" + id + "'");
            requireNonNegative(lectures, "lectures of course '" + id + "'");
            requireNonNegative(minWorkingDays, "minWorkingDays of course '" + id + "'");
            requireNonNegative(students, "students of course '" + id + "'");
        }
    }

    /** A room seating {@code capacity} students. */
    public record Room(String id, int capacity) {
        public Room {
            requireToken(id, "room id");
            requireNonNegative(capacity, "capacity of room '" + id + "'");
        }
    }

    /** A curriculum: courses that share students, so their lectures must not overlap and should be compact. */
    public record Curriculum(String id, List<String> courseIds) {
        public Curriculum {
            requireToken(id, "curriculum id");
            courseIds = List.copyOf(courseIds);
        }
    }

    /** Course {@code courseId} must not be taught in period {@code period} of day {@code day}. */
    public record Unavailability(String courseId, int day, int period) {
        public Unavailability {
            requireToken(courseId, "course id of an unavailability");
            requireNonNegative(day, "day of an unavailability of '" + courseId + "'");
            requireNonNegative(period, "period of an unavailability of '" + courseId + "'");
        }
    }

    public ItcInstance {
        Objects.requireNonNull(name, "name");
        if (days < 1 || periodsPerDay < 1) {
            throw new IllegalArgumentException("an instance needs at least one day and one period per day (days " + days
                    + ", periodsPerDay " + periodsPerDay + ")");
        }
        courses = List.copyOf(courses);
        rooms = List.copyOf(rooms);
        curricula = List.copyOf(curricula);
        unavailabilities = List.copyOf(unavailabilities);
        Set<String> courseIds = requireUnique(courses, Course::id, "course");
        requireUnique(rooms, Room::id, "room");
        requireUnique(curricula, Curriculum::id, "curriculum");
        for (Curriculum curriculum : curricula) {
            Set<String> seen = new HashSet<>();
            for (String courseId : curriculum.courseIds()) {
                if (!courseIds.contains(courseId)) {
                    throw new IllegalArgumentException(
                            "curriculum '" + curriculum.id() + "' lists unknown course '" + courseId + "'");
                }
                if (!seen.add(courseId)) {
                    throw new IllegalArgumentException(
                            "curriculum '" + curriculum.id() + "' lists course '" + courseId + "' twice");
                }
            }
        }
        for (Unavailability unavailability : unavailabilities) {
            if (!courseIds.contains(unavailability.courseId())) {
                throw new IllegalArgumentException(
                        "unavailability names unknown course '" + unavailability.courseId() + "'");
            }
            if (unavailability.day() >= days || unavailability.period() >= periodsPerDay) {
                throw new IllegalArgumentException("unavailability of '" + unavailability.courseId() + "' at day "
                        + unavailability.day() + " period " + unavailability.period() + " is outside " + days
                        + " days x " + periodsPerDay + " periods");
            }
        }
    }

    /** The number of periods of the week, {@code days * periodsPerDay}. */
    public int periods() {
        return days * periodsPerDay;
    }

    /** The total number of lectures to place, the sum of every course's lectures. */
    public int totalLectures() {
        return courses.stream().mapToInt(Course::lectures).sum();
    }

    /** The course with this id, if any. */
    public Optional<Course> course(String id) {
        return courses.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    /** The room with this id, if any. */
    public Optional<Room> room(String id) {
        return rooms.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    /** The courses by id, in file order. */
    public Map<String, Course> coursesById() {
        return indexById(courses, Course::id);
    }

    /** The rooms by id, in file order. */
    public Map<String, Room> roomsById() {
        return indexById(rooms, Room::id);
    }

    private static <T> Map<String, T> indexById(List<T> items, Function<T, String> id) {
        return items.stream().collect(Collectors.toMap(id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    }

    private static <T> Set<String> requireUnique(List<T> items, Function<T, String> id, String kind) {
        Map<String, T> seen = new HashMap<>();
        for (T item : items) {
            if (seen.putIfAbsent(id.apply(item), item) != null) {
                throw new IllegalArgumentException("duplicate " + kind + " id '" + id.apply(item) + "'");
            }
        }
        return seen.keySet();
    }

    static void requireToken(String value, String what) {
        Objects.requireNonNull(value, what);
        if (value.isEmpty() || value.codePoints().anyMatch(Character::isWhitespace)) {
            // A blank or an embedded space would not survive the whitespace-separated file formats.
            throw new IllegalArgumentException(
                    what + " must be a non-empty token without whitespace ('" + value + "')");
        }
    }

    static void requireNonNegative(int value, String what) {
        if (value < 0) {
            throw new IllegalArgumentException(what + " must not be negative (" + value + ")");
        }
    }
}
