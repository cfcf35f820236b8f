package org.linli.solver.explain;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.linli.solver.domain.PlanPreparation;
import org.linli.solver.domain.Session;
import org.linli.solver.domain.Tutor;
import org.linli.solver.domain.Venue;
import org.linli.solver.domain.WeeklyPlan;

/** Random values for a plan's sessions, for tests that compare two computations over many assignments. */
public final class RandomAssignments {

    private RandomAssignments() {}

    /**
     * Gives each unpinned session random values: mostly from its value range, sometimes any value of the plan (so
     * that hard rules break), sometimes none.
     */
    public static void assign(WeeklyPlan plan, Random random) {
        List<Tutor> tutors = plan.getTutors();
        List<Venue> venues = plan.getVenues();
        for (Session session : plan.getSessions()) {
            if (session.isPinned()) {
                continue;
            }
            List<Integer> anyStart = new ArrayList<>(PlanPreparation.candidateStarts(session.getGroup(), Set.of()));
            anyStart.add(random.nextInt(plan.getClock().weekMinutes() - session.getLength()));
            session.setStart(pick(random, session.getStartRange(), anyStart));
            session.setTutor(pick(random, session.getTutorRange(), tutors));
            session.setVenue(pick(random, session.getVenueRange(), venues));
        }
        includeCurrentValues(plan);
    }

    /**
     * Widens each session's value ranges by its current values. Timefold 2.2.0 refuses a solution whose values lie
     * outside their ranges, and the prepared ranges leave out values that break a hard rule, such as the pinned
     * session of {@link RichPlan} taught by a tutor other than its group's fixed one.
     */
    public static void includeCurrentValues(WeeklyPlan plan) {
        for (Session session : plan.getSessions()) {
            session.setValueRanges(
                    withValue(session.getStartRange(), session.getStart()),
                    withValue(session.getTutorRange(), session.getTutor()),
                    withValue(session.getVenueRange(), session.getVenue()));
        }
    }

    private static <T> List<T> withValue(List<T> range, T value) {
        if (value == null || range.contains(value)) {
            return range;
        }
        List<T> widened = new ArrayList<>(range);
        widened.add(value);
        return widened;
    }

    private static <T> T pick(Random random, List<T> range, List<T> any) {
        double roll = random.nextDouble();
        if (roll < 0.15) {
            return null;
        }
        List<T> from = roll < 0.35 || range.isEmpty() ? any : range;
        return from.isEmpty() ? null : from.get(random.nextInt(from.size()));
    }
}
