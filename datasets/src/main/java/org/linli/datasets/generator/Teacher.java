package org.linli.datasets.generator;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** A generated certified tutor or partner instructor, with the days and times they can teach and their limits. */
final class Teacher {

    final String id;
    final String name;
    final boolean certified;
    final Community community;
    /** The courses they mainly teach; they may be given more when the reference timetable needs them. */
    final Set<Course> profile = new LinkedHashSet<>();

    final Set<Integer> days = new TreeSet<>();
    final int windowStart;
    final int windowEnd;
    final int maxPerDay;
    int maxPerWeek;
    final List<String> siteIds = new ArrayList<>();

    private Set<Integer> initialDays = Set.of();
    private int initialMaxPerWeek;

    /** The reference timetable's sessions: start, end and site, in placing order. */
    final List<Slot> slots = new ArrayList<>();

    int plannedMinutes;

    Teacher(
            String id,
            String name,
            boolean certified,
            Community community,
            int windowStart,
            int windowEnd,
            int maxPerDay,
            int maxPerWeek) {
        this.id = id;
        this.name = name;
        this.certified = certified;
        this.community = community;
        this.windowStart = windowStart;
        this.windowEnd = windowEnd;
        this.maxPerDay = maxPerDay;
        this.maxPerWeek = maxPerWeek;
    }

    /** The minutes a week they can teach, at most, in a track's window of {@code windowMinutes} a day. */
    int capacity(int windowMinutes) {
        int perDay = Math.min(maxPerDay, Math.min(windowMinutes, windowEnd - windowStart));
        return Math.min(maxPerWeek, days.size() * perDay);
    }

    /** Remembers the availability as generated, before the reference timetable extends any of it. */
    void keepInitial() {
        initialDays = Set.copyOf(days);
        initialMaxPerWeek = maxPerWeek;
    }

    /** Forgets the reference timetable's sessions and extensions. */
    void reset() {
        slots.clear();
        days.clear();
        days.addAll(initialDays);
        maxPerWeek = initialMaxPerWeek;
    }

    /** After a session is taken back: the availability is the generated one plus the days they still teach. */
    void release(Slot slot) {
        slots.remove(slot);
        days.clear();
        days.addAll(initialDays);
        slots.forEach(other -> days.add(Minutes.day(other.start)));
        maxPerWeek = Math.max(initialMaxPerWeek, (minutesInWeek() + 29) / 30 * 30);
    }

    int minutesOn(int day) {
        return slots.stream()
                .filter(slot -> Minutes.day(slot.start) == day)
                .mapToInt(slot -> slot.end - slot.start)
                .sum();
    }

    int minutesInWeek() {
        return slots.stream().mapToInt(slot -> slot.end - slot.start).sum();
    }

    /** A session of the reference timetable the teacher teaches. */
    record Slot(int start, int end, String siteId) {}
}
