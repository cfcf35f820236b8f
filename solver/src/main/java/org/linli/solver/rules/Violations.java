package org.linli.solver.rules;

import java.util.List;
import java.util.stream.Collectors;
import org.linli.solver.domain.Baseline;
import org.linli.solver.domain.Cohort;
import org.linli.solver.domain.Group;
import org.linli.solver.domain.Session;
import org.linli.solver.domain.Site;
import org.linli.solver.domain.Student;
import org.linli.solver.domain.Tutor;
import org.linli.solver.domain.Venue;
import org.linli.solver.domain.WeekClock;

/** The justification of each rule, one record per rule. */
public final class Violations {

    private Violations() {}

    private static String span(WeekClock clock, Session session) {
        return clock.describe(session.getStart()) + "-" + WeekClock.endTimeOfDay(session.getEnd());
    }

    private static String ids(List<Session> sessions) {
        return sessions.stream().map(Session::getId).collect(Collectors.joining(", "));
    }

    private static List<String> sessionIdList(List<Session> sessions) {
        return sessions.stream().map(Session::getId).toList();
    }

    private static List<String> studentIdList(Cohort cohort) {
        return cohort.getStudents().stream().map(Student::getId).toList();
    }

    public record TutorConflict(Tutor tutor, Session first, Session second, int overlapMinutes) implements Violation {
        @Override
        public String describe(WeekClock clock) {
            return "Tutor %s teaches %s (%s) and %s (%s) at once, for %d minutes"
                    .formatted(
                            tutor.getId(),
                            first.getId(),
                            span(clock, first),
                            second.getId(),
                            span(clock, second),
                            overlapMinutes);
        }

        @Override
        public List<String> sessionIds() {
            return List.of(first.getId(), second.getId());
        }

        @Override
        public List<String> tutorIds() {
            return List.of(tutor.getId());
        }
    }

    public record TutorTravelTime(
            Tutor tutor, Session first, Session second, Site from, Site to, int travelMinutes, int gapMinutes)
            implements Violation {
        @Override
        public String describe(WeekClock clock) {
            return "Tutor %s has %d minutes between %s at %s (ends %s) and %s at %s, but the trip takes %d minutes"
                    .formatted(
                            tutor.getId(),
                            gapMinutes,
                            first.getId(),
                            from.getId(),
                            WeekClock.endTimeOfDay(first.getEnd()),
                            second.getId(),
                            to.getId(),
                            travelMinutes);
        }

        @Override
        public List<String> sessionIds() {
            return List.of(first.getId(), second.getId());
        }

        @Override
        public List<String> tutorIds() {
            return List.of(tutor.getId());
        }
    }

    public record VenueConflict(Venue venue, Session first, Session second, int overlapMinutes) implements Violation {
        @Override
        public String describe(WeekClock clock) {
            return "Venue %s holds %s (%s) and %s (%s) at once, for %d minutes"
                    .formatted(
                            venue.getId(),
                            first.getId(),
                            span(clock, first),
                            second.getId(),
                            span(clock, second),
                            overlapMinutes);
        }

        @Override
        public List<String> sessionIds() {
            return List.of(first.getId(), second.getId());
        }

        @Override
        public List<String> venueIds() {
            return List.of(venue.getId());
        }
    }

    /** Students of a cohort are in overlapping sessions on one day. */
    public record StudentConflict(Cohort cohort, List<Session> sessions, long overlapMinutes) implements Violation {
        @Override
        public String describe(WeekClock clock) {
            return "%d student(s) (%s) are double-booked in %s, for %d overlapping minutes"
                    .formatted(
                            cohort.getSize(),
                            String.join(", ", studentIds()),
                            sessions.stream()
                                    .map(session -> session.getId() + " (" + span(clock, session) + ")")
                                    .collect(Collectors.joining(" and ")),
                            overlapMinutes);
        }

        @Override
        public List<String> sessionIds() {
            return sessionIdList(sessions);
        }

        @Override
        public List<String> studentIds() {
            return studentIdList(cohort);
        }
    }

    public record SchoolTime(Session session, List<Student> busyStudents, long studentMinutes) implements Violation {
        @Override
        public String describe(WeekClock clock) {
            return "%s (%s) clashes with the school timetable of %d student(s) (%s)"
                    .formatted(
                            session.getId(),
                            span(clock, session),
                            busyStudents.size(),
                            busyStudents.stream().map(Student::getId).collect(Collectors.joining(", ")));
        }

        @Override
        public List<String> sessionIds() {
            return List.of(session.getId());
        }

        @Override
        public List<String> studentIds() {
            return busyStudents.stream().map(Student::getId).toList();
        }
    }

    public record TrackWindow(Session session, int minutesOutside) implements Violation {
        @Override
        public String describe(WeekClock clock) {
            return "%s (%s) lies %d minutes outside the windows of track %s"
                    .formatted(
                            session.getId(),
                            span(clock, session),
                            minutesOutside,
                            session.getGroup().getTrack().getId());
        }

        @Override
        public List<String> sessionIds() {
            return List.of(session.getId());
        }
    }

    public record TutorAvailability(Session session, Tutor tutor, int minutesOutside, int firstUnavailableMinute)
            implements Violation {
        @Override
        public String describe(WeekClock clock) {
            return "Tutor %s is unavailable from %s, but %s runs %s (%d minutes outside)"
                    .formatted(
                            tutor.getId(),
                            clock.describe(firstUnavailableMinute),
                            session.getId(),
                            span(clock, session),
                            minutesOutside);
        }

        @Override
        public List<String> sessionIds() {
            return List.of(session.getId());
        }

        @Override
        public List<String> tutorIds() {
            return List.of(tutor.getId());
        }
    }

    public record VenueAvailability(Session session, Venue venue, int minutesOutside, int firstUnavailableMinute)
            implements Violation {
        @Override
        public String describe(WeekClock clock) {
            return "Venue %s is unavailable from %s, but %s runs %s (%d minutes outside)"
                    .formatted(
                            venue.getId(),
                            clock.describe(firstUnavailableMinute),
                            session.getId(),
                            span(clock, session),
                            minutesOutside);
        }

        @Override
        public List<String> sessionIds() {
            return List.of(session.getId());
        }

        @Override
        public List<String> venueIds() {
            return List.of(venue.getId());
        }
    }

    public record GroupBlockedTime(Session session, int minutesBlocked) implements Violation {
        @Override
        public String describe(WeekClock clock) {
            return "%s (%s) overlaps a blocked time of group %s by %d minutes"
                    .formatted(
                            session.getId(),
                            span(clock, session),
                            session.getGroup().getId(),
                            minutesBlocked);
        }

        @Override
        public List<String> sessionIds() {
            return List.of(session.getId());
        }
    }

    public record TutorCertification(Session session, Tutor tutor) implements Violation {
        @Override
        public String describe(WeekClock clock) {
            Group group = session.getGroup();
            if (group.getTrack().isCertifiedTutorsOnly()
                    && tutor.getKind() != org.linli.solver.domain.TutorKind.CERTIFIED_TUTOR) {
                return "Tutor %s is not a certified tutor, but track %s needs one for %s"
                        .formatted(tutor.getId(), group.getTrack().getId(), session.getId());
            }
            return "Tutor %s does not hold certification %s for grades %d-%d, which %s needs"
                    .formatted(
                            tutor.getId(),
                            group.getCertification(),
                            group.getMinGrade(),
                            group.getMaxGrade(),
                            session.getId());
        }

        @Override
        public List<String> sessionIds() {
            return List.of(session.getId());
        }

        @Override
        public List<String> tutorIds() {
            return List.of(tutor.getId());
        }
    }

    public record FixedTutor(Session session, Tutor tutor) implements Violation {
        @Override
        public String describe(WeekClock clock) {
            return "%s is taught by %s, but group %s must be taught by %s"
                    .formatted(
                            session.getId(),
                            tutor.getId(),
                            session.getGroup().getId(),
                            session.getGroup().getFixedTutor().getId());
        }

        @Override
        public List<String> sessionIds() {
            return List.of(session.getId());
        }

        @Override
        public List<String> tutorIds() {
            return List.of(tutor.getId());
        }
    }

    public record TutorSite(Session session, Tutor tutor, Site site) implements Violation {
        @Override
        public String describe(WeekClock clock) {
            return "Tutor %s does not work at site %s, where %s meets"
                    .formatted(tutor.getId(), site.getId(), session.getId());
        }

        @Override
        public List<String> sessionIds() {
            return List.of(session.getId());
        }

        @Override
        public List<String> tutorIds() {
            return List.of(tutor.getId());
        }
    }

    public record GroupSite(Session session, Venue venue) implements Violation {
        @Override
        public String describe(WeekClock clock) {
            return "%s meets in %s at site %s, which is not one of group %s's sites"
                    .formatted(
                            session.getId(),
                            venue.getId(),
                            venue.getSite().getId(),
                            session.getGroup().getId());
        }

        @Override
        public List<String> sessionIds() {
            return List.of(session.getId());
        }

        @Override
        public List<String> venueIds() {
            return List.of(venue.getId());
        }
    }

    public record VenueCapacity(Session session, Venue venue, int seatsShort) implements Violation {
        @Override
        public String describe(WeekClock clock) {
            return "Venue %s seats %d, but %s needs %d (%d short)"
                    .formatted(
                            venue.getId(),
                            venue.getCapacity(),
                            session.getId(),
                            session.getGroup().getSize(),
                            seatsShort);
        }

        @Override
        public List<String> sessionIds() {
            return List.of(session.getId());
        }

        @Override
        public List<String> venueIds() {
            return List.of(venue.getId());
        }
    }

    public record VenueFeatures(Session session, Venue venue, List<String> missingFeatures) implements Violation {
        @Override
        public String describe(WeekClock clock) {
            return "Venue %s lacks %s, which %s needs"
                    .formatted(venue.getId(), String.join(", ", missingFeatures), session.getId());
        }

        @Override
        public List<String> sessionIds() {
            return List.of(session.getId());
        }

        @Override
        public List<String> venueIds() {
            return List.of(venue.getId());
        }
    }

    public record TutorDailyLimit(Tutor tutor, int day, long minutes, List<Session> sessions) implements Violation {
        @Override
        public String describe(WeekClock clock) {
            return "Tutor %s teaches %d minutes on %s, over the daily limit of %d (%s)"
                    .formatted(
                            tutor.getId(),
                            minutes,
                            clock.describe(day * WeekClock.MINUTES_PER_DAY).substring(0, 3),
                            tutor.getMaxMinutesPerDay(),
                            ids(sessions));
        }

        @Override
        public List<String> sessionIds() {
            return sessionIdList(sessions);
        }

        @Override
        public List<String> tutorIds() {
            return List.of(tutor.getId());
        }
    }

    public record TutorWeeklyLimit(Tutor tutor, long minutes, List<Session> sessions) implements Violation {
        @Override
        public String describe(WeekClock clock) {
            return "Tutor %s teaches %d minutes this week, over the weekly limit of %d"
                    .formatted(tutor.getId(), minutes, tutor.getMaxMinutesPerWeek());
        }

        @Override
        public List<String> sessionIds() {
            return sessionIdList(sessions);
        }

        @Override
        public List<String> tutorIds() {
            return List.of(tutor.getId());
        }
    }

    public record UnassignedSession(Session session) implements Violation {
        @Override
        public String describe(WeekClock clock) {
            return "%s has no %s".formatted(session.getId(), missingValues(session));
        }

        @Override
        public List<String> sessionIds() {
            return List.of(session.getId());
        }

        static String missingValues(Session session) {
            return String.join(
                    ", ",
                    java.util.stream.Stream.of(
                                    session.getStart() == null ? "start" : null,
                                    session.getTutor() == null ? "tutor" : null,
                                    session.getVenue() == null ? "venue" : null)
                            .filter(java.util.Objects::nonNull)
                            .toList());
        }
    }

    public record MinimumDays(Group group, long days) implements Violation {
        @Override
        public String describe(WeekClock clock) {
            return "Group %s meets on %d day(s), fewer than its minimum of %d"
                    .formatted(group.getId(), days, group.getMinDays());
        }

        @Override
        public List<String> sessionIds() {
            return List.of();
        }
    }

    public record TutorStability(Group group, long tutors) implements Violation {
        @Override
        public String describe(WeekClock clock) {
            return "Group %s is taught by %d different tutors".formatted(group.getId(), tutors);
        }

        @Override
        public List<String> sessionIds() {
            return List.of();
        }
    }

    public record VenueStability(Group group, long venues) implements Violation {
        @Override
        public String describe(WeekClock clock) {
            return "Group %s meets in %d different venues".formatted(group.getId(), venues);
        }

        @Override
        public List<String> sessionIds() {
            return List.of();
        }
    }

    public record IsolatedSession(Cohort cohort, List<Session> isolatedSessions) implements Violation {
        @Override
        public String describe(WeekClock clock) {
            return "%d student(s) have isolated session(s) %s, with no other session of theirs back to back"
                    .formatted(cohort.getSize(), ids(isolatedSessions));
        }

        @Override
        public List<String> sessionIds() {
            return sessionIdList(isolatedSessions);
        }

        @Override
        public List<String> studentIds() {
            return studentIdList(cohort);
        }
    }

    public record StudentIdleTime(Cohort cohort, int day, long idleMinutes) implements Violation {
        @Override
        public String describe(WeekClock clock) {
            return "%d student(s) wait %d minutes between sessions on %s"
                    .formatted(
                            cohort.getSize(),
                            idleMinutes,
                            clock.describe(day * WeekClock.MINUTES_PER_DAY).substring(0, 3));
        }

        @Override
        public List<String> sessionIds() {
            return List.of();
        }

        @Override
        public List<String> studentIds() {
            return studentIdList(cohort);
        }
    }

    public record TutorTravel(Tutor tutor, int day, long travelMinutes) implements Violation {
        @Override
        public String describe(WeekClock clock) {
            return "Tutor %s travels %d minutes between sites on %s"
                    .formatted(
                            tutor.getId(),
                            travelMinutes,
                            clock.describe(day * WeekClock.MINUTES_PER_DAY).substring(0, 3));
        }

        @Override
        public List<String> sessionIds() {
            return List.of();
        }

        @Override
        public List<String> tutorIds() {
            return List.of(tutor.getId());
        }
    }

    public record PartnerQuota(Venue venue, long minutes) implements Violation {
        @Override
        public String describe(WeekClock clock) {
            return "Partner venue %s (%s) is booked %d minutes, over its weekly quota of %d"
                    .formatted(venue.getId(), venue.getPartner(), minutes, venue.getWeeklyQuotaMinutes());
        }

        @Override
        public List<String> sessionIds() {
            return List.of();
        }

        @Override
        public List<String> venueIds() {
            return List.of(venue.getId());
        }
    }

    public record PartnerCost(Session session, Venue venue, long cost) implements Violation {
        @Override
        public String describe(WeekClock clock) {
            return "%s in partner venue %s costs %d".formatted(session.getId(), venue.getId(), cost);
        }

        @Override
        public List<String> sessionIds() {
            return List.of(session.getId());
        }

        @Override
        public List<String> venueIds() {
            return List.of(venue.getId());
        }
    }

    public record TutorLoadBalance(java.util.Map<Tutor, Long> minutesByTutor, long unfairness) implements Violation {
        @Override
        public String describe(WeekClock clock) {
            long least = minutesByTutor.values().stream()
                    .mapToLong(Long::longValue)
                    .min()
                    .orElse(0);
            long most = minutesByTutor.values().stream()
                    .mapToLong(Long::longValue)
                    .max()
                    .orElse(0);
            return "Teaching loads of %d tutors range from %d to %d minutes (unfairness %d)"
                    .formatted(minutesByTutor.size(), least, most, unfairness);
        }

        @Override
        public List<String> sessionIds() {
            return List.of();
        }

        @Override
        public List<String> tutorIds() {
            return minutesByTutor.keySet().stream().map(Tutor::getId).sorted().toList();
        }
    }

    /** A repair changed published values of a session. */
    public record PublishedPlanChange(Session session, Baseline baseline, int proximityFactor) implements Violation {
        @Override
        public String describe(WeekClock clock) {
            List<String> changes = new java.util.ArrayList<>();
            if (baseline.startChanged(session)) {
                changes.add("start " + clock.describe(baseline.start()) + " -> "
                        + (session.getStart() == null ? "none" : clock.describe(session.getStart())));
            }
            if (baseline.tutorChanged(session)) {
                changes.add("tutor " + baseline.tutor().getId() + " -> "
                        + (session.getTutor() == null
                                ? "none"
                                : session.getTutor().getId()));
            }
            if (baseline.venueChanged(session)) {
                changes.add("venue " + baseline.venue().getId() + " -> "
                        + (session.getVenue() == null
                                ? "none"
                                : session.getVenue().getId()));
            }
            return "%s changed from the published plan (%s), counted %d times for its proximity"
                    .formatted(session.getId(), String.join(", ", changes), proximityFactor);
        }

        @Override
        public List<String> sessionIds() {
            return List.of(session.getId());
        }

        @Override
        public List<String> tutorIds() {
            return java.util.stream.Stream.of(baseline.tutor(), session.getTutor())
                    .filter(java.util.Objects::nonNull)
                    .map(Tutor::getId)
                    .distinct()
                    .toList();
        }

        @Override
        public List<String> venueIds() {
            return java.util.stream.Stream.of(baseline.venue(), session.getVenue())
                    .filter(java.util.Objects::nonNull)
                    .map(Venue::getId)
                    .distinct()
                    .toList();
        }

        @Override
        public List<String> studentIds() {
            return session.getGroup().getStudents().stream().map(Student::getId).toList();
        }
    }
}
