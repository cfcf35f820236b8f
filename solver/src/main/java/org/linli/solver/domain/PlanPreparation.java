package org.linli.solver.domain;

import ai.timefold.solver.core.api.domain.solution.ConstraintWeightOverrides;
import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.linli.solver.rules.Rule;

/**
 * Turns a {@link PlanDraft} into a {@link WeeklyPlan} the solver can search: it checks the rule weights, computes the
 * travel table, aggregates students who share exactly the same groups into cohorts, creates the sessions of groups
 * that list none, and pre-filters each session's value ranges.
 *
 * <p>A value range leaves out only values that break a hard rule on their own (an uncertified tutor, a venue too
 * small, a start in school time). When a plan moves such a rule off the hard level, its filter is off too, so the
 * rule can weigh the value instead. A session's own values always stay in its ranges, so a pinned or imported value
 * that breaks a hard rule is scored and reported rather than rejected by the solver.
 */
public final class PlanPreparation {

    private PlanPreparation() {}

    public static WeeklyPlan prepare(PlanDraft draft) {
        Map<Rule, HardMediumSoftScore> weights = effectiveWeights(draft.ruleWeights());
        Set<Rule> hardRules = weights.entrySet().stream()
                .filter(entry -> entry.getValue().hardScore() > 0)
                .map(Map.Entry::getKey)
                .collect(Collectors.toSet());

        setTravel(draft.sites(), draft.travel());
        List<Cohort> cohorts = aggregateCohorts(draft.students(), draft.groups());
        List<CohortMembership> memberships = new ArrayList<>();
        for (Cohort cohort : cohorts) {
            for (Group group : cohort.getGroups()) {
                memberships.add(new CohortMembership(cohort, group));
            }
        }
        List<Session> sessions = withDefaultSessions(draft.groups(), draft.sessions());
        for (Session session : sessions) {
            setValueRanges(session, draft.tutors(), draft.venues(), hardRules);
        }

        return new WeeklyPlan(
                draft.id(),
                draft.name(),
                draft.clock(),
                // Two rules join the settings fact; without one they would silently not apply.
                draft.settings() == null ? PlanSettings.DEFAULT : draft.settings(),
                List.copyOf(draft.tracks()),
                List.copyOf(draft.sites()),
                List.copyOf(draft.venues()),
                List.copyOf(draft.tutors()),
                List.copyOf(draft.students()),
                List.copyOf(draft.groups()),
                cohorts,
                memberships,
                sessions,
                ConstraintWeightOverrides.of(overridesByTitle(draft.ruleWeights())));
    }

    /** The weight of every rule, the plan's overrides applied; rejects unknown rule names and negative weights. */
    public static Map<Rule, HardMediumSoftScore> effectiveWeights(Map<String, HardMediumSoftScore> overrides) {
        Map<Rule, HardMediumSoftScore> weights = new EnumMap<>(Rule.class);
        for (Rule rule : Rule.values()) {
            weights.put(rule, rule.defaultWeight());
        }
        overrides.forEach((title, weight) -> {
            Rule rule = Rule.byTitle(title)
                    .orElseThrow(() -> new IllegalArgumentException("Unknown rule (" + title + "); known rules: "
                            + java.util.Arrays.stream(Rule.values())
                                    .map(Rule::title)
                                    .collect(Collectors.joining(", "))
                            + "."));
            if (weight.hardScore() < 0 || weight.mediumScore() < 0 || weight.softScore() < 0) {
                throw new IllegalArgumentException("The weight of rule (" + title + ") is negative (" + weight
                        + "); weights are penalties of 0 or" + " more.");
            }
            weights.put(rule, weight);
        });
        return weights;
    }

    private static Map<String, HardMediumSoftScore> overridesByTitle(Map<String, HardMediumSoftScore> overrides) {
        return new LinkedHashMap<>(overrides);
    }

    private static void setTravel(List<Site> sites, TravelTable travel) {
        for (int i = 0; i < sites.size(); i++) {
            int[] row = new int[sites.size()];
            for (int j = 0; j < sites.size(); j++) {
                row[j] = i == j ? 0 : travel.minutes(sites.get(i), sites.get(j));
            }
            sites.get(i).setTravel(i, row);
        }
    }

    /** Students enrolled in exactly the same groups form one cohort, in the order their first student appears. */
    static List<Cohort> aggregateCohorts(List<Student> students, List<Group> groups) {
        Map<Student, List<Group>> groupsByStudent = new LinkedHashMap<>();
        for (Student student : students) {
            groupsByStudent.put(student, new ArrayList<>());
        }
        for (Group group : groups) {
            group.clearCohorts();
            for (Student student : group.getStudents()) {
                groupsByStudent
                        .computeIfAbsent(student, key -> new ArrayList<>())
                        .add(group);
            }
        }
        Map<List<Group>, List<Student>> studentsByGroups = new LinkedHashMap<>();
        groupsByStudent.forEach((student, studentGroups) -> {
            if (!studentGroups.isEmpty()) {
                studentsByGroups
                        .computeIfAbsent(studentGroups, key -> new ArrayList<>())
                        .add(student);
            }
        });
        List<Cohort> cohorts = new ArrayList<>();
        studentsByGroups.forEach((cohortGroups, cohortStudents) -> {
            Cohort cohort = new Cohort("cohort-" + (cohorts.size() + 1), cohortStudents, cohortGroups);
            cohortGroups.forEach(group -> group.addCohort(cohort));
            cohorts.add(cohort);
        });
        return cohorts;
    }

    private static List<Session> withDefaultSessions(List<Group> groups, List<Session> listed) {
        List<Session> sessions = new ArrayList<>(listed);
        Set<Group> groupsWithSessions = new HashSet<>();
        listed.forEach(session -> groupsWithSessions.add(session.getGroup()));
        for (Group group : groups) {
            if (!groupsWithSessions.contains(group)) {
                for (int i = 1; i <= group.getSessionsPerWeek(); i++) {
                    sessions.add(new Session(group.getId() + "#" + i, group));
                }
            }
        }
        return sessions;
    }

    /**
     * A session's own values (pinned or imported) stay in its ranges even when a filter would leave them out: the
     * solver rejects a value outside its range, and a value that breaks a rule must be scored and reported instead.
     */
    private static void setValueRanges(Session session, List<Tutor> tutors, List<Venue> venues, Set<Rule> hardRules) {
        Group group = session.getGroup();
        List<Integer> starts = candidateStarts(group, hardRules);
        List<Tutor> tutorRange = tutors.stream()
                .filter(tutor -> tutor == session.getTutor() || fitsTutor(group, tutor, starts, hardRules))
                .toList();
        List<Venue> venueRange = venues.stream()
                .filter(venue -> venue == session.getVenue() || fitsVenue(group, venue, starts, hardRules))
                .sorted(Comparator.comparingInt(Venue::getCapacity))
                .toList();
        session.setValueRanges(withStart(starts, session.getStart()), tutorRange, venueRange);
    }

    private static List<Integer> withStart(List<Integer> starts, Integer start) {
        if (start == null || starts.contains(start)) {
            return starts;
        }
        List<Integer> withStart = new ArrayList<>(starts);
        withStart.add(start);
        withStart.sort(Comparator.naturalOrder());
        return withStart;
    }

    /** The starts on the track's grid whose whole session fits in a window and breaks no hard rule of time alone. */
    public static List<Integer> candidateStarts(Group group, Set<Rule> hardRules) {
        List<Integer> starts = new ArrayList<>();
        int length = group.getSessionMinutes();
        Track track = group.getTrack();
        for (Interval window : track.getWindows().intervals()) {
            for (int start = window.start(); start + length <= window.end(); start += track.getGranularityMinutes()) {
                if (hardRules.contains(Rule.GROUP_BLOCKED_TIME)
                        && group.getBlockedTimes().overlaps(start, start + length)) {
                    continue;
                }
                if (hardRules.contains(Rule.SCHOOL_TIME)
                        && group.getBusyProfile().studentMinutes(start, start + length) > 0) {
                    continue;
                }
                starts.add(start);
            }
        }
        return starts;
    }

    static boolean fitsTutor(Group group, Tutor tutor, List<Integer> starts, Set<Rule> hardRules) {
        if (hardRules.contains(Rule.FIXED_TUTOR) && group.getFixedTutor() != null && group.getFixedTutor() != tutor) {
            return false;
        }
        if (hardRules.contains(Rule.TUTOR_CERTIFICATION) && !tutor.isQualifiedFor(group)) {
            return false;
        }
        if (hardRules.contains(Rule.TUTOR_SITE)
                && !group.getSites().isEmpty()
                && !tutor.getSites().isEmpty()
                && group.getSites().stream().noneMatch(tutor.getSites()::contains)) {
            return false;
        }
        if (hardRules.contains(Rule.TUTOR_AVAILABILITY)) {
            int length = group.getSessionMinutes();
            return starts.stream().anyMatch(start -> tutor.getAvailability().covers(start, start + length));
        }
        return true;
    }

    static boolean fitsVenue(Group group, Venue venue, List<Integer> starts, Set<Rule> hardRules) {
        if (hardRules.contains(Rule.VENUE_CAPACITY) && venue.getCapacity() < group.getSize()) {
            return false;
        }
        if (hardRules.contains(Rule.VENUE_FEATURES) && !venue.getFeatures().containsAll(group.getRequiredFeatures())) {
            return false;
        }
        if (hardRules.contains(Rule.GROUP_SITE) && !group.meetsAt(venue.getSite())) {
            return false;
        }
        if (hardRules.contains(Rule.VENUE_AVAILABILITY)) {
            int length = group.getSessionMinutes();
            return starts.stream().anyMatch(start -> venue.getAvailability().covers(start, start + length));
        }
        return true;
    }
}
