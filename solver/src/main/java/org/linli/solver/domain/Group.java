package org.linli.solver.domain;

import ai.timefold.solver.core.api.domain.common.PlanningId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** A course offering of one track: a subject or theme met in a number of sessions a week by a set of students. */
public final class Group {

    @PlanningId
    private final String id;

    private final String name;
    private final Track track;
    private final String certification;
    private final int minGrade;
    private final int maxGrade;
    private final int sessionsPerWeek;
    private final int sessionMinutes;
    private final List<Student> students;
    private final int size;
    private final Set<String> requiredFeatures;
    private final int minDays;
    private final Tutor fixedTutor;
    private final IntervalSet blockedTimes;
    private final int priority;
    private final Set<Site> sites;
    private final BusyProfile busyProfile;
    private final List<Cohort> cohorts = new ArrayList<>();

    /**
     * @param certification the certification its tutor must hold, or null for none
     * @param sites where it may meet; empty means any site
     * @param fixedTutor the one tutor who must teach it, or null
     */
    public Group(
            String id,
            String name,
            Track track,
            String certification,
            int minGrade,
            int maxGrade,
            int sessionsPerWeek,
            int sessionMinutes,
            List<Student> students,
            int size,
            Set<String> requiredFeatures,
            int minDays,
            Tutor fixedTutor,
            IntervalSet blockedTimes,
            int priority,
            Set<Site> sites) {
        this.id = Objects.requireNonNull(id);
        this.name = name == null ? id : name;
        this.track = Objects.requireNonNull(track);
        this.certification = certification;
        this.minGrade = minGrade;
        this.maxGrade = maxGrade;
        this.sessionsPerWeek = sessionsPerWeek;
        this.sessionMinutes = sessionMinutes;
        this.students = List.copyOf(students);
        this.size = size;
        this.requiredFeatures = Set.copyOf(requiredFeatures);
        this.minDays = minDays;
        this.fixedTutor = fixedTutor;
        this.blockedTimes = Objects.requireNonNull(blockedTimes);
        this.priority = priority;
        this.sites = Set.copyOf(sites);
        this.busyProfile = BusyProfile.of(this.students);
    }

    public String getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public Track getTrack() {
        return track;
    }

    public String getCertification() {
        return certification;
    }

    public int getMinGrade() {
        return minGrade;
    }

    public int getMaxGrade() {
        return maxGrade;
    }

    public int getSessionsPerWeek() {
        return sessionsPerWeek;
    }

    public int getSessionMinutes() {
        return sessionMinutes;
    }

    public List<Student> getStudents() {
        return students;
    }

    /** Seats the group needs. */
    public int getSize() {
        return size;
    }

    public Set<String> getRequiredFeatures() {
        return requiredFeatures;
    }

    public int getMinDays() {
        return minDays;
    }

    public Tutor getFixedTutor() {
        return fixedTutor;
    }

    public IntervalSet getBlockedTimes() {
        return blockedTimes;
    }

    public int getPriority() {
        return priority;
    }

    public Set<Site> getSites() {
        return sites;
    }

    public boolean meetsAt(Site site) {
        return sites.isEmpty() || site == null || sites.contains(site);
    }

    public BusyProfile getBusyProfile() {
        return busyProfile;
    }

    public List<Cohort> getCohorts() {
        return cohorts;
    }

    void addCohort(Cohort cohort) {
        cohorts.add(cohort);
    }

    void clearCohorts() {
        cohorts.clear();
    }

    @Override
    public String toString() {
        return id;
    }
}
