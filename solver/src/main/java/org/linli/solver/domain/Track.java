package org.linli.solver.domain;

import ai.timefold.solver.core.api.domain.common.PlanningId;
import java.util.Objects;

/**
 * A track of the programme, such as the knowledge track (homework and subject tutoring) or the enrichment track, with
 * the daily windows its sessions lie in and the granularity of their starts.
 */
public final class Track {

    @PlanningId
    private final String id;

    private final String name;
    private final boolean certifiedTutorsOnly;
    private final int granularityMinutes;
    private final IntervalSet windows;

    public Track(String id, String name, boolean certifiedTutorsOnly, int granularityMinutes, IntervalSet windows) {
        if (granularityMinutes < 1) {
            throw new IllegalArgumentException(
                    "Track (" + id + ") has a granularity of " + granularityMinutes + " minutes; use 1 or more.");
        }
        this.id = Objects.requireNonNull(id);
        this.name = name == null ? id : name;
        this.certifiedTutorsOnly = certifiedTutorsOnly;
        this.granularityMinutes = granularityMinutes;
        this.windows = Objects.requireNonNull(windows);
    }

    public String getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public boolean isCertifiedTutorsOnly() {
        return certifiedTutorsOnly;
    }

    public int getGranularityMinutes() {
        return granularityMinutes;
    }

    public IntervalSet getWindows() {
        return windows;
    }

    @Override
    public String toString() {
        return id;
    }
}
