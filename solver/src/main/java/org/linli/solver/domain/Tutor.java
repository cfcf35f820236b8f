package org.linli.solver.domain;

import ai.timefold.solver.core.api.domain.common.PlanningId;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** A certified tutor or a partner instructor. */
public final class Tutor {

    @PlanningId
    private final String id;

    private final String name;
    private final TutorKind kind;
    private final List<Qualification> qualifications;
    private final IntervalSet availability;
    private final Integer maxMinutesPerDay;
    private final Integer maxMinutesPerWeek;
    private final Site homeSite;
    private final Set<Site> sites;

    /**
     * @param sites where the tutor works; empty means every site
     * @param maxMinutesPerDay null for no daily limit
     */
    public Tutor(
            String id,
            String name,
            TutorKind kind,
            List<Qualification> qualifications,
            IntervalSet availability,
            Integer maxMinutesPerDay,
            Integer maxMinutesPerWeek,
            Site homeSite,
            Set<Site> sites) {
        this.id = Objects.requireNonNull(id);
        this.name = name == null ? id : name;
        this.kind = Objects.requireNonNull(kind);
        this.qualifications = List.copyOf(qualifications);
        this.availability = Objects.requireNonNull(availability);
        this.maxMinutesPerDay = maxMinutesPerDay;
        this.maxMinutesPerWeek = maxMinutesPerWeek;
        this.homeSite = homeSite;
        this.sites = Set.copyOf(sites);
    }

    public String getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public TutorKind getKind() {
        return kind;
    }

    public List<Qualification> getQualifications() {
        return qualifications;
    }

    public IntervalSet getAvailability() {
        return availability;
    }

    public Integer getMaxMinutesPerDay() {
        return maxMinutesPerDay;
    }

    public Integer getMaxMinutesPerWeek() {
        return maxMinutesPerWeek;
    }

    public Site getHomeSite() {
        return homeSite;
    }

    public Set<Site> getSites() {
        return sites;
    }

    /** Whether the tutor holds the group's certification for its grade band and is of a kind its track allows. */
    public boolean isQualifiedFor(Group group) {
        if (group.getTrack().isCertifiedTutorsOnly() && kind != TutorKind.CERTIFIED_TUTOR) {
            return false;
        }
        if (group.getCertification() == null) {
            return true;
        }
        return qualifications.stream()
                .anyMatch(q -> q.covers(group.getCertification(), group.getMinGrade(), group.getMaxGrade()));
    }

    public boolean worksAt(Site site) {
        return sites.isEmpty() || site == null || sites.contains(site);
    }

    @Override
    public String toString() {
        return id;
    }
}
