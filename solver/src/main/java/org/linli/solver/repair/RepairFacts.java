package org.linli.solver.repair;

import ai.timefold.solver.core.api.domain.solution.ConstraintWeightOverrides;
import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.linli.solver.domain.Group;
import org.linli.solver.domain.Interval;
import org.linli.solver.domain.IntervalSet;
import org.linli.solver.domain.PlanDraft;
import org.linli.solver.domain.Session;
import org.linli.solver.domain.Site;
import org.linli.solver.domain.Student;
import org.linli.solver.domain.Track;
import org.linli.solver.domain.TravelTable;
import org.linli.solver.domain.Tutor;
import org.linli.solver.domain.Venue;
import org.linli.solver.domain.WeeklyPlan;

/**
 * Applies disruptions to the facts of a published plan and copies its sessions onto them: a tutor's absence and a
 * venue's closure leave their availability, a withdrawn venue loses the rest of the week, joins and leaves change the
 * groups' students, added groups come in and cancelled ones go. Every disruption counts from now on only: the past
 * has happened. The published plan's objects are never changed; groups, and the tutors and venues a disruption
 * touches, are new objects.
 */
final class RepairFacts {

    private final WeeklyPlan published;
    private final int now;
    private final Interval future;
    private final Map<String, Tutor> tutors = new LinkedHashMap<>();
    private final Map<String, Venue> venues = new LinkedHashMap<>();
    private final Map<String, Student> students = new LinkedHashMap<>();
    private final Map<String, Group> groups = new LinkedHashMap<>();
    private final Set<String> cancelledGroupIds = new HashSet<>();
    private final List<Session> sessions = new ArrayList<>();
    private final List<Session> cancelledSessions = new ArrayList<>();

    private RepairFacts(WeeklyPlan published, int now) {
        this.published = published;
        this.now = now;
        int weekMinutes = published.getClock().weekMinutes();
        int from = Math.clamp(now, 0, weekMinutes);
        this.future = new Interval(from, weekMinutes);
    }

    /** The facts after the disruptions, with a copy of every session that still takes place. */
    static RepairFacts apply(WeeklyPlan published, List<? extends Disruption> disruptions, int now) {
        RepairFacts facts = new RepairFacts(published, now);
        facts.applyAvailability(disruptions);
        facts.applyMembership(disruptions);
        facts.copySessions();
        return facts;
    }

    PlanDraft draft() {
        return new PlanDraft(
                published.getId(),
                published.getName(),
                published.getClock(),
                published.getSettings(),
                published.getTracks(),
                published.getSites(),
                travelTable(published.getSites()),
                List.copyOf(venues.values()),
                List.copyOf(tutors.values()),
                List.copyOf(students.values()),
                List.copyOf(groups.values()),
                sessions,
                ruleWeights(published.getConstraintWeightOverrides()));
    }

    /** The copies of the published sessions that still take place, in the published order. */
    List<Session> sessions() {
        return sessions;
    }

    /** The published sessions of cancelled groups that would have taken place from now on. */
    List<Session> cancelledSessions() {
        return cancelledSessions;
    }

    boolean isPast(Session session) {
        return session.getStart() != null && session.getStart() < now;
    }

    /** The part of an interval from now on, or null when it lies wholly in the past. */
    Interval fromNow(Interval interval) {
        int start = Math.max(interval.start(), future.start());
        int end = Math.min(interval.end(), future.end());
        return end > start ? new Interval(start, end) : null;
    }

    private void applyAvailability(List<? extends Disruption> disruptions) {
        Map<String, List<Interval>> absences = new HashMap<>();
        Map<String, List<Interval>> closures = new HashMap<>();
        for (Disruption disruption : disruptions) {
            switch (disruption) {
                case Disruption.TutorAbsent absent -> addCut(absences, absent.tutorId(), absent.interval());
                case Disruption.VenueClosed closed -> addCut(closures, closed.venueId(), closed.interval());
                case Disruption.VenueWithdrawn withdrawn -> addCut(closures, withdrawn.venueId(), future);
                default -> {
                    // Changes no availability.
                }
            }
        }
        for (Tutor tutor : published.getTutors()) {
            List<Interval> cut = absences.getOrDefault(tutor.getId(), List.of());
            tutors.put(tutor.getId(), cut.isEmpty() ? tutor : withAvailability(tutor, IntervalSet.of(cut)));
        }
        for (Venue venue : published.getVenues()) {
            List<Interval> cut = closures.getOrDefault(venue.getId(), List.of());
            venues.put(venue.getId(), cut.isEmpty() ? venue : withAvailability(venue, IntervalSet.of(cut)));
        }
    }

    private void addCut(Map<String, List<Interval>> cuts, String id, Interval interval) {
        Interval cut = fromNow(interval);
        if (cut != null) {
            cuts.computeIfAbsent(id, ignored -> new ArrayList<>()).add(cut);
        }
    }

    private static Tutor withAvailability(Tutor tutor, IntervalSet absent) {
        return new Tutor(
                tutor.getId(),
                tutor.getName(),
                tutor.getKind(),
                tutor.getQualifications(),
                tutor.getAvailability().minus(absent),
                tutor.getMaxMinutesPerDay(),
                tutor.getMaxMinutesPerWeek(),
                tutor.getHomeSite(),
                tutor.getSites());
    }

    private static Venue withAvailability(Venue venue, IntervalSet closed) {
        return new Venue(
                venue.getId(),
                venue.getName(),
                venue.getSite(),
                venue.getCapacity(),
                venue.getFeatures(),
                venue.getPartner(),
                venue.getWeeklyQuotaMinutes(),
                venue.getCostPerHour(),
                venue.getAvailability().minus(closed));
    }

    private void applyMembership(List<? extends Disruption> disruptions) {
        published.getStudents().forEach(student -> students.put(student.getId(), student));
        Map<String, List<Student>> members = new LinkedHashMap<>();
        Map<String, Integer> sizes = new HashMap<>();
        for (Group group : published.getGroups()) {
            members.put(group.getId(), new ArrayList<>(group.getStudents()));
            sizes.put(group.getId(), group.getSize());
        }
        Map<String, Disruption.NewGroup> added = new LinkedHashMap<>();
        for (Disruption disruption : disruptions) {
            switch (disruption) {
                case Disruption.StudentJoins joins -> {
                    Student student = students.computeIfAbsent(
                            joins.studentId(),
                            id -> new Student(
                                    id,
                                    joins.newStudent().grade(),
                                    null,
                                    joins.newStudent().schoolBusy()));
                    members.get(joins.groupId()).add(student);
                    sizes.merge(joins.groupId(), 1, Integer::sum);
                }
                case Disruption.StudentLeaves leaves -> {
                    members.get(leaves.groupId())
                            .removeIf(student -> student.getId().equals(leaves.studentId()));
                    sizes.merge(leaves.groupId(), -1, (size, minus) -> Math.max(0, size + minus));
                }
                case Disruption.GroupAdded groupAdded -> {
                    Disruption.NewGroup spec = groupAdded.group();
                    added.put(spec.id(), spec);
                    members.put(
                            spec.id(),
                            spec.studentIds().stream().map(students::get).collect(Collectors.toList()));
                    sizes.put(spec.id(), spec.size() == null ? spec.studentIds().size() : spec.size());
                }
                case Disruption.GroupCancelled cancelled -> cancelledGroupIds.add(cancelled.groupId());
                default -> {
                    // Changes no membership.
                }
            }
        }
        Set<String> groupsWithPastSessions = published.getSessions().stream()
                .filter(this::isPast)
                .map(session -> session.getGroup().getId())
                .collect(Collectors.toSet());
        for (Group group : published.getGroups()) {
            if (!cancelledGroupIds.contains(group.getId()) || groupsWithPastSessions.contains(group.getId())) {
                groups.put(group.getId(), copy(group, members.get(group.getId()), sizes.get(group.getId())));
            }
        }
        Map<String, Track> tracks = byId(published.getTracks(), Track::getId);
        Map<String, Site> sites = byId(published.getSites(), Site::getId);
        added.forEach((id, spec) -> {
            if (!cancelledGroupIds.contains(id)) {
                groups.put(id, create(spec, tracks, sites, members.get(id), sizes.get(id)));
            }
        });
    }

    private Group copy(Group group, List<Student> members, int size) {
        return new Group(
                group.getId(),
                group.getName(),
                group.getTrack(),
                group.getCertification(),
                group.getMinGrade(),
                group.getMaxGrade(),
                group.getSessionsPerWeek(),
                group.getSessionMinutes(),
                members,
                size,
                group.getRequiredFeatures(),
                group.getMinDays(),
                group.getFixedTutor() == null
                        ? null
                        : tutors.get(group.getFixedTutor().getId()),
                group.getBlockedTimes(),
                group.getPriority(),
                group.getSites());
    }

    private Group create(
            Disruption.NewGroup spec,
            Map<String, Track> tracks,
            Map<String, Site> sites,
            List<Student> members,
            int size) {
        return new Group(
                spec.id(),
                spec.name(),
                tracks.get(spec.trackId()),
                spec.certification(),
                spec.minGrade(),
                spec.maxGrade(),
                spec.sessionsPerWeek(),
                spec.sessionMinutes(),
                members,
                size,
                spec.requiredFeatures(),
                spec.minDays(),
                spec.fixedTutorId() == null ? null : tutors.get(spec.fixedTutorId()),
                spec.blockedTimes(),
                Math.max(1, spec.priority()),
                spec.siteIds().stream().map(sites::get).collect(Collectors.toSet()));
    }

    private void copySessions() {
        for (Session session : published.getSessions()) {
            Group group = groups.get(session.getGroup().getId());
            boolean cancelled = cancelledGroupIds.contains(session.getGroup().getId()) && !isPast(session);
            if (cancelled || group == null) {
                cancelledSessions.add(session);
                continue;
            }
            Session copy = new Session(
                    session.getId(),
                    group,
                    session.getStart(),
                    session.getTutor() == null
                            ? null
                            : tutors.get(session.getTutor().getId()),
                    session.getVenue() == null
                            ? null
                            : venues.get(session.getVenue().getId()));
            copy.setPinned(session.isPinned() || isPast(session));
            sessions.add(copy);
        }
    }

    private static <T> Map<String, T> byId(List<T> items, Function<T, String> id) {
        Map<String, T> map = new HashMap<>();
        items.forEach(item -> map.put(id.apply(item), item));
        return map;
    }

    /** The published plan's travel minutes, every pair listed, so that preparing the repair keeps them. */
    private static TravelTable travelTable(List<Site> sites) {
        Map<String, Integer> listed = new HashMap<>();
        for (int i = 0; i < sites.size(); i++) {
            for (int j = i + 1; j < sites.size(); j++) {
                listed.put(
                        TravelTable.pairKey(sites.get(i).getId(), sites.get(j).getId()),
                        sites.get(i).travelMinutesTo(sites.get(j)));
            }
        }
        return new TravelTable(listed, TravelTable.NONE.speedKmh(), TravelTable.NONE.defaultMinutes());
    }

    private static Map<String, HardMediumSoftScore> ruleWeights(
            ConstraintWeightOverrides<HardMediumSoftScore> overrides) {
        Map<String, HardMediumSoftScore> weights = new LinkedHashMap<>();
        if (overrides != null) {
            for (String id : overrides.getKnownConstraintIds()) {
                weights.put(id, overrides.getConstraintWeight(id));
            }
        }
        return weights;
    }
}
