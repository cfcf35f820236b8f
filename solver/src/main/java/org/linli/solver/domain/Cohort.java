package org.linli.solver.domain;

import ai.timefold.solver.core.api.domain.common.PlanningId;
import java.util.List;
import java.util.Objects;

/**
 * Students who are enrolled in exactly the same groups. They conflict the same way, so each rule that concerns
 * students counts a cohort once, weighted by its size, instead of once per student.
 */
public final class Cohort {

    @PlanningId
    private final String id;

    private final List<Student> students;
    private final List<Group> groups;

    public Cohort(String id, List<Student> students, List<Group> groups) {
        this.id = Objects.requireNonNull(id);
        this.students = List.copyOf(students);
        this.groups = List.copyOf(groups);
    }

    public String getId() {
        return id;
    }

    public List<Student> getStudents() {
        return students;
    }

    public List<Group> getGroups() {
        return groups;
    }

    /** How many students the cohort stands for. */
    public int getSize() {
        return students.size();
    }

    @Override
    public String toString() {
        return id + " (" + students.size() + " students)";
    }
}
