package org.linli.datasets.generator;

import java.util.ArrayList;
import java.util.List;

/** A generated group: a course offered to some children of one community, with its sessions' shape. */
final class Offering {

    final String id;
    final String name;
    final Course course;
    final Community community;
    /** The grade band of a knowledge group; null for an enrichment group, whose band comes from its children. */
    final int[] band;

    final List<Child> children = new ArrayList<>();
    /** The sessions a week the group is meant to meet; fewer when the reference timetable cannot place them all. */
    int sessions;

    final int plannedSessions;
    final int minutes;
    /** A day (0 = Monday) on which the group must not meet, or -1. */
    int blockedDay = -1;

    Teacher primaryTeacher;
    /** The reference timetable's sessions of the group, in the order they were placed. */
    final List<Placement> placements = new ArrayList<>();

    Offering(String id, String name, Course course, Community community, int[] band, int sessions, int minutes) {
        this.id = id;
        this.name = name;
        this.course = course;
        this.community = community;
        this.band = band;
        this.sessions = sessions;
        this.plannedSessions = sessions;
        this.minutes = minutes;
    }

    boolean isKnowledge() {
        return course.knowledge();
    }

    int size() {
        return children.size();
    }

    void add(Child child) {
        children.add(child);
        child.groups.add(this);
    }

    void remove(Child child) {
        children.remove(child);
        child.groups.remove(this);
    }

    /**
     * One session of the reference timetable.
     *
     * @param busy the interval its children are busy with, the same object in each child's list
     */
    record Placement(int start, Teacher teacher, Place place, Teacher.Slot slot, int[] busy) {}
}
