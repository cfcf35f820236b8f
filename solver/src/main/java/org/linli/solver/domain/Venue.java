package org.linli.solver.domain;

import ai.timefold.solver.core.api.domain.common.PlanningId;
import java.util.Objects;
import java.util.Set;

/** A community room or a venue lent by a partner organisation (bookshop, library, school, shop). */
public final class Venue {

    @PlanningId
    private final String id;

    private final String name;
    private final Site site;
    private final int capacity;
    private final Set<String> features;
    private final String partner;
    private final Integer weeklyQuotaMinutes;
    private final double costPerHour;
    private final IntervalSet availability;

    /**
     * @param availability when the venue may be used, its closures already removed
     * @param partner the lending partner, or null for the programme's own room
     */
    public Venue(
            String id,
            String name,
            Site site,
            int capacity,
            Set<String> features,
            String partner,
            Integer weeklyQuotaMinutes,
            double costPerHour,
            IntervalSet availability) {
        this.id = Objects.requireNonNull(id);
        this.name = name == null ? id : name;
        this.site = site;
        this.capacity = capacity;
        this.features = Set.copyOf(features);
        this.partner = partner;
        this.weeklyQuotaMinutes = weeklyQuotaMinutes;
        this.costPerHour = costPerHour;
        this.availability = Objects.requireNonNull(availability);
    }

    public String getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public Site getSite() {
        return site;
    }

    public int getCapacity() {
        return capacity;
    }

    public Set<String> getFeatures() {
        return features;
    }

    public String getPartner() {
        return partner;
    }

    public boolean isPartnerVenue() {
        return partner != null;
    }

    public Integer getWeeklyQuotaMinutes() {
        return weeklyQuotaMinutes;
    }

    public double getCostPerHour() {
        return costPerHour;
    }

    public IntervalSet getAvailability() {
        return availability;
    }

    @Override
    public String toString() {
        return id;
    }
}
