package org.linli.solver.repair;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.linli.solver.domain.Interval;
import org.linli.solver.domain.IntervalSet;
import org.linli.solver.domain.WeekClock;

/**
 * An event that breaks a published plan: a tutor falls ill, a venue closes or is withdrawn by its partner, a child
 * joins or leaves a group, a group is added or cancelled. Disruptions are recorded against a published plan and
 * taken into account by the next repair; {@link #problems} checks one against the plan before it is recorded.
 *
 * <p>Intervals are half-open minutes of the plan's week, as everywhere in the solver.
 */
public sealed interface Disruption {

    /** The disruption's id, unique among the disruptions of a plan. */
    String id();

    /**
     * What is wrong with this disruption against the plan as the earlier disruptions left it: unknown ids, an
     * interval outside the week, a student who is already (or not) in the group. Empty when it is valid.
     */
    List<String> problems(DisruptionCheck check);

    /** A sentence a planner can read, with times in the plan's week. */
    String describe(WeekClock clock);

    /** A tutor cannot teach during an interval (illness, leave). */
    record TutorAbsent(String id, String tutorId, Interval interval) implements Disruption {
        public TutorAbsent {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(interval, "interval");
        }

        @Override
        public List<String> problems(DisruptionCheck check) {
            List<String> problems = new ArrayList<>();
            check.requireTutor(this, tutorId, problems);
            check.requireWithinWeek(this, interval, problems);
            return problems;
        }

        @Override
        public String describe(WeekClock clock) {
            return "Tutor %s is absent %s".formatted(tutorId, DisruptionCheck.span(clock, interval));
        }
    }

    /**
     * A venue cannot be used during an interval: the sites' "red" state, such as a closure or an equipment failure.
     *
     * @param reason why, in words, such as "equipment failure"
     */
    record VenueClosed(String id, String venueId, Interval interval, String reason) implements Disruption {
        public VenueClosed {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(interval, "interval");
            reason = reason == null || reason.isBlank() ? "closed" : reason;
        }

        @Override
        public List<String> problems(DisruptionCheck check) {
            List<String> problems = new ArrayList<>();
            check.requireVenue(this, venueId, problems);
            check.requireWithinWeek(this, interval, problems);
            return problems;
        }

        @Override
        public String describe(WeekClock clock) {
            return "Venue %s is closed %s (%s)".formatted(venueId, DisruptionCheck.span(clock, interval), reason);
        }
    }

    /** A partner withdraws its venue for the rest of the week. */
    record VenueWithdrawn(String id, String venueId) implements Disruption {
        public VenueWithdrawn {
            Objects.requireNonNull(id, "id");
        }

        @Override
        public List<String> problems(DisruptionCheck check) {
            List<String> problems = new ArrayList<>();
            check.requirePartnerVenue(this, venueId, problems);
            return problems;
        }

        @Override
        public String describe(WeekClock clock) {
            return "Venue %s is withdrawn by its partner".formatted(venueId);
        }
    }

    /**
     * A child joins a group. A child new to the programme comes with {@code newStudent}; a child already in the plan
     * leaves it null.
     */
    record StudentJoins(String id, String studentId, String groupId, NewStudent newStudent) implements Disruption {
        public StudentJoins {
            Objects.requireNonNull(id, "id");
        }

        public StudentJoins(String id, String studentId, String groupId) {
            this(id, studentId, groupId, null);
        }

        @Override
        public List<String> problems(DisruptionCheck check) {
            List<String> problems = new ArrayList<>();
            check.requireJoinable(this, problems);
            return problems;
        }

        @Override
        public String describe(WeekClock clock) {
            return "Student %s joins group %s".formatted(studentId, groupId);
        }
    }

    /** A child leaves a group. */
    record StudentLeaves(String id, String studentId, String groupId) implements Disruption {
        public StudentLeaves {
            Objects.requireNonNull(id, "id");
        }

        @Override
        public List<String> problems(DisruptionCheck check) {
            List<String> problems = new ArrayList<>();
            check.requireMember(this, studentId, groupId, problems);
            return problems;
        }

        @Override
        public String describe(WeekClock clock) {
            return "Student %s leaves group %s".formatted(studentId, groupId);
        }
    }

    /** A new group starts this week; its sessions are placed by the repair. */
    record GroupAdded(String id, NewGroup group) implements Disruption {
        public GroupAdded {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(group, "group");
        }

        @Override
        public List<String> problems(DisruptionCheck check) {
            List<String> problems = new ArrayList<>();
            check.requireAddable(this, problems);
            return problems;
        }

        @Override
        public String describe(WeekClock clock) {
            return "Group %s is added with %d session(s) a week".formatted(group.id(), group.sessionsPerWeek());
        }
    }

    /** A group stops; its sessions from now on are cancelled. */
    record GroupCancelled(String id, String groupId) implements Disruption {
        public GroupCancelled {
            Objects.requireNonNull(id, "id");
        }

        @Override
        public List<String> problems(DisruptionCheck check) {
            List<String> problems = new ArrayList<>();
            check.requireGroup(this, groupId, problems);
            return problems;
        }

        @Override
        public String describe(WeekClock clock) {
            return "Group %s is cancelled".formatted(groupId);
        }
    }

    /** A child new to the programme: their grade and the times their school keeps them busy. */
    record NewStudent(int grade, IntervalSet schoolBusy) {
        public NewStudent {
            schoolBusy = schoolBusy == null ? IntervalSet.empty() : schoolBusy;
        }
    }

    /**
     * The specification of a new group, with ids of the plan's facts in place of objects.
     *
     * @param certification the certification its tutor must hold, or null
     * @param studentIds its students, each in the plan or joining it in an earlier disruption
     * @param size the seats it needs; null for one per student
     * @param fixedTutorId the one tutor who must teach it, or null
     * @param siteIds where it may meet; empty for any site
     */
    record NewGroup(
            String id,
            String name,
            String trackId,
            String certification,
            int minGrade,
            int maxGrade,
            int sessionsPerWeek,
            int sessionMinutes,
            List<String> studentIds,
            Integer size,
            Set<String> requiredFeatures,
            int minDays,
            String fixedTutorId,
            IntervalSet blockedTimes,
            int priority,
            Set<String> siteIds) {
        public NewGroup {
            Objects.requireNonNull(id, "id");
            studentIds = studentIds == null ? List.of() : List.copyOf(studentIds);
            requiredFeatures = requiredFeatures == null ? Set.of() : Set.copyOf(requiredFeatures);
            blockedTimes = blockedTimes == null ? IntervalSet.empty() : blockedTimes;
            siteIds = siteIds == null ? Set.of() : Set.copyOf(siteIds);
        }
    }
}
