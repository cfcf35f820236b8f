package org.linli.solver.domain;

import ai.timefold.solver.core.api.domain.solution.ConstraintWeightOverrides;
import ai.timefold.solver.core.api.domain.solution.PlanningEntityCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.PlanningScore;
import ai.timefold.solver.core.api.domain.solution.PlanningSolution;
import ai.timefold.solver.core.api.domain.solution.ProblemFactCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.ProblemFactProperty;
import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import java.util.List;

/**
 * A weekly plan: the problem facts (tracks, sites, venues, tutors, students, groups and the cohorts derived from them)
 * and the sessions to place. Build one with {@link PlanPreparation#prepare}, which derives cohorts, travel times and
 * each session's value ranges.
 */
@PlanningSolution
public class WeeklyPlan {

    private String id;
    private String name;
    private WeekClock clock;

    @ProblemFactProperty
    private PlanSettings settings;

    @ProblemFactCollectionProperty
    private List<Track> tracks;

    @ProblemFactCollectionProperty
    private List<Site> sites;

    @ProblemFactCollectionProperty
    private List<Venue> venues;

    @ProblemFactCollectionProperty
    private List<Tutor> tutors;

    @ProblemFactCollectionProperty
    private List<Student> students;

    @ProblemFactCollectionProperty
    private List<Group> groups;

    @ProblemFactCollectionProperty
    private List<Cohort> cohorts;

    @ProblemFactCollectionProperty
    private List<CohortMembership> memberships;

    @PlanningEntityCollectionProperty
    private List<Session> sessions;

    private ConstraintWeightOverrides<HardMediumSoftScore> constraintWeightOverrides;

    /** When the repair that built this plan runs; null for a plan that is not a repair. */
    @ProblemFactProperty
    private RepairClock repairClock;

    @PlanningScore
    private HardMediumSoftScore score;

    /** For the solver's cloner. */
    protected WeeklyPlan() {}

    WeeklyPlan(
            String id,
            String name,
            WeekClock clock,
            PlanSettings settings,
            List<Track> tracks,
            List<Site> sites,
            List<Venue> venues,
            List<Tutor> tutors,
            List<Student> students,
            List<Group> groups,
            List<Cohort> cohorts,
            List<CohortMembership> memberships,
            List<Session> sessions,
            ConstraintWeightOverrides<HardMediumSoftScore> constraintWeightOverrides) {
        this.id = id;
        this.name = name;
        this.clock = clock;
        this.settings = settings;
        this.tracks = tracks;
        this.sites = sites;
        this.venues = venues;
        this.tutors = tutors;
        this.students = students;
        this.groups = groups;
        this.cohorts = cohorts;
        this.memberships = memberships;
        this.sessions = sessions;
        this.constraintWeightOverrides = constraintWeightOverrides;
    }

    public String getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public WeekClock getClock() {
        return clock;
    }

    public PlanSettings getSettings() {
        return settings;
    }

    public List<Track> getTracks() {
        return tracks;
    }

    public List<Site> getSites() {
        return sites;
    }

    public List<Venue> getVenues() {
        return venues;
    }

    public List<Tutor> getTutors() {
        return tutors;
    }

    public List<Student> getStudents() {
        return students;
    }

    public List<Group> getGroups() {
        return groups;
    }

    public List<Cohort> getCohorts() {
        return cohorts;
    }

    public List<CohortMembership> getMemberships() {
        return memberships;
    }

    public List<Session> getSessions() {
        return sessions;
    }

    public ConstraintWeightOverrides<HardMediumSoftScore> getConstraintWeightOverrides() {
        return constraintWeightOverrides;
    }

    public void setConstraintWeightOverrides(ConstraintWeightOverrides<HardMediumSoftScore> constraintWeightOverrides) {
        this.constraintWeightOverrides = constraintWeightOverrides;
    }

    public RepairClock getRepairClock() {
        return repairClock;
    }

    public void setRepairClock(RepairClock repairClock) {
        this.repairClock = repairClock;
    }

    public HardMediumSoftScore getScore() {
        return score;
    }

    public void setScore(HardMediumSoftScore score) {
        this.score = score;
    }
}
