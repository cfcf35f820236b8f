package org.linli.solver.domain;

import java.util.Comparator;

/**
 * Orders sessions from easy to hard to place, so that first-fit-decreasing construction places the hard ones first:
 * a higher priority, fewer candidate values, a longer session and a larger group make a session harder.
 */
public final class SessionDifficultyComparator implements Comparator<Session> {

    private static final Comparator<Session> DIFFICULTY = Comparator.comparingInt(
                    (Session session) -> session.getGroup().getPriority())
            .thenComparing(Comparator.comparingLong(SessionDifficultyComparator::candidateCount)
                    .reversed())
            .thenComparingInt(Session::getLength)
            .thenComparingInt(session -> session.getGroup().getSize())
            .thenComparing(Session::getId);

    @Override
    public int compare(Session a, Session b) {
        return DIFFICULTY.compare(a, b);
    }

    private static long candidateCount(Session session) {
        return (long) Math.max(1, session.getStartRange().size())
                * Math.max(1, session.getTutorRange().size())
                * Math.max(1, session.getVenueRange().size());
    }
}
