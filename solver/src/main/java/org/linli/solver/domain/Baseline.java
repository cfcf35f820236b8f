package org.linli.solver.domain;

/**
 * The start, tutor and venue a session had in the published plan that a repair starts from. Families and tutors were
 * told these values, so the repair's "Published plan change" rule charges for every one of them it changes. A value
 * the published plan left empty is no promise: filling it in costs nothing.
 *
 * @param start the published start, or null when the session had none
 * @param tutor the published tutor (this plan's object of the same id), or null
 * @param venue the published venue (this plan's object of the same id), or null
 * @param nearDisruption whether the session shares a site, a tutor or students with a session a disruption affects:
 *     the repair's first, focused search moves only such sessions (and sessions without a baseline)
 */
public record Baseline(Integer start, Tutor tutor, Venue venue, boolean nearDisruption) {

    public Baseline(Integer start, Tutor tutor, Venue venue) {
        this(start, tutor, venue, false);
    }

    /** The baseline of a session as it stands now, not near a disruption. */
    public static Baseline of(Session session) {
        return new Baseline(session.getStart(), session.getTutor(), session.getVenue());
    }

    public Baseline nearDisruption(boolean near) {
        return new Baseline(start, tutor, venue, near);
    }

    public boolean startChanged(Session session) {
        return start != null && !start.equals(session.getStart());
    }

    public boolean tutorChanged(Session session) {
        return tutor != null && tutor != session.getTutor();
    }

    public boolean venueChanged(Session session) {
        return venue != null && venue != session.getVenue();
    }

    /** How many of the published start, tutor and venue the session no longer has (0 to 3). */
    public int changedValues(Session session) {
        return (startChanged(session) ? 1 : 0) + (tutorChanged(session) ? 1 : 0) + (venueChanged(session) ? 1 : 0);
    }
}
