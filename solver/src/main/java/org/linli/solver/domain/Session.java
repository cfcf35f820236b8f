package org.linli.solver.domain;

import ai.timefold.solver.core.api.domain.common.PlanningId;
import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.entity.PlanningPin;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.domain.variable.PlanningVariable;
import java.util.List;

/**
 * One meeting of a group: the planning entity. The solver gives it a start (minutes from the start of the week), a
 * tutor and a venue; each may stay unassigned when the week is over-constrained. Each session carries its own value
 * ranges, pre-filtered when the plan is prepared, so the search only tries values that can fit.
 */
@PlanningEntity(comparatorClass = SessionDifficultyComparator.class)
public class Session {

    @PlanningId
    private String id;

    private Group group;

    @PlanningVariable(valueRangeProviderRefs = "startRange", allowsUnassigned = true)
    private Integer start;

    @PlanningVariable(valueRangeProviderRefs = "tutorRange", allowsUnassigned = true)
    private Tutor tutor;

    @PlanningVariable(valueRangeProviderRefs = "venueRange", allowsUnassigned = true)
    private Venue venue;

    @PlanningPin
    private boolean pinned;

    private List<Integer> startRange = List.of();
    private List<Tutor> tutorRange = List.of();
    private List<Venue> venueRange = List.of();

    /** The published values a repair keeps if it can; null outside a repair. */
    private Baseline baseline;

    /** For the solver's cloner. */
    protected Session() {}

    public Session(String id, Group group) {
        this.id = id;
        this.group = group;
    }

    public Session(String id, Group group, Integer start, Tutor tutor, Venue venue) {
        this(id, group);
        this.start = start;
        this.tutor = tutor;
        this.venue = venue;
    }

    public String getId() {
        return id;
    }

    public Group getGroup() {
        return group;
    }

    public Integer getStart() {
        return start;
    }

    public void setStart(Integer start) {
        this.start = start;
    }

    public Tutor getTutor() {
        return tutor;
    }

    public void setTutor(Tutor tutor) {
        this.tutor = tutor;
    }

    public Venue getVenue() {
        return venue;
    }

    public void setVenue(Venue venue) {
        this.venue = venue;
    }

    public boolean isPinned() {
        return pinned;
    }

    public void setPinned(boolean pinned) {
        this.pinned = pinned;
    }

    @ValueRangeProvider(id = "startRange")
    public List<Integer> getStartRange() {
        return startRange;
    }

    @ValueRangeProvider(id = "tutorRange")
    public List<Tutor> getTutorRange() {
        return tutorRange;
    }

    @ValueRangeProvider(id = "venueRange")
    public List<Venue> getVenueRange() {
        return venueRange;
    }

    public void setValueRanges(List<Integer> startRange, List<Tutor> tutorRange, List<Venue> venueRange) {
        this.startRange = List.copyOf(startRange);
        this.tutorRange = List.copyOf(tutorRange);
        this.venueRange = List.copyOf(venueRange);
    }

    public Baseline getBaseline() {
        return baseline;
    }

    public void setBaseline(Baseline baseline) {
        this.baseline = baseline;
    }

    // ************************************************************************
    // Derived values the rules read
    // ************************************************************************

    public int getLength() {
        return group.getSessionMinutes();
    }

    /** The end minute (exclusive), or null when the session has no start. */
    public Integer getEnd() {
        return start == null ? null : start + group.getSessionMinutes();
    }

    /** The day index (0 = the plan's start date), or -1 when the session has no start. */
    public int getDay() {
        return start == null ? -1 : WeekClock.day(start);
    }

    public Site getSite() {
        return venue == null ? null : venue.getSite();
    }

    public boolean hasStart() {
        return start != null;
    }

    public boolean isFullyAssigned() {
        return start != null && tutor != null && venue != null;
    }

    /** How many of start, tutor and venue are still missing. */
    public int getMissingValueCount() {
        return (start == null ? 1 : 0) + (tutor == null ? 1 : 0) + (venue == null ? 1 : 0);
    }

    public boolean overlaps(Session other) {
        return start != null
                && other.start != null
                && start < other.start + other.getLength()
                && other.start < start + getLength();
    }

    public int overlapMinutes(Session other) {
        if (!overlaps(other)) {
            return 0;
        }
        return Math.min(getEnd(), other.getEnd()) - Math.max(start, other.start);
    }

    /** How many published values the session no longer has; 0 without a baseline. */
    public int getBaselineChangeCount() {
        return baseline == null ? 0 : baseline.changedValues(this);
    }

    @Override
    public String toString() {
        return id;
    }
}
