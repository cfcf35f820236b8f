package org.linli.solver.repair;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.linli.solver.domain.Group;
import org.linli.solver.domain.Interval;
import org.linli.solver.domain.Site;
import org.linli.solver.domain.Student;
import org.linli.solver.domain.Track;
import org.linli.solver.domain.Tutor;
import org.linli.solver.domain.Venue;
import org.linli.solver.domain.WeekClock;
import org.linli.solver.domain.WeeklyPlan;

/**
 * Validates disruptions against a published plan, in the order they were recorded: each one is checked against the
 * plan as the earlier ones left it, so a child may join a group that an earlier disruption added. Every problem names
 * the disruption and the bad value in parentheses, then says what to do.
 */
public final class DisruptionCheck {

    private final WeekClock clock;
    private final Set<String> tutorIds = new HashSet<>();
    private final Map<String, Venue> venues = new HashMap<>();
    private final Set<String> trackIds = new HashSet<>();
    private final Set<String> siteIds = new HashSet<>();
    private final Set<String> studentIds = new HashSet<>();
    private final Map<String, Set<String>> membersByGroup = new HashMap<>();
    private final Set<String> cancelledGroupIds = new HashSet<>();
    private final Set<String> disruptionIds = new HashSet<>();

    private DisruptionCheck(WeeklyPlan plan) {
        clock = plan.getClock();
        plan.getTutors().stream().map(Tutor::getId).forEach(tutorIds::add);
        plan.getVenues().forEach(venue -> venues.put(venue.getId(), venue));
        plan.getTracks().stream().map(Track::getId).forEach(trackIds::add);
        plan.getSites().stream().map(Site::getId).forEach(siteIds::add);
        plan.getStudents().stream().map(Student::getId).forEach(studentIds::add);
        for (Group group : plan.getGroups()) {
            Set<String> members = new HashSet<>();
            group.getStudents().forEach(student -> members.add(student.getId()));
            membersByGroup.put(group.getId(), members);
        }
    }

    /** A check of disruptions against a plan, with no disruption recorded yet. */
    public static DisruptionCheck of(WeeklyPlan plan) {
        return new DisruptionCheck(plan);
    }

    /** Every problem of the disruptions, each checked against the plan as the earlier ones left it. */
    public static List<String> problems(WeeklyPlan plan, List<? extends Disruption> disruptions) {
        DisruptionCheck check = of(plan);
        List<String> problems = new ArrayList<>();
        for (Disruption disruption : disruptions) {
            problems.addAll(check.record(disruption));
        }
        return problems;
    }

    /** Throws {@link InvalidDisruptionException} listing every problem, if there is one. */
    public static void requireValid(WeeklyPlan plan, List<? extends Disruption> disruptions) {
        List<String> problems = problems(plan, disruptions);
        if (!problems.isEmpty()) {
            throw new InvalidDisruptionException(problems);
        }
    }

    /** Checks the next disruption and, when it is valid, takes it into account for the ones after it. */
    public List<String> record(Disruption disruption) {
        List<String> problems = new ArrayList<>();
        if (disruption.id().isBlank()) {
            problems.add("A disruption has a blank id; give each disruption an id of its own.");
        } else if (disruptionIds.contains(disruption.id())) {
            problems.add("Disruption (" + disruption.id() + ") is recorded twice; give each disruption an id of"
                    + " its own.");
        }
        problems.addAll(disruption.problems(this));
        if (problems.isEmpty()) {
            apply(disruption);
        }
        return problems;
    }

    private void apply(Disruption disruption) {
        disruptionIds.add(disruption.id());
        switch (disruption) {
            case Disruption.StudentJoins joins -> {
                studentIds.add(joins.studentId());
                membersByGroup.get(joins.groupId()).add(joins.studentId());
            }
            case Disruption.StudentLeaves leaves ->
                membersByGroup.get(leaves.groupId()).remove(leaves.studentId());
            case Disruption.GroupAdded added ->
                membersByGroup.put(
                        added.group().id(), new HashSet<>(added.group().studentIds()));
            case Disruption.GroupCancelled cancelled -> cancelledGroupIds.add(cancelled.groupId());
            case Disruption.TutorAbsent absent -> {
                // Changes no id: nothing to remember.
            }
            case Disruption.VenueClosed closed -> {
                // Changes no id: nothing to remember.
            }
            case Disruption.VenueWithdrawn withdrawn -> {
                // Changes no id: nothing to remember.
            }
        }
    }

    // ************************************************************************
    // Checks the disruptions call
    // ************************************************************************

    void requireTutor(Disruption disruption, String tutorId, List<String> problems) {
        if (tutorId == null || !tutorIds.contains(tutorId)) {
            problems.add(prefix(disruption) + "no tutor of the plan is called (" + tutorId
                    + ") in tutorId; use the id of one of the plan's " + tutorIds.size() + " tutors.");
        }
    }

    void requireVenue(Disruption disruption, String venueId, List<String> problems) {
        if (venueId == null || !venues.containsKey(venueId)) {
            problems.add(prefix(disruption) + "no venue of the plan is called (" + venueId
                    + ") in venueId; use the id of one of the plan's " + venues.size() + " venues.");
        }
    }

    void requirePartnerVenue(Disruption disruption, String venueId, List<String> problems) {
        requireVenue(disruption, venueId, problems);
        if (problems.isEmpty() && !venues.get(venueId).isPartnerVenue()) {
            problems.add(prefix(disruption) + "venue (" + venueId + ") in venueId is the programme's own room,"
                    + " which no partner can withdraw; record a venue closure for it instead.");
        }
    }

    void requireGroup(Disruption disruption, String groupId, List<String> problems) {
        if (groupId == null || !membersByGroup.containsKey(groupId)) {
            problems.add(prefix(disruption) + "no group of the plan is called (" + groupId
                    + ") in groupId; use the id of one of the plan's groups or of a group added earlier.");
        } else if (cancelledGroupIds.contains(groupId)) {
            problems.add(prefix(disruption) + "group (" + groupId + ") in groupId is cancelled by an earlier"
                    + " disruption; leave it out or remove the cancellation.");
        }
    }

    void requireWithinWeek(Disruption disruption, Interval interval, List<String> problems) {
        if (interval.end() <= interval.start()) {
            problems.add(prefix(disruption) + "the interval (" + dateTimes(interval)
                    + ") is empty; give an end after its start.");
        } else if (interval.start() < 0 || interval.end() > clock.weekMinutes()) {
            problems.add(prefix(disruption) + "the interval (" + dateTimes(interval)
                    + ") lies outside the plan's week ("
                    + dateTimes(new Interval(0, clock.weekMinutes())) + "); give an interval within the week.");
        }
    }

    void requireMember(Disruption disruption, String studentId, String groupId, List<String> problems) {
        requireGroup(disruption, groupId, problems);
        if (problems.isEmpty() && !membersByGroup.get(groupId).contains(studentId)) {
            problems.add(prefix(disruption) + "student (" + studentId + ") in studentId is not in group (" + groupId
                    + "); use the id of one of its students.");
        }
    }

    void requireJoinable(Disruption.StudentJoins joins, List<String> problems) {
        requireGroup(joins, joins.groupId(), problems);
        if (joins.studentId() == null || joins.studentId().isBlank()) {
            problems.add(prefix(joins) + "studentId is missing; give the id of the student who joins.");
            return;
        }
        boolean known = studentIds.contains(joins.studentId());
        if (known && joins.newStudent() != null) {
            problems.add(prefix(joins) + "student (" + joins.studentId() + ") in studentId is already in the plan;"
                    + " leave out newStudent, or give a new id for a new child.");
        } else if (!known && joins.newStudent() == null) {
            problems.add(prefix(joins) + "no student of the plan is called (" + joins.studentId()
                    + ") in studentId; use the id of one of the plan's students, or give newStudent (grade and"
                    + " school times) to enrol a new child.");
        }
        if (problems.isEmpty() && membersByGroup.get(joins.groupId()).contains(joins.studentId())) {
            problems.add(prefix(joins) + "student (" + joins.studentId() + ") in studentId is already in group ("
                    + joins.groupId() + "); leave this disruption out.");
        }
    }

    void requireAddable(Disruption.GroupAdded added, List<String> problems) {
        Disruption.NewGroup group = added.group();
        if (membersByGroup.containsKey(group.id())) {
            problems.add(prefix(added) + "a group called (" + group.id() + ") in group.id exists already; give"
                    + " the new group an id of its own.");
        }
        if (group.trackId() == null || !trackIds.contains(group.trackId())) {
            problems.add(prefix(added) + "no track of the plan is called (" + group.trackId()
                    + ") in group.trackId; use the id of one of the plan's tracks.");
        }
        for (String studentId : group.studentIds()) {
            if (!studentIds.contains(studentId)) {
                problems.add(prefix(added) + "no student of the plan is called (" + studentId
                        + ") in group.studentIds; use the ids of the plan's students.");
            }
        }
        if (group.fixedTutorId() != null && !tutorIds.contains(group.fixedTutorId())) {
            problems.add(prefix(added) + "no tutor of the plan is called (" + group.fixedTutorId()
                    + ") in group.fixedTutorId; use the id of one of the plan's tutors, or leave it out.");
        }
        for (String siteId : group.siteIds()) {
            if (!siteIds.contains(siteId)) {
                problems.add(prefix(added) + "no site of the plan is called (" + siteId
                        + ") in group.siteIds; use the ids of the plan's sites.");
            }
        }
        if (group.sessionsPerWeek() < 1) {
            problems.add(
                    prefix(added) + "group.sessionsPerWeek (" + group.sessionsPerWeek() + ") must be 1 or" + " more.");
        }
        if (group.sessionMinutes() < 1) {
            problems.add(prefix(added) + "group.sessionMinutes (" + group.sessionMinutes() + ") must be 1 or more.");
        }
        if (group.minGrade() > group.maxGrade()) {
            problems.add(prefix(added) + "group.minGrade (" + group.minGrade() + ") lies above group.maxGrade ("
                    + group.maxGrade() + "); swap them.");
        }
        if (group.size() != null && group.size() < 1) {
            problems.add(prefix(added) + "group.size (" + group.size() + ") must be 1 or more, or left out.");
        }
    }

    private static String prefix(Disruption disruption) {
        return "Disruption (" + disruption.id() + "): ";
    }

    private String dateTimes(Interval interval) {
        return clock.toDateTime(interval.start()) + " to " + clock.toDateTime(interval.end());
    }

    /**
     * An interval in words: {@code Tue 09:00-12:00}, {@code Tue 00:00-24:00} for a whole day, or {@code Tue 09:00 to
     * Wed 12:00} across days.
     */
    static String span(WeekClock clock, Interval interval) {
        if (interval.end() > interval.start() && WeekClock.day(interval.start()) == WeekClock.day(interval.end() - 1)) {
            return startOf(clock, interval.start()) + "-" + WeekClock.endTimeOfDay(interval.end());
        }
        return startOf(clock, interval.start()) + " to " + startOf(clock, interval.end());
    }

    /** A minute as the start of something, such as {@code Tue 00:00} (where describe would say "24:00"). */
    private static String startOf(WeekClock clock, int minute) {
        if (WeekClock.minuteOfDay(minute) != 0) {
            return clock.describe(minute);
        }
        String weekday = clock.dayOfWeek(minute).name();
        return weekday.charAt(0) + weekday.substring(1, 3).toLowerCase(java.util.Locale.ROOT) + " 00:00";
    }
}
