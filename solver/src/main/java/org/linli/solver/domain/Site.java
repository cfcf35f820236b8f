package org.linli.solver.domain;

import ai.timefold.solver.core.api.domain.common.PlanningId;
import java.util.Objects;

/** A community site or a partner's location. Travel times to every other site are set once the plan is prepared. */
public final class Site {

    @PlanningId
    private final String id;

    private final String name;
    private final String district;
    private final Double latitude;
    private final Double longitude;
    private int index = -1;
    private int[] travelMinutesByIndex = new int[0];

    public Site(String id, String name, String district, Double latitude, Double longitude) {
        this.id = Objects.requireNonNull(id);
        this.name = name == null ? id : name;
        this.district = district;
        this.latitude = latitude;
        this.longitude = longitude;
    }

    public Site(String id) {
        this(id, id, null, null, null);
    }

    public String getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getDistrict() {
        return district;
    }

    public Double getLatitude() {
        return latitude;
    }

    public Double getLongitude() {
        return longitude;
    }

    public int getIndex() {
        return index;
    }

    /** Travel minutes from this site to another one; 0 to itself. */
    public int travelMinutesTo(Site other) {
        if (other == this || other == null) {
            return 0;
        }
        return travelMinutesByIndex[other.index];
    }

    void setTravel(int index, int[] travelMinutesByIndex) {
        this.index = index;
        this.travelMinutesByIndex = travelMinutesByIndex;
    }

    @Override
    public String toString() {
        return id;
    }
}
