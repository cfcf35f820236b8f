package org.linli.solver.explain;

/**
 * Why a session misses a value. The reasoner checks the reasons in the order listed here and reports the first that
 * leaves no candidate (start, tutor, venue). A check applies only while its rule is hard in the plan, as the value
 * ranges of {@code PlanPreparation} do; availability checks pass while there is no start on the grid to judge them at.
 */
public enum ReasonCode {
    /** The session is pinned with a value missing: the solver never changes a pinned session. */
    PINNED,
    /** No tutor may teach the group: none holds its certification for its grade band, none is of the kind its track
     * needs, the fixed tutor is not qualified, or the plan has no tutors. */
    NO_CERTIFIED_TUTOR,
    /** Qualified tutors exist, but none is available for the whole session at any start on the track's grid. */
    NO_TUTOR_AVAILABLE,
    /** No venue seats the whole group. */
    NO_VENUE_SEATS,
    /** No venue that seats the group has every feature it needs. */
    NO_VENUE_FEATURES,
    /** No suitable venue lies at one of the group's sites, or at a site where a qualified tutor works. */
    NO_VENUE_AT_SITE,
    /** Suitable venues exist, but none is available at a start when a qualified tutor is. */
    NO_VENUE_AVAILABLE,
    /** No start on the track's grid lets the whole session fit in one of the track's windows. */
    NO_START_IN_WINDOW,
    /** Every remaining start clashes with the school timetable of one of the group's students. */
    SCHOOL_TIME,
    /** Every remaining start overlaps the group's blocked times. */
    BLOCKED_TIME,
    /** Every remaining (start, tutor) would take the tutor over their daily limit, given their other sessions. */
    DAILY_LIMIT,
    /** Every remaining (start, tutor) would take the tutor over their weekly limit, given their other sessions. */
    WEEKLY_LIMIT,
    /**
     * Every remaining (start, tutor, venue) clashes with other sessions: tutor, venue or students busy, no free venue
     * where a free tutor works, or no time to travel. The other sessions are taken where they are: moving one of them
     * might free a candidate, which this reason does not explore.
     */
    TAKEN,
    /** A free candidate exists: the solver stopped before placing the session, or construction was cut short. */
    NOT_YET_PLACED
}
