package org.linli.api.repair;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.linli.format.Group;
import org.linli.format.Tutor;
import org.linli.format.Venue;
import org.linli.format.WeeklyPlan;
import org.linli.solver.domain.Interval;
import org.linli.solver.domain.IntervalSet;
import org.linli.solver.domain.Session;
import org.linli.solver.domain.WeekClock;
import org.linli.solver.repair.Disruption;

/**
 * Writes what the disruptions changed into a copy of the published plan's facts, so that a repaired version is a
 * complete plan in the format of openapi.yaml: it can be read back, solved or published like any other. The absent
 * tutors' and closed venues' availability comes from the repair problem, where every disruption is already applied
 * from the repair's "now" on; group membership and added or cancelled groups come from the disruptions.
 */
final class FormatFacts {

    private FormatFacts() {}

    /**
     * @param copy a copy of the published plan, changed in place
     * @param problem the repair problem built from the same disruptions
     */
    static WeeklyPlan apply(
            WeeklyPlan copy,
            List<Disruption> disruptions,
            List<org.linli.format.Disruption> recorded,
            org.linli.solver.domain.WeeklyPlan problem) {
        WeekClock clock = problem.getClock();
        for (int i = 0; i < disruptions.size(); i++) {
            Disruption disruption = disruptions.get(i);
            org.linli.format.Disruption source = recorded.get(i);
            switch (disruption) {
                case Disruption.TutorAbsent absent -> tutorAvailability(copy, problem, absent.tutorId(), clock);
                case Disruption.VenueClosed closed -> venueAvailability(copy, problem, closed.venueId(), clock);
                case Disruption.VenueWithdrawn withdrawn ->
                    venueAvailability(copy, problem, withdrawn.venueId(), clock);
                case Disruption.StudentJoins joins -> {
                    if (joins.newStudent() != null) {
                        copy.getStudents().add(source.getStudent().id(joins.studentId()));
                    }
                    Group group = group(copy, joins.groupId());
                    group.getStudents().add(joins.studentId());
                    if (group.getSize() != null) {
                        group.setSize(group.getSize() + 1);
                    }
                }
                case Disruption.StudentLeaves leaves -> {
                    Group group = group(copy, leaves.groupId());
                    group.getStudents().remove(leaves.studentId());
                    if (group.getSize() != null) {
                        group.setSize(Math.max(0, group.getSize() - 1));
                    }
                }
                case Disruption.GroupAdded added -> copy.getGroups().add(source.getGroup());
                case Disruption.GroupCancelled cancelled -> cancel(copy, problem, cancelled.groupId());
            }
        }
        return copy;
    }

    private static void tutorAvailability(
            WeeklyPlan copy, org.linli.solver.domain.WeeklyPlan problem, String tutorId, WeekClock clock) {
        org.linli.solver.domain.Tutor repaired = problem.getTutors().stream()
                .filter(tutor -> tutor.getId().equals(tutorId))
                .findFirst()
                .orElseThrow();
        // The format reads an empty availability as "at any time"; a tutor absent all week gets one minute at
        // midnight instead, in which no session fits.
        IntervalSet availability =
                repaired.getAvailability().isEmpty() ? IntervalSet.of(new Interval(0, 1)) : repaired.getAvailability();
        for (Tutor tutor : copy.getTutors()) {
            if (tutor.getId().equals(tutorId)) {
                tutor.setAvailability(RepairFormats.windows(availability, clock));
            }
        }
    }

    private static void venueAvailability(
            WeeklyPlan copy, org.linli.solver.domain.WeeklyPlan problem, String venueId, WeekClock clock) {
        org.linli.solver.domain.Venue repaired = problem.getVenues().stream()
                .filter(venue -> venue.getId().equals(venueId))
                .findFirst()
                .orElseThrow();
        for (Venue venue : copy.getVenues()) {
            if (venue.getId().equals(venueId)) {
                // Any time, less closures for every minute the repaired venue is unavailable (its published
                // closures and the disruptions'), since the format reads an empty availability as "at any time".
                IntervalSet week = IntervalSet.all(clock.weekMinutes());
                venue.setAvailability(RepairFormats.windows(week, clock));
                venue.setClosures(RepairFormats.windows(week.minus(repaired.getAvailability()), clock));
            }
        }
    }

    /** Removes the group's sessions the repair cancelled, and the group itself unless past sessions remain. */
    private static void cancel(WeeklyPlan copy, org.linli.solver.domain.WeeklyPlan problem, String groupId) {
        Set<String> remaining = new HashSet<>();
        for (Session session : problem.getSessions()) {
            if (session.getGroup().getId().equals(groupId)) {
                remaining.add(session.getId());
            }
        }
        if (copy.getSessions() != null) {
            copy.getSessions()
                    .removeIf(session -> session.getGroup().equals(groupId) && !remaining.contains(session.getId()));
        }
        if (remaining.isEmpty()) {
            copy.getGroups().removeIf(group -> group.getId().equals(groupId));
        }
    }

    private static Group group(WeeklyPlan copy, String groupId) {
        return copy.getGroups().stream()
                .filter(group -> group.getId().equals(groupId))
                .findFirst()
                .orElseThrow();
    }
}
