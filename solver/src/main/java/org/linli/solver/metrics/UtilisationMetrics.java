package org.linli.solver.metrics;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.linli.solver.domain.Cohort;
import org.linli.solver.domain.Interval;
import org.linli.solver.domain.IntervalSet;
import org.linli.solver.domain.PlanSettings;
import org.linli.solver.domain.Session;
import org.linli.solver.domain.Site;
import org.linli.solver.domain.Track;
import org.linli.solver.domain.Tutor;
import org.linli.solver.domain.Venue;
import org.linli.solver.domain.WeekClock;
import org.linli.solver.domain.WeeklyPlan;
import org.linli.solver.rules.DayLists;

/**
 * How well a weekly plan uses its tutors, venues and the students' time: figures for planners and for comparing
 * solver runs, computed from the plan alone. A session is <em>booked</em> when it is fully assigned (start, tutor and
 * venue); the ratios below count booked sessions only, except the two figures that mirror a rule exactly.
 *
 * <p>A ratio whose denominator is zero is 0.0, except the share of demand covered, which is 1.0 when nothing is
 * requested (nothing is missing). All ratios lie between 0 and 1.
 *
 * @param sessions how many sessions the plan has
 * @param assigned how many of them are booked (fully assigned)
 * @param unassigned how many miss a start, a tutor or a venue ({@code sessions - assigned})
 * @param demandCovered the booked sessions' minutes divided by all sessions' minutes
 * @param venueUtilisation the venue-minutes in use divided by the venue-minutes available, both within the union of
 *     all tracks' windows: for each venue, its available minutes are its availability intersected with those windows,
 *     and its minutes in use are the union of its booked sessions' intervals within its available minutes (a minute
 *     double-booked counts once, a minute outside its availability not at all)
 * @param tutorUtilisation the same for tutors: the union of each tutor's booked sessions within the tutor's
 *     availability and the tracks' windows, divided by the tutor's availability within the tracks' windows, summed
 *     over tutors
 * @param seatFill over booked sessions, the students seated (the group's size, at most the venue's capacity) divided
 *     by the capacity of the venue, both summed over the sessions (a venue counts once per session it holds)
 * @param partnerVenueShare the minutes of booked sessions in partner venues divided by the minutes of all booked
 *     sessions
 * @param tutorTravelMinutes as the rule "Tutor travel" counts them: for each tutor and day, over the tutor's sessions
 *     with a start, sorted by start, the travel minutes between each two consecutive sessions that do not overlap and
 *     whose venues lie at two different sites
 * @param tutorLoadFairness the coefficient of variation (population standard deviation divided by mean) of booked
 *     teaching minutes across the tutors who teach at least one booked session; 0 for a perfectly even load and when
 *     fewer than two tutors teach
 * @param studentIdleMinutes as the rule "Student idle time" counts them, per student: for each cohort and day, over
 *     the cohort's sessions with a start, sorted by start, each pause between two consecutive sessions of one track
 *     that is longer than the plan's adjacent gap, multiplied by the number of students in the cohort
 * @param venueUtilisationBySite the venue utilisation of each site's venues, by site id in the plan's site order
 *     (venues without a site are left out)
 * @param demandCoveredByTrack the demand covered of each track's sessions, by track id in the plan's track order
 */
public record UtilisationMetrics(
        int sessions,
        int assigned,
        int unassigned,
        double demandCovered,
        double venueUtilisation,
        double tutorUtilisation,
        double seatFill,
        double partnerVenueShare,
        long tutorTravelMinutes,
        double tutorLoadFairness,
        long studentIdleMinutes,
        Map<String, Double> venueUtilisationBySite,
        Map<String, Double> demandCoveredByTrack) {

    private static final Comparator<Session> BY_START =
            Comparator.comparingInt(Session::getStart).thenComparing(Session::getId);

    public UtilisationMetrics {
        venueUtilisationBySite = Collections.unmodifiableMap(new LinkedHashMap<>(venueUtilisationBySite));
        demandCoveredByTrack = Collections.unmodifiableMap(new LinkedHashMap<>(demandCoveredByTrack));
    }

    public static UtilisationMetrics of(WeeklyPlan plan) {
        Objects.requireNonNull(plan, "plan");
        List<Session> all = orEmpty(plan.getSessions());
        List<Session> booked = all.stream().filter(Session::isFullyAssigned).toList();
        IntervalSet windows = trackWindows(orEmpty(plan.getTracks()));

        Map<Venue, List<Session>> byVenue = new HashMap<>();
        Map<Tutor, List<Session>> byTutor = new HashMap<>();
        for (Session session : booked) {
            byVenue.computeIfAbsent(session.getVenue(), ignored -> new ArrayList<>())
                    .add(session);
            byTutor.computeIfAbsent(session.getTutor(), ignored -> new ArrayList<>())
                    .add(session);
        }

        Minutes venueMinutes = new Minutes();
        Map<Site, Minutes> venueMinutesBySite = new LinkedHashMap<>();
        orEmpty(plan.getSites()).forEach(site -> venueMinutesBySite.put(site, new Minutes()));
        for (Venue venue : orEmpty(plan.getVenues())) {
            Minutes minutes = Minutes.of(venue.getAvailability(), windows, byVenue.getOrDefault(venue, List.of()));
            venueMinutes.add(minutes);
            if (venue.getSite() != null) {
                venueMinutesBySite
                        .computeIfAbsent(venue.getSite(), ignored -> new Minutes())
                        .add(minutes);
            }
        }
        Minutes tutorMinutes = new Minutes();
        for (Tutor tutor : orEmpty(plan.getTutors())) {
            tutorMinutes.add(Minutes.of(tutor.getAvailability(), windows, byTutor.getOrDefault(tutor, List.of())));
        }
        Map<String, Double> bySite = new LinkedHashMap<>();
        venueMinutesBySite.forEach((site, minutes) -> bySite.put(site.getId(), minutes.ratio()));

        return new UtilisationMetrics(
                all.size(),
                booked.size(),
                all.size() - booked.size(),
                demandCovered(all),
                venueMinutes.ratio(),
                tutorMinutes.ratio(),
                seatFill(booked),
                partnerVenueShare(booked),
                tutorTravelMinutes(all),
                tutorLoadFairness(byTutor),
                studentIdleMinutes(all, plan.getSettings() == null ? PlanSettings.DEFAULT : plan.getSettings()),
                bySite,
                demandCoveredByTrack(orEmpty(plan.getTracks()), all));
    }

    /** Available and used minutes of venues or tutors, added up. */
    private static final class Minutes {
        private long available;
        private long used;

        static Minutes of(IntervalSet availability, IntervalSet windows, List<Session> sessions) {
            IntervalSet open = availability.intersect(windows);
            IntervalSet busy = IntervalSet.of(sessions.stream()
                    .map(session -> new Interval(session.getStart(), session.getEnd()))
                    .toList());
            Minutes minutes = new Minutes();
            minutes.available = open.totalMinutes();
            minutes.used = busy.intersect(open).totalMinutes();
            return minutes;
        }

        void add(Minutes other) {
            available += other.available;
            used += other.used;
        }

        double ratio() {
            return ratioOrZero(used, available);
        }
    }

    private static IntervalSet trackWindows(List<Track> tracks) {
        List<Interval> intervals = new ArrayList<>();
        tracks.forEach(track -> intervals.addAll(track.getWindows().intervals()));
        return IntervalSet.of(intervals);
    }

    private static double demandCovered(List<Session> sessions) {
        long requested = 0;
        long covered = 0;
        for (Session session : sessions) {
            requested += session.getLength();
            if (session.isFullyAssigned()) {
                covered += session.getLength();
            }
        }
        return requested == 0 ? 1.0 : (double) covered / requested;
    }

    private static Map<String, Double> demandCoveredByTrack(List<Track> tracks, List<Session> sessions) {
        Map<Track, List<Session>> byTrack = new HashMap<>();
        for (Session session : sessions) {
            byTrack.computeIfAbsent(session.getGroup().getTrack(), ignored -> new ArrayList<>())
                    .add(session);
        }
        Map<String, Double> covered = new LinkedHashMap<>();
        for (Track track : tracks) {
            covered.put(track.getId(), demandCovered(byTrack.getOrDefault(track, List.of())));
        }
        return covered;
    }

    private static double seatFill(List<Session> booked) {
        long seated = 0;
        long capacity = 0;
        for (Session session : booked) {
            seated += Math.min(session.getGroup().getSize(), session.getVenue().getCapacity());
            capacity += session.getVenue().getCapacity();
        }
        return ratioOrZero(seated, capacity);
    }

    private static double partnerVenueShare(List<Session> booked) {
        long partner = 0;
        long total = 0;
        for (Session session : booked) {
            total += session.getLength();
            if (session.getVenue().isPartnerVenue()) {
                partner += session.getLength();
            }
        }
        return ratioOrZero(partner, total);
    }

    private static long tutorTravelMinutes(List<Session> sessions) {
        Map<Tutor, Map<Integer, List<Session>>> byTutorDay = new HashMap<>();
        for (Session session : sessions) {
            if (session.getStart() != null && session.getTutor() != null) {
                byTutorDay
                        .computeIfAbsent(session.getTutor(), ignored -> new HashMap<>())
                        .computeIfAbsent(session.getDay(), ignored -> new ArrayList<>())
                        .add(session);
            }
        }
        long travel = 0;
        for (Map<Integer, List<Session>> days : byTutorDay.values()) {
            for (List<Session> day : days.values()) {
                travel += DayLists.travelMinutes(day);
            }
        }
        return travel;
    }

    private static double tutorLoadFairness(Map<Tutor, List<Session>> byTutor) {
        if (byTutor.size() < 2) {
            return 0.0;
        }
        double[] loads = byTutor.values().stream()
                .mapToDouble(list -> list.stream().mapToInt(Session::getLength).sum())
                .toArray();
        double mean = 0;
        for (double load : loads) {
            mean += load;
        }
        mean /= loads.length;
        if (mean == 0) {
            return 0.0;
        }
        double variance = 0;
        for (double load : loads) {
            variance += (load - mean) * (load - mean);
        }
        variance /= loads.length;
        return Math.sqrt(variance) / mean;
    }

    private static long studentIdleMinutes(List<Session> sessions, PlanSettings settings) {
        Map<Cohort, Map<Integer, List<Session>>> byCohortDay = new HashMap<>();
        for (Session session : sessions) {
            if (session.getStart() == null) {
                continue;
            }
            for (Cohort cohort : session.getGroup().getCohorts()) {
                byCohortDay
                        .computeIfAbsent(cohort, ignored -> new HashMap<>())
                        .computeIfAbsent(WeekClock.day(session.getStart()), ignored -> new ArrayList<>())
                        .add(session);
            }
        }
        long idle = 0;
        for (Map.Entry<Cohort, Map<Integer, List<Session>>> entry : byCohortDay.entrySet()) {
            for (List<Session> day : entry.getValue().values()) {
                idle += entry.getKey().getSize() * DayLists.idleMinutes(day, settings.adjacentGapMinutes());
            }
        }
        return idle;
    }

    private static double ratioOrZero(long numerator, long denominator) {
        return denominator == 0 ? 0.0 : (double) numerator / denominator;
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
