package org.linli.solver.explain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.linli.solver.domain.BusyProfile;
import org.linli.solver.domain.Cohort;
import org.linli.solver.domain.Group;
import org.linli.solver.domain.IntervalSet;
import org.linli.solver.domain.PlanPreparation;
import org.linli.solver.domain.Session;
import org.linli.solver.domain.Site;
import org.linli.solver.domain.Student;
import org.linli.solver.domain.Tutor;
import org.linli.solver.domain.TutorKind;
import org.linli.solver.domain.Venue;
import org.linli.solver.domain.WeekClock;
import org.linli.solver.domain.WeeklyPlan;
import org.linli.solver.rules.Rule;

/**
 * Finds, for each session that misses a value, the first reason it cannot be fully placed. It narrows the session's
 * candidates (start, tutor, venue) one dimension at a time, in the order of {@link ReasonCode}, and reports the first
 * dimension that leaves none: qualified tutors, tutor availability, venue seats, features and sites, venue
 * availability, track windows, school time, blocked times, the tutors' daily and weekly limits given their other
 * sessions, and finally the other sessions that hold the tutors, venues and students. A check applies only while its
 * rule is hard in the plan, as the value ranges of {@link PlanPreparation} do.
 *
 * <p>The checks that depend on the group alone run once per group; the others ask indexes of the other sessions'
 * busy times by tutor, venue and cohort, so a plan of thousands of sessions is explained quickly.
 */
final class UnassignedReasoner {

    /** How many tutors or venues a reason names before it says "and N more". */
    private static final int NAMED = 5;

    private final WeekClock clock;
    private final List<Tutor> tutors;
    private final List<Venue> venues;
    private final Set<Rule> hard;
    private final BusyIndex<Tutor> tutorBusy;
    private final BusyIndex<Venue> venueBusy;
    private final BusyIndex<Cohort> cohortBusy;
    private final Map<Group, Candidates> candidatesByGroup = new HashMap<>();

    private record Reason(ReasonCode code, String text) {}

    /** What survives the checks that depend on the group alone, or the reason nothing does. */
    private record Candidates(Reason failure, List<Integer> starts, List<Tutor> tutors, List<Venue> venues) {

        static Candidates failed(ReasonCode code, String text) {
            return new Candidates(new Reason(code, text), List.of(), List.of(), List.of());
        }
    }

    private UnassignedReasoner(WeeklyPlan plan, Set<Rule> hardRules) {
        this.clock = plan.getClock();
        this.tutors = orEmpty(plan.getTutors());
        this.venues = orEmpty(plan.getVenues());
        this.hard = hardRules;
        BusyIndex.Builder<Tutor> byTutor = BusyIndex.builder();
        BusyIndex.Builder<Venue> byVenue = BusyIndex.builder();
        BusyIndex.Builder<Cohort> byCohort = BusyIndex.builder();
        for (Session session : orEmpty(plan.getSessions())) {
            if (session.getStart() == null) {
                continue;
            }
            if (session.getTutor() != null) {
                byTutor.add(session.getTutor(), session);
            }
            if (session.getVenue() != null) {
                byVenue.add(session.getVenue(), session);
            }
            for (Cohort cohort : session.getGroup().getCohorts()) {
                byCohort.add(cohort, session);
            }
        }
        this.tutorBusy = byTutor.build();
        this.venueBusy = byVenue.build();
        this.cohortBusy = byCohort.build();
    }

    /** A reason for every session of the plan that misses a start, a tutor or a venue, in the plan's order. */
    static List<UnassignedSession> reasons(WeeklyPlan plan, Set<Rule> hardRules) {
        List<Session> incomplete = orEmpty(plan.getSessions()).stream()
                .filter(session -> session.getMissingValueCount() > 0)
                .toList();
        if (incomplete.isEmpty()) {
            return List.of();
        }
        UnassignedReasoner reasoner = new UnassignedReasoner(plan, hardRules);
        return incomplete.stream().map(reasoner::explain).toList();
    }

    private UnassignedSession explain(Session session) {
        Reason reason = reason(session);
        return new UnassignedSession(
                session.getId(), session.getGroup().getId(), missing(session), reason.code(), reason.text());
    }

    private Reason reason(Session session) {
        if (session.isPinned()) {
            return new Reason(
                    ReasonCode.PINNED,
                    "pinned without a " + String.join(", ", missing(session))
                            + ": the solver never changes a pinned session; assign the missing values or unpin it");
        }
        Candidates candidates = candidatesByGroup.computeIfAbsent(session.getGroup(), this::groupCandidates);
        if (candidates.failure() != null) {
            return candidates.failure();
        }
        return placement(session, candidates);
    }

    private static List<String> missing(Session session) {
        return Stream.of(
                        session.getStart() == null ? "start" : null,
                        session.getTutor() == null ? "tutor" : null,
                        session.getVenue() == null ? "venue" : null)
                .filter(value -> value != null)
                .toList();
    }

    // ************************************************************************
    // Checks that depend on the group alone
    // ************************************************************************

    /**
     * Narrows the group's candidates in the order of {@link ReasonCode}. Without any start on the track's grid, tutor
     * and venue availability cannot be judged, so they pass until the grid's own turn comes.
     */
    private Candidates groupCandidates(Group group) {
        int length = group.getSessionMinutes();
        List<Tutor> qualified =
                tutors.stream().filter(tutor -> mayTeach(group, tutor)).toList();
        if (qualified.isEmpty()) {
            return Candidates.failed(ReasonCode.NO_CERTIFIED_TUTOR, noQualifiedTutor(group));
        }
        List<Integer> grid = PlanPreparation.candidateStarts(group, Set.of());
        List<Integer> tutorStarts = grid.stream()
                .filter(start -> !availableTutors(qualified, start, length).isEmpty())
                .toList();
        if (!grid.isEmpty() && tutorStarts.isEmpty()) {
            return Candidates.failed(
                    ReasonCode.NO_TUTOR_AVAILABLE,
                    "no " + tutorNoun(group) + " available: "
                            + unavailability(qualified, Tutor::getId, Tutor::getAvailability, grid, length));
        }
        if (venues.isEmpty()) {
            return Candidates.failed(
                    ReasonCode.NO_VENUE_SEATS,
                    "no venue holds " + students(group.getSize()) + "; the plan has no venues");
        }
        List<Venue> seating = seating(group);
        if (seating.isEmpty()) {
            int largest = venues.stream().mapToInt(Venue::getCapacity).max().orElse(0);
            return Candidates.failed(
                    ReasonCode.NO_VENUE_SEATS,
                    "no venue holds " + students(group.getSize()) + "; the largest seats " + largest);
        }
        List<Venue> equipped = equipped(group, seating);
        if (equipped.isEmpty()) {
            return Candidates.failed(ReasonCode.NO_VENUE_FEATURES, noFeatures(group, seating));
        }
        List<Venue> placed = atGroupSites(group, equipped);
        if (placed.isEmpty()) {
            return Candidates.failed(
                    ReasonCode.NO_VENUE_AT_SITE,
                    "no suitable venue lies at the group's sites (" + siteIds(group.getSites()) + "); suitable venues"
                            + " lie at " + venueSites(equipped));
        }
        List<Tutor> siteTutors = workingAtGroupSites(group, qualified);
        if (!anyPair(siteTutors, placed)) {
            return Candidates.failed(ReasonCode.NO_VENUE_AT_SITE, noTutorAtVenueSites(group, qualified, placed));
        }
        if (grid.isEmpty()) {
            return Candidates.failed(ReasonCode.NO_START_IN_WINDOW, noStartInWindow(group));
        }
        List<Integer> venueStarts = tutorStarts.stream()
                .filter(start ->
                        anyPair(availableTutors(siteTutors, start, length), availableVenues(placed, start, length)))
                .toList();
        if (venueStarts.isEmpty()) {
            return Candidates.failed(
                    ReasonCode.NO_VENUE_AVAILABLE, noVenueAvailable(group, siteTutors, placed, tutorStarts));
        }
        List<Integer> schoolFree = outsideSchoolTime(group, venueStarts);
        if (schoolFree.isEmpty()) {
            return Candidates.failed(ReasonCode.SCHOOL_TIME, schoolClash(group, venueStarts.getFirst(), length));
        }
        List<Integer> unblocked = outsideBlockedTimes(group, schoolFree);
        if (unblocked.isEmpty()) {
            return Candidates.failed(
                    ReasonCode.BLOCKED_TIME,
                    "every start overlaps the group's blocked times (" + spans(group.getBlockedTimes()) + ")");
        }
        return new Candidates(null, unblocked, siteTutors, placed);
    }

    private List<Venue> seating(Group group) {
        if (!hard.contains(Rule.VENUE_CAPACITY)) {
            return venues;
        }
        return venues.stream()
                .filter(venue -> venue.getCapacity() >= group.getSize())
                .toList();
    }

    private List<Venue> equipped(Group group, List<Venue> seating) {
        if (!hard.contains(Rule.VENUE_FEATURES)) {
            return seating;
        }
        return seating.stream()
                .filter(venue -> venue.getFeatures().containsAll(group.getRequiredFeatures()))
                .toList();
    }

    private List<Venue> atGroupSites(Group group, List<Venue> equipped) {
        if (!hard.contains(Rule.GROUP_SITE)) {
            return equipped;
        }
        return equipped.stream().filter(venue -> group.meetsAt(venue.getSite())).toList();
    }

    /** The preparation's tutor filter: a tutor who works at some sites only must work at one of the group's. */
    private List<Tutor> workingAtGroupSites(Group group, List<Tutor> qualified) {
        if (!hard.contains(Rule.TUTOR_SITE) || group.getSites().isEmpty()) {
            return qualified;
        }
        return qualified.stream()
                .filter(tutor ->
                        tutor.getSites().isEmpty() || group.getSites().stream().anyMatch(tutor.getSites()::contains))
                .toList();
    }

    private List<Integer> outsideSchoolTime(Group group, List<Integer> starts) {
        if (!hard.contains(Rule.SCHOOL_TIME)) {
            return starts;
        }
        int length = group.getSessionMinutes();
        return starts.stream()
                .filter(start -> group.getBusyProfile().studentMinutes(start, start + length) == 0)
                .toList();
    }

    private List<Integer> outsideBlockedTimes(Group group, List<Integer> starts) {
        if (!hard.contains(Rule.GROUP_BLOCKED_TIME)) {
            return starts;
        }
        int length = group.getSessionMinutes();
        return starts.stream()
                .filter(start -> !group.getBlockedTimes().overlaps(start, start + length))
                .toList();
    }

    /** Whether the tutor may teach the group at all: the fixed tutor, and qualified for its grade band and track. */
    private boolean mayTeach(Group group, Tutor tutor) {
        if (hard.contains(Rule.FIXED_TUTOR) && group.getFixedTutor() != null && group.getFixedTutor() != tutor) {
            return false;
        }
        return !hard.contains(Rule.TUTOR_CERTIFICATION) || tutor.isQualifiedFor(group);
    }

    private String noQualifiedTutor(Group group) {
        String prefix = "no " + tutorNoun(group) + " available: ";
        Tutor fixed = group.getFixedTutor();
        if (hard.contains(Rule.FIXED_TUTOR) && fixed != null) {
            if (!tutors.contains(fixed)) {
                return prefix + "group " + group.getId() + " must be taught by " + fixed.getId()
                        + ", who is not in the plan";
            }
            return prefix + "group " + group.getId() + " must be taught by " + fixed.getId() + ", who "
                    + (isOfTrackKind(group, fixed)
                            ? "does not hold " + certification(group)
                            : "is not a certified tutor, which track "
                                    + group.getTrack().getId() + " needs");
        }
        if (group.getCertification() == null) {
            return tutors.isEmpty()
                    ? prefix + "the plan has no tutors"
                    : prefix + "track " + group.getTrack().getId() + " takes certified tutors only, and the plan has"
                            + " none";
        }
        String text = prefix + "no tutor holds " + certification(group);
        if (tutors.isEmpty()) {
            return text + " (the plan has no tutors)";
        }
        List<Tutor> holders = tutors.stream()
                .filter(tutor -> tutor.getQualifications().stream()
                        .anyMatch(q -> q.covers(group.getCertification(), group.getMinGrade(), group.getMaxGrade())))
                .toList();
        if (!holders.isEmpty()) {
            return prefix + "no certified tutor holds " + certification(group) + ", and track "
                    + group.getTrack().getId() + " takes certified tutors only (" + named(holders, Tutor::getId)
                    + " hold it as partner instructors)";
        }
        List<String> otherBands = tutors.stream()
                .flatMap(tutor -> tutor.getQualifications().stream()
                        .filter(q -> q.certification().equals(group.getCertification()))
                        .map(q -> tutor.getId() + " holds it for grades " + q.minGrade() + "-" + q.maxGrade()))
                .toList();
        return otherBands.isEmpty() ? text : text + " (" + namedTexts(otherBands) + ")";
    }

    private static boolean isOfTrackKind(Group group, Tutor tutor) {
        return !group.getTrack().isCertifiedTutorsOnly() || tutor.getKind() == TutorKind.CERTIFIED_TUTOR;
    }

    private static String certification(Group group) {
        return group.getCertification() + " for grades " + group.getMinGrade() + "-" + group.getMaxGrade();
    }

    private static String tutorNoun(Group group) {
        return group.getCertification() != null || group.getTrack().isCertifiedTutorsOnly()
                ? "certified tutor"
                : "tutor";
    }

    private static String noStartInWindow(Group group) {
        if (group.getTrack().getWindows().isEmpty()) {
            return "no start fits: track " + group.getTrack().getId() + " has no windows";
        }
        return "no start on track " + group.getTrack().getId() + "'s "
                + group.getTrack().getGranularityMinutes() + "-minute grid lets a " + group.getSessionMinutes()
                + "-minute session fit in one of its windows";
    }

    /** Each object's first unavailable minute at the start where it is unavailable for the fewest minutes. */
    private <T> String unavailability(
            List<T> objects,
            Function<T, String> id,
            Function<T, IntervalSet> availability,
            List<Integer> starts,
            int length) {
        List<String> parts = new ArrayList<>();
        for (T object : objects) {
            IntervalSet available = availability.apply(object);
            if (available.isEmpty()) {
                parts.add(id.apply(object) + " is unavailable all week");
                continue;
            }
            int best = starts.getFirst();
            int fewest = Integer.MAX_VALUE;
            for (int start : starts) {
                int uncovered = available.uncoveredMinutes(start, start + length);
                if (uncovered < fewest) {
                    fewest = uncovered;
                    best = start;
                }
            }
            if (fewest == length) {
                parts.add(id.apply(object) + " is unavailable at every start");
            } else {
                parts.add(id.apply(object) + " is unavailable from "
                        + clock.describe(available.firstUncoveredMinute(best, best + length)));
            }
        }
        return namedTexts(parts);
    }

    private String noFeatures(Group group, List<Venue> seating) {
        List<String> needed = group.getRequiredFeatures().stream().sorted().toList();
        List<String> lacking = seating.stream()
                .map(venue -> venue.getId() + " lacks "
                        + needed.stream()
                                .filter(feature -> !venue.getFeatures().contains(feature))
                                .collect(Collectors.joining(", ")))
                .toList();
        return "no venue that holds " + students(group.getSize()) + " has every feature the group needs ("
                + String.join(", ", needed) + "): " + namedTexts(lacking);
    }

    private String noTutorAtVenueSites(Group group, List<Tutor> qualified, List<Venue> placed) {
        List<String> workplaces = qualified.stream()
                .map(tutor -> tutor.getId() + " works at " + siteIds(tutor.getSites()))
                .toList();
        return "no " + tutorNoun(group) + " works at the site of a suitable venue: suitable venues lie at "
                + venueSites(placed) + "; " + namedTexts(workplaces);
    }

    private String noVenueAvailable(Group group, List<Tutor> siteTutors, List<Venue> placed, List<Integer> starts) {
        boolean tutorsWorkEverywhere = !hard.contains(Rule.TUTOR_SITE)
                || siteTutors.stream().allMatch(tutor -> tutor.getSites().isEmpty());
        String when = tutorsWorkEverywhere
                ? "when a " + tutorNoun(group) + " is: "
                : "when a " + tutorNoun(group) + " who works at its site is: ";
        return "no suitable venue is available " + when
                + unavailability(placed, Venue::getId, Venue::getAvailability, starts, group.getSessionMinutes());
    }

    private static String students(int count) {
        return count == 1 ? "1 student" : count + " students";
    }

    private String schoolClash(Group group, int start, int length) {
        List<Student> busy = BusyProfile.busyStudents(group.getStudents(), start, start + length);
        String example = busy.isEmpty()
                ? ""
                : " (at " + clock.describe(start) + ", " + named(busy, Student::getId) + " at school)";
        return "every start clashes with a student's school time" + example;
    }

    private String spans(IntervalSet intervals) {
        List<String> spans = intervals.intervals().stream()
                .map(interval -> clock.describe(interval.start()) + "-" + WeekClock.endTimeOfDay(interval.end()))
                .toList();
        return namedTexts(spans);
    }

    private static String siteIds(Set<Site> sites) {
        return sites.isEmpty()
                ? "every site"
                : sites.stream().map(Site::getId).sorted().collect(Collectors.joining(", "));
    }

    private static String venueSites(List<Venue> venues) {
        Map<String, List<String>> venuesBySite = new LinkedHashMap<>();
        for (Venue venue : venues) {
            String site = venue.getSite() == null ? "no site" : venue.getSite().getId();
            venuesBySite.computeIfAbsent(site, ignored -> new ArrayList<>()).add(venue.getId());
        }
        return venuesBySite.entrySet().stream()
                .map(entry -> entry.getKey() + " (" + namedTexts(entry.getValue()) + ")")
                .collect(Collectors.joining(", "));
    }

    // ************************************************************************
    // Checks against the other sessions
    // ************************************************************************

    /** The tutors' limits, then the other sessions' claims on tutors, venues and students, start by start. */
    private Reason placement(Session session, Candidates candidates) {
        Group group = session.getGroup();
        int length = group.getSessionMinutes();
        boolean withinDailyLimit = false;
        boolean withinWeeklyLimit = false;
        Map<Tutor, int[]> leastDailyLoad = new LinkedHashMap<>();
        Map<Tutor, Integer> weeklyLoad = new LinkedHashMap<>();
        Taken taken = new Taken();

        for (int start : candidates.starts()) {
            int end = start + length;
            List<Venue> venuesThen = availableVenues(candidates.venues(), start, length);
            VenueSites sitesThen = VenueSites.of(venuesThen);
            List<Tutor> tutorsThen = availableTutors(candidates.tutors(), start, length).stream()
                    .filter(tutor -> sitesThen.suit(tutor, hard.contains(Rule.TUTOR_SITE)))
                    .toList();
            List<Tutor> withinDay = new ArrayList<>();
            for (Tutor tutor : tutorsThen) {
                if (fitsDailyLimit(session, tutor, start, leastDailyLoad)) {
                    withinDay.add(tutor);
                }
            }
            withinDailyLimit |= !withinDay.isEmpty();
            List<Tutor> withinWeek = new ArrayList<>();
            for (Tutor tutor : withinDay) {
                if (fitsWeeklyLimit(session, tutor, weeklyLoad)) {
                    withinWeek.add(tutor);
                }
            }
            if (withinWeek.isEmpty()) {
                continue;
            }
            withinWeeklyLimit = true;

            Session studentClash = hard.contains(Rule.STUDENT_CONFLICT) ? cohortClash(session, start, end) : null;
            if (studentClash != null) {
                taken.studentsBusy(start, studentClash);
                continue;
            }
            List<Tutor> freeTutors = hard.contains(Rule.TUTOR_CONFLICT)
                    ? withinWeek.stream()
                            .filter(tutor -> !tutorBusy.isBusy(tutor, start, end, session))
                            .toList()
                    : withinWeek;
            if (freeTutors.isEmpty()) {
                taken.tutorsBusy(start, tutorBusy.overlapping(withinWeek.getFirst(), start, end, session));
                continue;
            }
            List<Venue> freeVenues = hard.contains(Rule.VENUE_CONFLICT)
                    ? venuesThen.stream()
                            .filter(venue -> !venueBusy.isBusy(venue, start, end, session))
                            .toList()
                    : venuesThen;
            if (freeVenues.isEmpty()) {
                taken.venuesBusy(start, venueBusy.overlapping(venuesThen.getFirst(), start, end, session));
                continue;
            }
            boolean anySuits = false;
            for (Tutor tutor : freeTutors) {
                for (Venue venue : freeVenues) {
                    if (!suits(tutor, venue)) {
                        continue;
                    }
                    anySuits = true;
                    if (canTravel(session, tutor, venue.getSite(), start, end)) {
                        return new Reason(
                                ReasonCode.NOT_YET_PLACED,
                                "not yet placed: " + clock.describe(start) + " with " + tutor.getId() + " in "
                                        + venue.getId() + " is free; the solver stopped before placing the session");
                    }
                }
            }
            if (anySuits) {
                taken.noTimeToTravel(start, freeTutors.getFirst());
            } else {
                taken.noFreeVenueAtTheirSites(start, freeTutors.getFirst());
            }
        }

        if (!withinDailyLimit) {
            List<String> loads = leastDailyLoad.entrySet().stream()
                    .map(entry -> entry.getKey().getId() + " already teaches " + entry.getValue()[1] + " of "
                            + entry.getKey().getMaxMinutesPerDay() + " minutes on " + weekday(entry.getValue()[0]))
                    .toList();
            return new Reason(
                    ReasonCode.DAILY_LIMIT,
                    "every start would take a " + tutorNoun(group) + " over their daily limit with this " + length
                            + "-minute session: " + namedTexts(loads));
        }
        if (!withinWeeklyLimit) {
            List<String> loads = weeklyLoad.entrySet().stream()
                    .map(entry -> entry.getKey().getId() + " already teaches " + entry.getValue() + " of "
                            + entry.getKey().getMaxMinutesPerWeek() + " minutes this week")
                    .toList();
            return new Reason(
                    ReasonCode.WEEKLY_LIMIT,
                    "every start would take a " + tutorNoun(group) + " over their weekly limit with this " + length
                            + "-minute session: " + namedTexts(loads));
        }
        return new Reason(ReasonCode.TAKEN, taken.describe());
    }

    /** Whether the tutor stays within their daily limit; remembers each tutor's least loaded candidate day. */
    private boolean fitsDailyLimit(Session session, Tutor tutor, int start, Map<Tutor, int[]> leastDailyLoad) {
        Integer limit = tutor.getMaxMinutesPerDay();
        if (!hard.contains(Rule.TUTOR_DAILY_LIMIT) || limit == null) {
            return true;
        }
        int day = WeekClock.day(start);
        int load = tutorBusy.minutesOnDay(tutor, day, session);
        int[] least = leastDailyLoad.get(tutor);
        if (least == null || load < least[1]) {
            leastDailyLoad.put(tutor, new int[] {day, load});
        }
        return load + session.getLength() <= limit;
    }

    private boolean fitsWeeklyLimit(Session session, Tutor tutor, Map<Tutor, Integer> weeklyLoad) {
        Integer limit = tutor.getMaxMinutesPerWeek();
        if (!hard.contains(Rule.TUTOR_WEEKLY_LIMIT) || limit == null) {
            return true;
        }
        int load = weeklyLoad.computeIfAbsent(tutor, key -> tutorBusy.minutesInWeek(key, session));
        return load + session.getLength() <= limit;
    }

    private Session cohortClash(Session session, int start, int end) {
        for (Cohort cohort : session.getGroup().getCohorts()) {
            Session other = cohortBusy.overlapping(cohort, start, end, session);
            if (other != null) {
                return other;
            }
        }
        return null;
    }

    /** Whether the tutor can come from their previous session and get to their next one that day in time. */
    private boolean canTravel(Session session, Tutor tutor, Site site, int start, int end) {
        if (!hard.contains(Rule.TUTOR_TRAVEL_TIME) || site == null) {
            return true;
        }
        Session previous = tutorBusy.previousOnDay(tutor, start, session);
        if (previous != null && tooFar(previous.getSite(), site, start - previous.getEnd())) {
            return false;
        }
        Session next = tutorBusy.nextOnDay(tutor, start, session);
        return next == null || !tooFar(site, next.getSite(), next.getStart() - end);
    }

    private static boolean tooFar(Site from, Site to, int gapMinutes) {
        return from != null && to != null && from != to && gapMinutes >= 0 && from.travelMinutesTo(to) > gapMinutes;
    }

    /** Counts why each start is taken, and keeps the first example. */
    private final class Taken {
        private int studentsBusy;
        private int tutorsBusy;
        private int venuesBusy;
        private int noTimeToTravel;
        private int noFreeVenueAtTheirSites;
        private String example;

        void studentsBusy(int start, Session other) {
            studentsBusy++;
            example(start, "students of the group attend " + other.getId());
        }

        void tutorsBusy(int start, Session other) {
            tutorsBusy++;
            example(
                    start,
                    other == null ? "every tutor is busy" : other.getTutor().getId() + " teaches " + other.getId());
        }

        void venuesBusy(int start, Session other) {
            venuesBusy++;
            example(
                    start,
                    other == null ? "every venue is busy" : other.getVenue().getId() + " holds " + other.getId());
        }

        void noTimeToTravel(int start, Tutor tutor) {
            noTimeToTravel++;
            example(start, tutor.getId() + " has no time to travel to a free venue");
        }

        void noFreeVenueAtTheirSites(int start, Tutor tutor) {
            noFreeVenueAtTheirSites++;
            example(start, "no free venue lies at a site where " + tutor.getId() + " works");
        }

        private void example(int start, String text) {
            if (example == null) {
                example = "at " + clock.describe(start) + ", " + text;
            }
        }

        String describe() {
            List<String> counts = new ArrayList<>();
            if (studentsBusy > 0) {
                counts.add("students busy at " + studentsBusy + " start(s)");
            }
            if (tutorsBusy > 0) {
                counts.add("every tutor busy at " + tutorsBusy);
            }
            if (venuesBusy > 0) {
                counts.add("every venue busy at " + venuesBusy);
            }
            if (noTimeToTravel > 0) {
                counts.add("no time to travel at " + noTimeToTravel);
            }
            if (noFreeVenueAtTheirSites > 0) {
                counts.add("no free venue at a free tutor's sites at " + noFreeVenueAtTheirSites);
            }
            return "possible, but every candidate is taken by other sessions (" + String.join(", ", counts)
                    + "); for example, " + example;
        }
    }

    // ************************************************************************
    // Helpers
    // ************************************************************************

    private List<Tutor> availableTutors(List<Tutor> candidates, int start, int length) {
        if (!hard.contains(Rule.TUTOR_AVAILABILITY)) {
            return candidates;
        }
        return candidates.stream()
                .filter(tutor -> tutor.getAvailability().covers(start, start + length))
                .toList();
    }

    private List<Venue> availableVenues(List<Venue> candidates, int start, int length) {
        if (!hard.contains(Rule.VENUE_AVAILABILITY)) {
            return candidates;
        }
        return candidates.stream()
                .filter(venue -> venue.getAvailability().covers(start, start + length))
                .toList();
    }

    /** Whether the tutor may teach in the venue, as far as the tutor's sites go. */
    private boolean suits(Tutor tutor, Venue venue) {
        return !hard.contains(Rule.TUTOR_SITE) || tutor.worksAt(venue.getSite());
    }

    /** Whether some tutor of the list may teach in some venue of the list. */
    private boolean anyPair(List<Tutor> tutorsThen, List<Venue> venuesThen) {
        if (tutorsThen.isEmpty() || venuesThen.isEmpty()) {
            return false;
        }
        VenueSites sites = VenueSites.of(venuesThen);
        return tutorsThen.stream().anyMatch(tutor -> sites.suit(tutor, hard.contains(Rule.TUTOR_SITE)));
    }

    /** The sites of a list of venues, so that "does some venue suit this tutor?" costs one look per site. */
    private record VenueSites(Set<Site> sites, boolean anyWithoutSite) {

        static VenueSites of(List<Venue> venues) {
            Set<Site> sites = new HashSet<>();
            boolean anyWithoutSite = false;
            for (Venue venue : venues) {
                if (venue.getSite() == null) {
                    anyWithoutSite = true;
                } else {
                    sites.add(venue.getSite());
                }
            }
            return new VenueSites(sites, anyWithoutSite);
        }

        /** Whether some venue of the list suits the tutor; with {@code checkTutorSite} off, any venue does. */
        boolean suit(Tutor tutor, boolean checkTutorSite) {
            if (sites.isEmpty() && !anyWithoutSite) {
                return false;
            }
            if (!checkTutorSite || anyWithoutSite || tutor.getSites().isEmpty()) {
                return true;
            }
            return tutor.getSites().stream().anyMatch(sites::contains);
        }
    }

    private String weekday(int day) {
        return clock.describe(day * WeekClock.MINUTES_PER_DAY).substring(0, 3);
    }

    private static <T> String named(List<T> objects, Function<T, String> id) {
        return namedTexts(objects.stream().map(id).toList());
    }

    /** The first few texts, then how many more there are. */
    private static String namedTexts(List<String> texts) {
        if (texts.size() <= NAMED) {
            return String.join(", ", texts);
        }
        return String.join(", ", texts.subList(0, NAMED)) + " and " + (texts.size() - NAMED) + " more";
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
