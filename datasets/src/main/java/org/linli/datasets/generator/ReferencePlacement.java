package org.linli.datasets.generator;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.ToIntBiFunction;

/**
 * Places every session of a community greedily, hardest groups first, keeping every hard rule of the solver: no
 * child, teacher or venue in two places at once, no session in school time, in a blocked time, outside a teacher's
 * availability or limits, or in a venue that is lent elsewhere, too small, unequipped or over its partner's quota,
 * and time to travel between a teacher's sites. The result is a known feasible timetable, so every generated plan is
 * feasible by construction, however tight it is.
 *
 * <p>A session that finds no time free for all its children may move one session of another group out of its way,
 * or else have one or two children who also take another group of the track withdraw from it. When no teacher can take a session within their availability, one of them is given one more day (the generated
 * availability then includes it); only a session that nothing can take is dropped, and its group meets less often.
 * Each community is placed in a few attempts, each breaking ties at random, and the best attempt is kept.
 */
final class ReferencePlacement {

    private static final int ATTEMPTS = 12;
    static final int MAX_WITHDRAWN = 2;
    /** A minute more than the straight line takes, so the timetable keeps the rule however a platform rounds. */
    private static final int TRAVEL_MARGIN = 1;

    private final WeekKind week;
    private final SplittableRandom random;
    private final ToIntBiFunction<String, String> travelMinutes;
    private int droppedSessions;
    private int withdrawnEnrolments;
    private int extendedTeachers;

    ReferencePlacement(WeekKind week, SplittableRandom random, ToIntBiFunction<String, String> travelMinutes) {
        this.week = week;
        this.random = random;
        this.travelMinutes = travelMinutes;
    }

    int droppedSessions() {
        return droppedSessions;
    }

    int withdrawnEnrolments() {
        return withdrawnEnrolments;
    }

    int extendedTeachers() {
        return extendedTeachers;
    }

    /**
     * Places the community's sessions: the first attempt that places everything without extending anyone's
     * availability is kept, or else the best one.
     */
    void place(Community community) {
        community.teachers.forEach(Teacher::keepInitial);
        Enrolments enrolments = new Enrolments(community);
        long[] seeds = new long[ATTEMPTS];
        for (int i = 0; i < seeds.length; i++) {
            seeds[i] = random.nextLong();
        }
        int best = -1;
        Outcome bestOutcome = null;
        int last = -1;
        for (int i = 0; i < seeds.length; i++) {
            Outcome outcome = attempt(community, enrolments, seeds[i]);
            last = i;
            if (bestOutcome == null || outcome.isBetterThan(bestOutcome)) {
                best = i;
                bestOutcome = outcome;
            }
            if (outcome.isPerfect()) {
                break;
            }
        }
        if (best != last) {
            attempt(community, enrolments, seeds[best]);
        }
        droppedSessions += bestOutcome.dropped();
        withdrawnEnrolments += bestOutcome.withdrawn();
        extendedTeachers += bestOutcome.extended();
        for (Offering group : List.copyOf(community.groups)) {
            group.sessions = group.placements.size();
            if (group.sessions == 0) {
                List.copyOf(group.children).forEach(group::remove);
                community.groups.remove(group);
            }
        }
    }

    private Outcome attempt(Community community, Enrolments enrolments, long seed) {
        reset(community);
        enrolments.restore();
        Attempt attempt = new Attempt(community, new SplittableRandom(seed));
        for (boolean knowledge : new boolean[] {true, false}) {
            attempt.placeTrack(knowledge);
        }
        return new Outcome(attempt.dropped, attempt.withdrawn, attempt.extended);
    }

    private static void reset(Community community) {
        for (Offering group : community.groups) {
            group.placements.clear();
        }
        community.teachers.forEach(Teacher::reset);
        community.places.forEach(Place::reset);
        community.children.forEach(Child::resetBusy);
    }

    /** Who is in which group before any attempt, so that each attempt starts from the same enrolments. */
    private static final class Enrolments {

        private final Map<Offering, List<Child>> children = new LinkedHashMap<>();
        private final Map<Child, List<Offering>> groups = new LinkedHashMap<>();

        Enrolments(Community community) {
            community.groups.forEach(group -> children.put(group, List.copyOf(group.children)));
            community.children.forEach(child -> groups.put(child, List.copyOf(child.groups)));
        }

        void restore() {
            children.forEach((group, list) -> {
                group.children.clear();
                group.children.addAll(list);
            });
            groups.forEach((child, list) -> {
                child.groups.clear();
                child.groups.addAll(list);
            });
        }
    }

    private record Outcome(int dropped, int withdrawn, int extended) {

        boolean isBetterThan(Outcome other) {
            return Comparator.comparingInt(Outcome::dropped)
                            .thenComparingInt(Outcome::withdrawn)
                            .thenComparingInt(Outcome::extended)
                            .compare(this, other)
                    < 0;
        }

        boolean isPerfect() {
            return dropped == 0 && withdrawn == 0 && extended == 0;
        }
    }

    private enum Result {
        PLACED,
        EXTENDED,
        DROPPED
    }

    /** One attempt at one community: the state of its placement and the choices it makes. */
    private final class Attempt {

        private final Community community;
        private final SplittableRandom random;
        private final Map<Offering, List<Integer>> starts = new HashMap<>();
        private final Map<Offering, Map<Offering, Integer>> shared = new HashMap<>();
        private final int[] dayLoad = new int[WeekKind.DAYS.size()];
        private List<Teacher> teachers = List.of();
        private int dropped;
        private int extended;
        private int withdrawn;

        Attempt(Community community, SplittableRandom random) {
            this.community = community;
            this.random = random;
        }

        void placeTrack(boolean knowledge) {
            List<Offering> groups = new ArrayList<>();
            for (Offering group : community.groups) {
                if (group.isKnowledge() == knowledge) {
                    starts.put(group, candidateStarts(group));
                    shared.put(group, sharedChildren(group));
                    groups.add(group);
                }
            }
            groups.sort(Comparator.comparingInt((Offering g) -> placeOrder(g).size())
                    .thenComparingInt(g -> starts.get(g).size())
                    .thenComparingInt(g -> -g.size())
                    .thenComparingInt(g -> -g.minutes)
                    .thenComparing(g -> g.id));
            teachers = community.teachers.stream()
                    .filter(teacher -> teacher.certified == knowledge)
                    .toList();
            Arrays.fill(dayLoad, 0);
            for (Offering group : groups) {
                for (int n = 0; n < group.plannedSessions; n++) {
                    Result result = placeOne(group);
                    if (result == Result.DROPPED) {
                        result = placeByMovingAnother(group);
                    }
                    if (result == Result.DROPPED) {
                        result = placeByWithdrawing(group);
                    }
                    if (result == Result.DROPPED) {
                        dropped++;
                    } else if (result == Result.EXTENDED) {
                        extended++;
                    }
                }
            }
        }

        private Map<Offering, Integer> sharedChildren(Offering group) {
            Map<Offering, Integer> counts = new LinkedHashMap<>();
            for (Child child : group.children) {
                for (Offering other : child.groups) {
                    if (other != group && other.isKnowledge() == group.isKnowledge()) {
                        counts.merge(other, 1, Integer::sum);
                    }
                }
            }
            return counts;
        }

        private Result placeOne(Offering group) {
            return placeAt(group, startOrder(group));
        }

        /** Places a session at the first of the starts that a teacher and a venue can take, extending if need be. */
        private Result placeAt(Offering group, List<Integer> startOrder) {
            List<Teacher> order = teacherOrder(group);
            List<Place> placeOrder = placeOrder(group);
            for (boolean distinctDays : new boolean[] {true, false}) {
                for (Teacher teacher : order) {
                    if (tryPlace(group, teacher, startOrder, placeOrder, distinctDays, false)) {
                        return Result.PLACED;
                    }
                }
            }
            for (Teacher teacher : order) {
                if (tryPlace(group, teacher, startOrder, placeOrder, false, true)) {
                    return Result.EXTENDED;
                }
            }
            return Result.DROPPED;
        }

        /**
         * Finds a start where only one session of another group keeps the group's children busy, moves that session
         * elsewhere and places this one there; gives up, changing nothing, when no such move works.
         */
        private Result placeByMovingAnother(Offering group) {
            for (int start : startOrder(group)) {
                int end = start + group.minutes;
                List<Map.Entry<Offering, Offering.Placement>> blockers = blockers(group, start, end);
                if (blockers.size() != 1 || !childrenFreeButFor(group, start, end, blockers.getFirst())) {
                    continue;
                }
                Offering other = blockers.getFirst().getKey();
                Offering.Placement moved = blockers.getFirst().getValue();
                undo(other, moved);
                Result result = placeAt(group, List.of(start));
                if (result != Result.DROPPED) {
                    Result again = placeOne(other);
                    if (again != Result.DROPPED) {
                        return result == Result.EXTENDED || again == Result.EXTENDED ? Result.EXTENDED : Result.PLACED;
                    }
                    undo(group, group.placements.getLast());
                }
                redo(other, moved);
            }
            return Result.DROPPED;
        }

        /**
         * Finds a start where at most {@value #MAX_WITHDRAWN} children are busy, each of whom has another group of
         * the track to keep, and withdraws them from this group so that its session fits there: the programme then
         * tells their parents that the two groups do not fit in one week. Gives up, changing nothing, otherwise.
         */
        private Result placeByWithdrawing(Offering group) {
            for (int start : startOrder(group)) {
                int end = start + group.minutes;
                List<Child> busy = group.children.stream()
                        .filter(child -> !child.isFree(start, end))
                        .toList();
                if (busy.isEmpty()
                        || busy.size() > MAX_WITHDRAWN
                        || group.size() - busy.size() < CommunityGenerator.MIN_GROUP
                        || !busy.stream().allMatch(child -> canWithdraw(child, group))) {
                    continue;
                }
                busy.forEach(child -> detach(child, group));
                Result result = placeAt(group, List.of(start));
                if (result != Result.DROPPED) {
                    withdrawn += busy.size();
                    return result;
                }
                busy.forEach(child -> attach(child, group));
            }
            return Result.DROPPED;
        }

        /** A child may leave a knowledge group only if they keep another, and may leave any enrichment group. */
        private static boolean canWithdraw(Child child, Offering group) {
            return !group.isKnowledge() || child.groupCount(true) > 1;
        }

        private static void detach(Child child, Offering group) {
            group.remove(child);
            for (Offering.Placement placement : group.placements) {
                child.busy.removeIf(busy -> busy == placement.busy());
            }
        }

        private static void attach(Child child, Offering group) {
            group.add(child);
            for (Offering.Placement placement : group.placements) {
                child.busy.add(placement.busy());
            }
        }

        /** The placed sessions of other groups that keep some of the group's children busy at {@code [start, end)}. */
        private List<Map.Entry<Offering, Offering.Placement>> blockers(Offering group, int start, int end) {
            List<Map.Entry<Offering, Offering.Placement>> blockers = new ArrayList<>();
            for (Offering other : shared.getOrDefault(group, Map.of()).keySet()) {
                for (Offering.Placement placement : other.placements) {
                    if (placement.start() < end && start < placement.start() + other.minutes) {
                        blockers.add(Map.entry(other, placement));
                    }
                }
            }
            return blockers;
        }

        private boolean childrenFreeButFor(
                Offering group, int start, int end, Map.Entry<Offering, Offering.Placement> blocker) {
            for (Child child : group.children) {
                for (int[] busy : child.busy) {
                    if (busy != blocker.getValue().busy() && busy[0] < end && start < busy[1]) {
                        return false;
                    }
                }
            }
            return true;
        }

        /**
         * The starts that take least from the groups still to be placed first, then those on the least loaded days,
         * so that the week fills evenly.
         */
        private List<Integer> startOrder(Offering group) {
            int[] rank = new int[dayLoad.length];
            for (int day = 0; day < rank.length; day++) {
                rank[day] = random.nextInt(1000);
            }
            Map<Integer, Double> cost = new HashMap<>();
            for (int start : starts.get(group)) {
                cost.put(start, cost(group, start));
            }
            return starts.get(group).stream()
                    .sorted(Comparator.comparingDouble((Integer start) -> cost.get(start))
                            .thenComparingInt(start -> dayLoad[Minutes.day(start)])
                            .thenComparingInt(start -> rank[Minutes.day(start)])
                            .thenComparingInt(Integer::intValue))
                    .toList();
        }

        /**
         * How much a session of the group at {@code start} would take from the groups that share children with it
         * and are still to be placed: the share of their candidate starts it overlaps, weighted by the children.
         */
        private double cost(Offering group, int start) {
            int end = start + group.minutes;
            double cost = 0;
            for (Map.Entry<Offering, Integer> entry : shared.get(group).entrySet()) {
                Offering other = entry.getKey();
                List<Integer> otherStarts = starts.get(other);
                if (otherStarts == null || other.placements.size() >= other.plannedSessions) {
                    continue;
                }
                long overlapping = otherStarts.stream()
                        .filter(t -> t < end && start < t + other.minutes)
                        .count();
                cost += entry.getValue() * (double) overlapping / Math.max(1, otherStarts.size());
            }
            return cost;
        }

        /** The group's main teacher, then those who teach its course, then the others, the least busy first. */
        private List<Teacher> teacherOrder(Offering group) {
            List<Teacher> order = new ArrayList<>();
            if (group.primaryTeacher != null) {
                order.add(group.primaryTeacher);
            }
            teachers.stream()
                    .filter(teacher -> teacher != group.primaryTeacher)
                    .sorted(Comparator.comparingInt((Teacher t) -> t.profile.contains(group.course) ? 0 : 1)
                            .thenComparingInt(Teacher::minutesInWeek)
                            .thenComparing(t -> t.id))
                    .forEach(order::add);
            return order;
        }

        /**
         * Venues without equipment the group does not need first, then, for knowledge groups, the community's own
         * rooms and, for enrichment groups, the partners' spaces (the programme's design), the free ones first and the
         * smallest that fits first.
         */
        private List<Place> placeOrder(Offering group) {
            return community.places.stream()
                    .filter(place ->
                            place.capacity >= group.size() && place.features.containsAll(group.course.features()))
                    .sorted(Comparator.comparingInt((Place p) -> spareFeatures(p, group))
                            .thenComparingInt(p -> p.isPartner() == group.isKnowledge() ? 1 : 0)
                            .thenComparingDouble(p -> p.isPartner() ? p.partnerKind.costPerHour() : 0)
                            .thenComparingInt(p -> p.capacity)
                            .thenComparing(p -> p.id))
                    .toList();
        }

        /** Features the venue has that the group does not need: such a venue is kept for the groups that do. */
        private static int spareFeatures(Place place, Offering group) {
            return (int) place.features.stream()
                    .filter(feature -> !group.course.features().contains(feature))
                    .count();
        }

        private boolean tryPlace(
                Offering group,
                Teacher teacher,
                List<Integer> startOrder,
                List<Place> places,
                boolean distinctDays,
                boolean extend) {
            for (int start : startOrder) {
                int day = Minutes.day(start);
                int end = start + group.minutes;
                if ((distinctDays && meetsOn(group, day))
                        || !childrenFree(group, start, end)
                        || !teacherCan(teacher, start, end, extend)) {
                    continue;
                }
                for (Place place : places) {
                    if (teacher.siteIds.contains(place.siteId)
                            && place.canHost(group, start, end)
                            && travelFits(teacher, place.siteId, start, end)) {
                        commit(group, teacher, place, start, end);
                        return true;
                    }
                }
            }
            return false;
        }

        private void commit(Offering group, Teacher teacher, Place place, int start, int end) {
            Teacher.Slot slot = new Teacher.Slot(start, end, place.siteId);
            int[] busy = {start, end};
            group.placements.add(new Offering.Placement(start, teacher, place, slot, busy));
            teacher.slots.add(slot);
            teacher.days.add(Minutes.day(start));
            int minutes = teacher.minutesInWeek();
            if (minutes > teacher.maxPerWeek) {
                teacher.maxPerWeek = (minutes + 29) / 30 * 30;
            }
            place.take(start, end);
            group.children.forEach(child -> child.busy.add(busy));
            dayLoad[Minutes.day(start)] += end - start;
        }

        private void undo(Offering group, Offering.Placement placement) {
            int end = placement.start() + group.minutes;
            group.placements.remove(placement);
            placement.teacher().release(placement.slot());
            placement.place().release(placement.start(), end);
            group.children.forEach(child -> child.busy.removeIf(busy -> busy == placement.busy()));
            dayLoad[Minutes.day(placement.start())] -= group.minutes;
        }

        private void redo(Offering group, Offering.Placement placement) {
            commit(group, placement.teacher(), placement.place(), placement.start(), placement.start() + group.minutes);
        }
    }

    /** The starts on the track's grid, on days the group may meet, when none of its children is at school. */
    private List<Integer> candidateStarts(Offering group) {
        WeekKind.Window window = week.window(group.isKnowledge());
        int granularity = week.granularityMinutes(group.isKnowledge());
        List<Integer> starts = new ArrayList<>();
        for (int day = 0; day < WeekKind.DAYS.size(); day++) {
            if (day == group.blockedDay) {
                continue;
            }
            for (int time = window.start(); time + group.minutes <= window.end(); time += granularity) {
                int start = Minutes.of(day, time);
                if (group.children.stream().noneMatch(child -> child.isAtSchool(start, start + group.minutes))) {
                    starts.add(start);
                }
            }
        }
        return starts;
    }

    private static boolean meetsOn(Offering group, int day) {
        return group.placements.stream().anyMatch(p -> Minutes.day(p.start()) == day);
    }

    private static boolean childrenFree(Offering group, int start, int end) {
        for (Child child : group.children) {
            if (!child.isFree(start, end)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the teacher is free and within their daily limit and window of the day; within their days and weekly
     * limit too unless {@code extend}, which lets the placement give them one more day and raise their weekly limit.
     */
    private static boolean teacherCan(Teacher teacher, int start, int end, boolean extend) {
        int day = Minutes.day(start);
        int fromTime = start - Minutes.of(day, 0);
        int toTime = end - Minutes.of(day, 0);
        if (fromTime < teacher.windowStart || toTime > teacher.windowEnd) {
            return false;
        }
        if (teacher.minutesOn(day) + (end - start) > teacher.maxPerDay) {
            return false;
        }
        if (teacher.slots.stream().anyMatch(slot -> slot.start() < end && start < slot.end())) {
            return false;
        }
        return extend || (teacher.days.contains(day) && teacher.minutesInWeek() + (end - start) <= teacher.maxPerWeek);
    }

    /** Whether the teacher has time to travel from their session before and to their session after this one. */
    private boolean travelFits(Teacher teacher, String siteId, int start, int end) {
        Teacher.Slot before = null;
        Teacher.Slot after = null;
        int day = Minutes.day(start);
        for (Teacher.Slot slot : teacher.slots) {
            if (Minutes.day(slot.start()) != day) {
                continue;
            }
            if (slot.end() <= start && (before == null || slot.start() > before.start())) {
                before = slot;
            }
            if (slot.start() >= end && (after == null || slot.start() < after.start())) {
                after = slot;
            }
        }
        boolean fromBefore = before == null
                || before.siteId().equals(siteId)
                || start - before.end() >= travelMinutes.applyAsInt(before.siteId(), siteId) + TRAVEL_MARGIN;
        boolean toAfter = after == null
                || after.siteId().equals(siteId)
                || after.start() - end >= travelMinutes.applyAsInt(siteId, after.siteId()) + TRAVEL_MARGIN;
        return fromBefore && toAfter;
    }
}
