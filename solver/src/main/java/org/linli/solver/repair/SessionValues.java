package org.linli.solver.repair;

import org.linli.solver.domain.Session;
import org.linli.solver.domain.WeekClock;

/**
 * The start, tutor and venue of a session, by id: what a change manifest compares and tells.
 *
 * @param start minute of the plan's week, or null for none
 * @param tutorId null for none
 * @param venueId null for none
 */
public record SessionValues(Integer start, String tutorId, String venueId) {

    public static final SessionValues NONE = new SessionValues(null, null, null);

    public static SessionValues of(Session session) {
        return new SessionValues(
                session.getStart(),
                session.getTutor() == null ? null : session.getTutor().getId(),
                session.getVenue() == null ? null : session.getVenue().getId());
    }

    /** A short form such as {@code Tue 16:30, T2, room-1}, with "none" for a missing value. */
    public String describe(WeekClock clock) {
        return (start == null ? "no start" : clock.describe(start))
                + ", " + (tutorId == null ? "no tutor" : tutorId)
                + ", " + (venueId == null ? "no venue" : venueId);
    }
}
