package org.linli.solver.rules;

import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.countDistinct;
import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.loadBalance;
import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.sum;
import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.toList;

import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;
import ai.timefold.solver.core.api.score.stream.Joiners;
import ai.timefold.solver.core.api.score.stream.tri.TriConstraintStream;
import ai.timefold.solver.core.api.score.stream.uni.UniConstraintStream;
import java.util.List;
import java.util.Map;
import org.linli.solver.domain.BusyProfile;
import org.linli.solver.domain.Cohort;
import org.linli.solver.domain.CohortMembership;
import org.linli.solver.domain.PlanSettings;
import org.linli.solver.domain.RepairClock;
import org.linli.solver.domain.Session;
import org.linli.solver.domain.Tutor;

/**
 * The rules of a weekly plan, one method each, named after the rule. Hard rules keep a plan possible, the medium rule
 * assigns as much as it can, and soft rules make it pleasant and cheap. Every rule checks the values it reads, so a
 * pinned or imported value that breaks a rule is reported, never trusted. Weights are the defaults in {@link Rule};
 * a plan may override any of them.
 */
public final class LinliConstraintProvider implements ConstraintProvider {

    @Override
    public Constraint[] defineConstraints(ConstraintFactory factory) {
        return new Constraint[] {
            tutorConflict(factory),
            tutorTravelTime(factory),
            venueConflict(factory),
            studentConflict(factory),
            schoolTime(factory),
            trackWindow(factory),
            tutorAvailability(factory),
            venueAvailability(factory),
            groupBlockedTime(factory),
            tutorCertification(factory),
            fixedTutor(factory),
            tutorSite(factory),
            groupSite(factory),
            venueCapacity(factory),
            venueFeatures(factory),
            tutorDailyLimit(factory),
            tutorWeeklyLimit(factory),
            unassignedSession(factory),
            minimumDays(factory),
            tutorStability(factory),
            venueStability(factory),
            isolatedSession(factory),
            studentIdleTime(factory),
            tutorTravel(factory),
            partnerQuota(factory),
            partnerCost(factory),
            tutorLoadBalance(factory),
            publishedPlanChange(factory)
        };
    }

    // ************************************************************************
    // Streams the rules share
    // ************************************************************************

    private static UniConstraintStream<Session> timedWithTutor(ConstraintFactory factory) {
        return factory.forEachIncludingUnassigned(Session.class)
                .filter(session -> session.getStart() != null && session.getTutor() != null);
    }

    private static UniConstraintStream<Session> timedWithVenue(ConstraintFactory factory) {
        return factory.forEachIncludingUnassigned(Session.class)
                .filter(session -> session.getStart() != null && session.getVenue() != null);
    }

    private static UniConstraintStream<Session> timed(ConstraintFactory factory) {
        return factory.forEachIncludingUnassigned(Session.class).filter(Session::hasStart);
    }

    private static UniConstraintStream<Session> withTutor(ConstraintFactory factory) {
        return factory.forEachIncludingUnassigned(Session.class).filter(session -> session.getTutor() != null);
    }

    private static UniConstraintStream<Session> withVenue(ConstraintFactory factory) {
        return factory.forEachIncludingUnassigned(Session.class).filter(session -> session.getVenue() != null);
    }

    /** Each cohort's timed sessions on each day: (cohort, day, sessions). */
    private static TriConstraintStream<Cohort, Integer, List<Session>> cohortDays(ConstraintFactory factory) {
        return timed(factory)
                .join(CohortMembership.class, Joiners.equal(Session::getGroup, CohortMembership::group))
                .groupBy(
                        (session, membership) -> membership.cohort(),
                        (session, membership) -> session.getDay(),
                        toList((session, membership) -> session));
    }

    /** Each tutor's timed sessions on each day: (tutor, day, sessions). */
    private static TriConstraintStream<Tutor, Integer, List<Session>> tutorDays(ConstraintFactory factory) {
        return timedWithTutor(factory).groupBy(Session::getTutor, Session::getDay, toList());
    }

    // ************************************************************************
    // Hard rules
    // ************************************************************************

    /** A tutor teaches one session at a time. */
    Constraint tutorConflict(ConstraintFactory factory) {
        return timedWithTutor(factory)
                .join(
                        timedWithTutor(factory),
                        Joiners.lessThan(Session::getId),
                        Joiners.equal(Session::getTutor),
                        Joiners.overlapping(Session::getStart, Session::getEnd))
                .penalize(Rule.TUTOR_CONFLICT.defaultWeight(), Session::overlapMinutes)
                .justifyWith((first, second, score) ->
                        new Violations.TutorConflict(first.getTutor(), first, second, first.overlapMinutes(second)))
                .asConstraint(Rule.TUTOR_CONFLICT.title());
    }

    /** A tutor's consecutive sessions at different sites leave time to travel between them. */
    Constraint tutorTravelTime(ConstraintFactory factory) {
        return tutorDays(factory)
                .filter((tutor, day, sessions) -> DayLists.travelShortfallMinutes(sessions) > 0)
                .penalize(
                        Rule.TUTOR_TRAVEL_TIME.defaultWeight(),
                        (tutor, day, sessions) -> DayLists.travelShortfallMinutes(sessions))
                .justifyWith((tutor, day, sessions, score) -> {
                    DayLists.Leg leg = DayLists.legs(sessions).stream()
                            .filter(candidate -> candidate.shortfallMinutes() > 0)
                            .findFirst()
                            .orElseThrow();
                    return new Violations.TutorTravelTime(
                            tutor,
                            leg.from(),
                            leg.to(),
                            leg.from().getSite(),
                            leg.to().getSite(),
                            leg.travelMinutes(),
                            leg.gapMinutes());
                })
                .asConstraint(Rule.TUTOR_TRAVEL_TIME.title());
    }

    /** A venue holds one session at a time. */
    Constraint venueConflict(ConstraintFactory factory) {
        return timedWithVenue(factory)
                .join(
                        timedWithVenue(factory),
                        Joiners.lessThan(Session::getId),
                        Joiners.equal(Session::getVenue),
                        Joiners.overlapping(Session::getStart, Session::getEnd))
                .penalize(Rule.VENUE_CONFLICT.defaultWeight(), Session::overlapMinutes)
                .justifyWith((first, second, score) ->
                        new Violations.VenueConflict(first.getVenue(), first, second, first.overlapMinutes(second)))
                .asConstraint(Rule.VENUE_CONFLICT.title());
    }

    /** A student attends one session at a time; each cohort counts once per student it stands for. */
    Constraint studentConflict(ConstraintFactory factory) {
        return cohortDays(factory)
                .filter((cohort, day, sessions) -> DayLists.pairwiseOverlapMinutes(sessions) > 0)
                .penalize(
                        Rule.STUDENT_CONFLICT.defaultWeight(),
                        (cohort, day, sessions) -> cohort.getSize() * DayLists.pairwiseOverlapMinutes(sessions))
                .justifyWith((cohort, day, sessions, score) -> new Violations.StudentConflict(
                        cohort, DayLists.overlappingSessions(sessions), DayLists.pairwiseOverlapMinutes(sessions)))
                .asConstraint(Rule.STUDENT_CONFLICT.title());
    }

    /** A session lies outside every one of its students' school timetables. */
    Constraint schoolTime(ConstraintFactory factory) {
        return timed(factory)
                .filter(session -> schoolMinutes(session) > 0)
                .penalize(Rule.SCHOOL_TIME.defaultWeight(), LinliConstraintProvider::schoolMinutes)
                .justifyWith((session, score) -> new Violations.SchoolTime(
                        session,
                        BusyProfile.busyStudents(
                                session.getGroup().getStudents(), session.getStart(), session.getEnd()),
                        schoolMinutes(session)))
                .asConstraint(Rule.SCHOOL_TIME.title());
    }

    private static long schoolMinutes(Session session) {
        return session.getGroup().getBusyProfile().studentMinutes(session.getStart(), session.getEnd());
    }

    /** A session lies inside its track's daily windows. */
    Constraint trackWindow(ConstraintFactory factory) {
        return timed(factory)
                .filter(session -> trackMinutesOutside(session) > 0)
                .penalize(Rule.TRACK_WINDOW.defaultWeight(), LinliConstraintProvider::trackMinutesOutside)
                .justifyWith((session, score) -> new Violations.TrackWindow(session, trackMinutesOutside(session)))
                .asConstraint(Rule.TRACK_WINDOW.title());
    }

    private static int trackMinutesOutside(Session session) {
        return session.getGroup().getTrack().getWindows().uncoveredMinutes(session.getStart(), session.getEnd());
    }

    /** A session lies inside its tutor's availability. */
    Constraint tutorAvailability(ConstraintFactory factory) {
        return timedWithTutor(factory)
                .filter(session -> tutorMinutesOutside(session) > 0)
                .penalize(Rule.TUTOR_AVAILABILITY.defaultWeight(), LinliConstraintProvider::tutorMinutesOutside)
                .justifyWith((session, score) -> new Violations.TutorAvailability(
                        session,
                        session.getTutor(),
                        tutorMinutesOutside(session),
                        session.getTutor()
                                .getAvailability()
                                .firstUncoveredMinute(session.getStart(), session.getEnd())))
                .asConstraint(Rule.TUTOR_AVAILABILITY.title());
    }

    private static int tutorMinutesOutside(Session session) {
        return session.getTutor().getAvailability().uncoveredMinutes(session.getStart(), session.getEnd());
    }

    /** A session lies inside its venue's availability and outside its closures. */
    Constraint venueAvailability(ConstraintFactory factory) {
        return timedWithVenue(factory)
                .filter(session -> venueMinutesOutside(session) > 0)
                .penalize(Rule.VENUE_AVAILABILITY.defaultWeight(), LinliConstraintProvider::venueMinutesOutside)
                .justifyWith((session, score) -> new Violations.VenueAvailability(
                        session,
                        session.getVenue(),
                        venueMinutesOutside(session),
                        session.getVenue()
                                .getAvailability()
                                .firstUncoveredMinute(session.getStart(), session.getEnd())))
                .asConstraint(Rule.VENUE_AVAILABILITY.title());
    }

    private static int venueMinutesOutside(Session session) {
        return session.getVenue().getAvailability().uncoveredMinutes(session.getStart(), session.getEnd());
    }

    /** A session avoids its group's blocked times. */
    Constraint groupBlockedTime(ConstraintFactory factory) {
        return timed(factory)
                .filter(session -> blockedMinutes(session) > 0)
                .penalize(Rule.GROUP_BLOCKED_TIME.defaultWeight(), LinliConstraintProvider::blockedMinutes)
                .justifyWith((session, score) -> new Violations.GroupBlockedTime(session, blockedMinutes(session)))
                .asConstraint(Rule.GROUP_BLOCKED_TIME.title());
    }

    private static int blockedMinutes(Session session) {
        return session.getGroup().getBlockedTimes().overlapMinutes(session.getStart(), session.getEnd());
    }

    /** The tutor holds the group's certification for its grade band, and is certified on a certified-only track. */
    Constraint tutorCertification(ConstraintFactory factory) {
        return withTutor(factory)
                .filter(session -> !session.getTutor().isQualifiedFor(session.getGroup()))
                .penalize(Rule.TUTOR_CERTIFICATION.defaultWeight())
                .justifyWith((session, score) -> new Violations.TutorCertification(session, session.getTutor()))
                .asConstraint(Rule.TUTOR_CERTIFICATION.title());
    }

    /** A group with a fixed tutor gets that tutor. */
    Constraint fixedTutor(ConstraintFactory factory) {
        return withTutor(factory)
                .filter(session -> session.getGroup().getFixedTutor() != null
                        && session.getGroup().getFixedTutor() != session.getTutor())
                .penalize(Rule.FIXED_TUTOR.defaultWeight())
                .justifyWith((session, score) -> new Violations.FixedTutor(session, session.getTutor()))
                .asConstraint(Rule.FIXED_TUTOR.title());
    }

    /** A tutor teaches only at the sites they work at. */
    Constraint tutorSite(ConstraintFactory factory) {
        return withTutor(factory)
                .filter(session -> session.getVenue() != null
                        && !session.getTutor().worksAt(session.getVenue().getSite()))
                .penalize(Rule.TUTOR_SITE.defaultWeight())
                .justifyWith((session, score) -> new Violations.TutorSite(
                        session, session.getTutor(), session.getVenue().getSite()))
                .asConstraint(Rule.TUTOR_SITE.title());
    }

    /** A group meets only at its allowed sites. */
    Constraint groupSite(ConstraintFactory factory) {
        return withVenue(factory)
                .filter(session ->
                        !session.getGroup().meetsAt(session.getVenue().getSite()))
                .penalize(Rule.GROUP_SITE.defaultWeight())
                .justifyWith((session, score) -> new Violations.GroupSite(session, session.getVenue()))
                .asConstraint(Rule.GROUP_SITE.title());
    }

    /** The venue seats the whole group. */
    Constraint venueCapacity(ConstraintFactory factory) {
        return withVenue(factory)
                .filter(session -> seatsShort(session) > 0)
                .penalize(Rule.VENUE_CAPACITY.defaultWeight(), LinliConstraintProvider::seatsShort)
                .justifyWith((session, score) ->
                        new Violations.VenueCapacity(session, session.getVenue(), seatsShort(session)))
                .asConstraint(Rule.VENUE_CAPACITY.title());
    }

    private static int seatsShort(Session session) {
        return Math.max(0, session.getGroup().getSize() - session.getVenue().getCapacity());
    }

    /** The venue has every feature the group needs. */
    Constraint venueFeatures(ConstraintFactory factory) {
        return withVenue(factory)
                .filter(session -> !missingFeatures(session).isEmpty())
                .penalize(
                        Rule.VENUE_FEATURES.defaultWeight(),
                        session -> missingFeatures(session).size())
                .justifyWith((session, score) ->
                        new Violations.VenueFeatures(session, session.getVenue(), missingFeatures(session)))
                .asConstraint(Rule.VENUE_FEATURES.title());
    }

    private static List<String> missingFeatures(Session session) {
        if (session.getGroup().getRequiredFeatures().isEmpty()) {
            return List.of();
        }
        return session.getGroup().getRequiredFeatures().stream()
                .filter(feature -> !session.getVenue().getFeatures().contains(feature))
                .sorted()
                .toList();
    }

    /** A tutor teaches at most their maximum minutes a day; pinned sessions count too. */
    Constraint tutorDailyLimit(ConstraintFactory factory) {
        return timedWithTutor(factory)
                .filter(session -> session.getTutor().getMaxMinutesPerDay() != null)
                .groupBy(Session::getTutor, Session::getDay, sum(Session::getLength), toList())
                .filter((tutor, day, minutes, sessions) -> minutes > tutor.getMaxMinutesPerDay())
                .penalize(
                        Rule.TUTOR_DAILY_LIMIT.defaultWeight(),
                        (tutor, day, minutes, sessions) -> minutes - tutor.getMaxMinutesPerDay())
                .justifyWith((tutor, day, minutes, sessions, score) ->
                        new Violations.TutorDailyLimit(tutor, day, minutes, DayLists.sorted(sessions)))
                .asConstraint(Rule.TUTOR_DAILY_LIMIT.title());
    }

    /** A tutor teaches at most their maximum minutes a week; pinned sessions count too. */
    Constraint tutorWeeklyLimit(ConstraintFactory factory) {
        return timedWithTutor(factory)
                .filter(session -> session.getTutor().getMaxMinutesPerWeek() != null)
                .groupBy(Session::getTutor, sum(Session::getLength), toList())
                .filter((tutor, minutes, sessions) -> minutes > tutor.getMaxMinutesPerWeek())
                .penalize(
                        Rule.TUTOR_WEEKLY_LIMIT.defaultWeight(),
                        (tutor, minutes, sessions) -> minutes - tutor.getMaxMinutesPerWeek())
                .justifyWith((tutor, minutes, sessions, score) ->
                        new Violations.TutorWeeklyLimit(tutor, minutes, DayLists.sorted(sessions)))
                .asConstraint(Rule.TUTOR_WEEKLY_LIMIT.title());
    }

    // ************************************************************************
    // Medium rule
    // ************************************************************************

    /** Every session gets a start, a tutor and a venue; a higher-priority group's sessions count more. */
    Constraint unassignedSession(ConstraintFactory factory) {
        return factory.forEachIncludingUnassigned(Session.class)
                .filter(session -> session.getMissingValueCount() > 0)
                .penalize(
                        Rule.UNASSIGNED_SESSION.defaultWeight(),
                        session -> session.getMissingValueCount()
                                * session.getGroup().getPriority())
                .justifyWith((session, score) -> new Violations.UnassignedSession(session))
                .asConstraint(Rule.UNASSIGNED_SESSION.title());
    }

    // ************************************************************************
    // Soft rules
    // ************************************************************************

    /** A group's sessions spread over at least its minimum number of days. */
    Constraint minimumDays(ConstraintFactory factory) {
        return timed(factory)
                .filter(session -> session.getGroup().getMinDays() > 1)
                .groupBy(Session::getGroup, countDistinct(Session::getDay))
                .filter((group, days) -> days < group.getMinDays())
                .penalize(Rule.MINIMUM_DAYS.defaultWeight(), (group, days) -> group.getMinDays() - days)
                .justifyWith((group, days, score) -> new Violations.MinimumDays(group, days))
                .asConstraint(Rule.MINIMUM_DAYS.title());
    }

    /** One tutor teaches all sessions of a group. */
    Constraint tutorStability(ConstraintFactory factory) {
        return withTutor(factory)
                .groupBy(Session::getGroup, countDistinct(Session::getTutor))
                .filter((group, tutors) -> tutors > 1)
                .penalize(Rule.TUTOR_STABILITY.defaultWeight(), (group, tutors) -> tutors - 1)
                .justifyWith((group, tutors, score) -> new Violations.TutorStability(group, tutors))
                .asConstraint(Rule.TUTOR_STABILITY.title());
    }

    /** All sessions of a group meet in one venue. */
    Constraint venueStability(ConstraintFactory factory) {
        return withVenue(factory)
                .groupBy(Session::getGroup, countDistinct(Session::getVenue))
                .filter((group, venues) -> venues > 1)
                .penalize(Rule.VENUE_STABILITY.defaultWeight(), (group, venues) -> venues - 1)
                .justifyWith((group, venues, score) -> new Violations.VenueStability(group, venues))
                .asConstraint(Rule.VENUE_STABILITY.title());
    }

    /** A student's session on a day is back to back with another of their sessions that day. */
    Constraint isolatedSession(ConstraintFactory factory) {
        return cohortDays(factory)
                .join(PlanSettings.class)
                .filter((cohort, day, sessions, settings) -> !DayLists.isolatedSessions(
                                sessions, settings.adjacentGapMinutes())
                        .isEmpty())
                .penalize(
                        Rule.ISOLATED_SESSION.defaultWeight(),
                        (cohort, day, sessions, settings) -> (long) cohort.getSize()
                                * DayLists.isolatedSessions(sessions, settings.adjacentGapMinutes())
                                        .size())
                .justifyWith((cohort, day, sessions, settings, score) -> new Violations.IsolatedSession(
                        cohort, DayLists.isolatedSessions(sessions, settings.adjacentGapMinutes())))
                .asConstraint(Rule.ISOLATED_SESSION.title());
    }

    /** A student waits no longer than the adjacent gap between two consecutive sessions of one track on a day. */
    Constraint studentIdleTime(ConstraintFactory factory) {
        return cohortDays(factory)
                .join(PlanSettings.class)
                .filter((cohort, day, sessions, settings) ->
                        DayLists.idleMinutes(sessions, settings.adjacentGapMinutes()) > 0)
                .penalize(
                        Rule.STUDENT_IDLE_TIME.defaultWeight(),
                        (cohort, day, sessions, settings) ->
                                cohort.getSize() * DayLists.idleMinutes(sessions, settings.adjacentGapMinutes()))
                .justifyWith((cohort, day, sessions, settings, score) -> new Violations.StudentIdleTime(
                        cohort, day, DayLists.idleMinutes(sessions, settings.adjacentGapMinutes())))
                .asConstraint(Rule.STUDENT_IDLE_TIME.title());
    }

    /** Tutors travel little between the sites of their consecutive sessions. */
    Constraint tutorTravel(ConstraintFactory factory) {
        return tutorDays(factory)
                .filter((tutor, day, sessions) -> DayLists.travelMinutes(sessions) > 0)
                .penalize(Rule.TUTOR_TRAVEL.defaultWeight(), (tutor, day, sessions) -> DayLists.travelMinutes(sessions))
                .justifyWith((tutor, day, sessions, score) ->
                        new Violations.TutorTravel(tutor, day, DayLists.travelMinutes(sessions)))
                .asConstraint(Rule.TUTOR_TRAVEL.title());
    }

    /** A partner venue is used within its weekly quota of minutes. */
    Constraint partnerQuota(ConstraintFactory factory) {
        return timedWithVenue(factory)
                .filter(session -> session.getVenue().getWeeklyQuotaMinutes() != null)
                .groupBy(Session::getVenue, sum(Session::getLength))
                .filter((venue, minutes) -> minutes > venue.getWeeklyQuotaMinutes())
                .penalize(
                        Rule.PARTNER_QUOTA.defaultWeight(), (venue, minutes) -> minutes - venue.getWeeklyQuotaMinutes())
                .justifyWith((venue, minutes, score) -> new Violations.PartnerQuota(venue, minutes))
                .asConstraint(Rule.PARTNER_QUOTA.title());
    }

    /** Partner venues that cost money are used sparingly. */
    Constraint partnerCost(ConstraintFactory factory) {
        return timedWithVenue(factory)
                .filter(session -> session.getVenue().getCostPerHour() > 0)
                .penalize(Rule.PARTNER_COST.defaultWeight(), LinliConstraintProvider::partnerCost)
                .justifyWith((session, score) ->
                        new Violations.PartnerCost(session, session.getVenue(), partnerCost(session)))
                .asConstraint(Rule.PARTNER_COST.title());
    }

    /** The cost of a session in its venue, in whole currency units, rounded up. */
    static long partnerCost(Session session) {
        return (long) Math.ceil(session.getVenue().getCostPerHour() * session.getLength() / 60.0);
    }

    /** Teaching minutes are spread fairly across the tutors who teach. */
    Constraint tutorLoadBalance(ConstraintFactory factory) {
        return timedWithTutor(factory)
                .groupBy(loadBalance(Session::getTutor, Session::getLength))
                .filter(balance -> balance.unfairness().signum() > 0)
                .penalize(
                        Rule.TUTOR_LOAD_BALANCE.defaultWeight(),
                        balance -> balance.unfairness().longValue())
                .justifyWith((balance, score) -> new Violations.TutorLoadBalance(
                        Map.copyOf(balance.loads()), balance.unfairness().longValue()))
                .asConstraint(Rule.TUTOR_LOAD_BALANCE.title());
    }

    // ************************************************************************
    // Repair rule
    // ************************************************************************

    /**
     * A repair keeps each session's published start, tutor and venue: every published value it changes counts,
     * times the proximity factor of the session's published start (see {@link RepairClock}). The default weight is
     * above what moving one session can gain on every other soft rule in a district-sized week (a few thousand at
     * most), so a repair moves a session only to fix a hard rule or to place a session (the medium level).
     * Sessions without a baseline never match, so plans that are not repairs are unaffected.
     */
    Constraint publishedPlanChange(ConstraintFactory factory) {
        return factory.forEachIncludingUnassigned(Session.class)
                .filter(session -> session.getBaselineChangeCount() > 0)
                .join(RepairClock.class)
                .penalize(
                        Rule.PUBLISHED_PLAN_CHANGE.defaultWeight(),
                        (session, clock) -> session.getBaselineChangeCount()
                                * clock.proximityFactor(session.getBaseline().start()))
                .justifyWith((session, clock, score) -> new Violations.PublishedPlanChange(
                        session,
                        session.getBaseline(),
                        clock.proximityFactor(session.getBaseline().start())))
                .asConstraint(Rule.PUBLISHED_PLAN_CHANGE.title());
    }
}
