package org.linli.solver.domain;

import ai.timefold.solver.core.api.domain.common.PlanningId;
import java.util.Objects;

/** A child in the programme, with the times their school timetable keeps them busy. */
public final class Student {

    @PlanningId
    private final String id;

    private final int grade;
    private final Site homeSite;
    private final IntervalSet schoolBusy;

    public Student(String id, int grade, Site homeSite, IntervalSet schoolBusy) {
        this.id = Objects.requireNonNull(id);
        this.grade = grade;
        this.homeSite = homeSite;
        this.schoolBusy = Objects.requireNonNull(schoolBusy);
    }

    public String getId() {
        return id;
    }

    public int getGrade() {
        return grade;
    }

    public Site getHomeSite() {
        return homeSite;
    }

    public IntervalSet getSchoolBusy() {
        return schoolBusy;
    }

    @Override
    public String toString() {
        return id;
    }
}
