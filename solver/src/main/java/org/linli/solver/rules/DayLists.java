package org.linli.solver.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.linli.solver.domain.Session;
import org.linli.solver.domain.Site;

/**
 * Computations over the sessions one cohort or one tutor has on one day. The rules group sessions by (cohort, day) or
 * (tutor, day) and hand the list here; lists are short (a few sessions), so each pass is cheap. The utilisation
 * metrics count travel and idle time through the same methods, so metric and rule cannot disagree.
 */
public final class DayLists {

    private static final Comparator<Session> BY_START =
            Comparator.comparingInt(Session::getStart).thenComparing(Session::getId);

    private DayLists() {}

    static List<Session> sorted(List<Session> sessions) {
        List<Session> sorted = new ArrayList<>(sessions);
        sorted.sort(BY_START);
        return sorted;
    }

    /** The sum of the overlap minutes over every pair of sessions in the list. */
    static long pairwiseOverlapMinutes(List<Session> sessions) {
        long total = 0;
        for (int i = 0; i < sessions.size(); i++) {
            for (int j = i + 1; j < sessions.size(); j++) {
                total += sessions.get(i).overlapMinutes(sessions.get(j));
            }
        }
        return total;
    }

    /** The sessions that overlap at least one other session of the list. */
    static List<Session> overlappingSessions(List<Session> sessions) {
        List<Session> result = new ArrayList<>();
        for (Session session : sorted(sessions)) {
            for (Session other : sessions) {
                if (other != session && session.overlaps(other)) {
                    result.add(session);
                    break;
                }
            }
        }
        return result;
    }

    /** The sessions with no other session of the list ending or starting within {@code gap} minutes of them. */
    static List<Session> isolatedSessions(List<Session> sessions, int gap) {
        List<Session> isolated = new ArrayList<>();
        for (Session session : sorted(sessions)) {
            boolean adjacent = false;
            for (Session other : sessions) {
                if (other != session
                        && (isWithin(other.getStart() - session.getEnd(), gap)
                                || isWithin(session.getStart() - other.getEnd(), gap))) {
                    adjacent = true;
                    break;
                }
            }
            if (!adjacent) {
                isolated.add(session);
            }
        }
        return isolated;
    }

    private static boolean isWithin(int pause, int gap) {
        return pause >= 0 && pause <= gap;
    }

    /**
     * The minutes of waiting longer than {@code gap} between consecutive sessions of one track: a pause between the
     * knowledge and the enrichment track (such as lunch) is the programme's design, not idle time.
     */
    public static long idleMinutes(List<Session> sessions, int gap) {
        List<Session> sorted = sorted(sessions);
        long idle = 0;
        for (int i = 1; i < sorted.size(); i++) {
            Session previous = sorted.get(i - 1);
            Session next = sorted.get(i);
            int pause = next.getStart() - previous.getEnd();
            if (pause > gap && previous.getGroup().getTrack() == next.getGroup().getTrack()) {
                idle += pause;
            }
        }
        return idle;
    }

    /** A leg between consecutive sessions of a tutor at two different sites. */
    record Leg(Session from, Session to, int travelMinutes, int gapMinutes) {

        int shortfallMinutes() {
            return Math.max(0, travelMinutes - gapMinutes);
        }
    }

    /**
     * The legs between consecutive, non-overlapping sessions of the list that lie at different sites. A session
     * without a venue is not held, so it is left out: it neither starts nor ends a trip, and the trip around it still
     * counts.
     */
    static List<Leg> legs(List<Session> sessions) {
        List<Session> sorted = sorted(sessions).stream()
                .filter(session -> session.getSite() != null)
                .toList();
        List<Leg> legs = new ArrayList<>();
        for (int i = 1; i < sorted.size(); i++) {
            Session previous = sorted.get(i - 1);
            Session next = sorted.get(i);
            Site from = previous.getSite();
            Site to = next.getSite();
            int gap = next.getStart() - previous.getEnd();
            if (from != to && gap >= 0) {
                legs.add(new Leg(previous, next, from.travelMinutesTo(to), gap));
            }
        }
        return legs;
    }

    static long travelShortfallMinutes(List<Session> sessions) {
        return legs(sessions).stream().mapToLong(Leg::shortfallMinutes).sum();
    }

    public static long travelMinutes(List<Session> sessions) {
        return legs(sessions).stream().mapToLong(Leg::travelMinutes).sum();
    }
}
