package org.linli.api.cli;

import java.io.PrintWriter;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.linli.datasets.itc2007.ItcBestKnown;
import org.linli.datasets.itc2007.ItcCost;
import org.linli.datasets.itc2007.ItcInstance;
import org.linli.datasets.itc2007.ItcScorer;
import org.linli.datasets.itc2007.ItcSolution;
import org.linli.solver.domain.Session;
import org.linli.solver.domain.Site;
import org.linli.solver.domain.Track;
import org.linli.solver.domain.WeekClock;
import org.linli.solver.domain.WeeklyPlan;
import org.linli.solver.explain.PlanExplanation;
import org.linli.solver.explain.RuleTotal;
import org.linli.solver.explain.UnassignedSession;
import org.linli.solver.explain.ViolationDetail;
import org.linli.solver.metrics.UtilisationMetrics;
import org.linli.solver.solve.SolveOptions;
import org.linli.solver.solve.SolveResult;

/** Prints a solved plan for a planner: score, broken rules, unassigned sessions, utilisation and a timetable. */
final class SummaryPrinter {

    private static final int MESSAGES_PER_RULE = 3;
    private static final int UNASSIGNED_LISTED = 20;

    private final PrintWriter out;

    SummaryPrinter(PrintWriter out) {
        this.out = out;
    }

    void printHeader(String name, WeeklyPlan best, SolveResult result, SolveOptions options) {
        out.println();
        out.printf(
                "Solved %s in %.1f s (seed %d, %s), move evaluation speed %,d/s%n",
                name,
                result.millisSpent() / 1000.0,
                options.seed(),
                options.strategy().name().toLowerCase().replace('_', ' '),
                result.moveEvaluationSpeed());
        long placed =
                best.getSessions().stream().filter(Session::isFullyAssigned).count();
        out.printf(
                "Score: %s (%s)%n",
                best.getScore(),
                best.getScore().isFeasible() ? "feasible: no hard rule broken" : "INFEASIBLE: hard rules broken");
        out.printf("Sessions: %d of %d placed%n", placed, best.getSessions().size());
    }

    void printExplanation(PlanExplanation explanation) {
        out.println();
        List<RuleTotal> broken = explanation.ruleTotals().stream()
                .filter(total -> !total.level().equals("soft") && total.matchCount() > 0)
                .toList();
        if (broken.isEmpty()) {
            out.println("Broken hard and medium rules: none");
        } else {
            out.println("Broken hard and medium rules:");
            for (RuleTotal total : broken) {
                out.printf(
                        "  %-22s %-6s %4d x, impact %s%n",
                        total.rule(), total.level(), total.matchCount(), total.impact());
                explanation.violations().stream()
                        .filter(violation -> violation.rule().equals(total.rule()))
                        .limit(MESSAGES_PER_RULE)
                        .map(ViolationDetail::message)
                        .forEach(message -> out.println("      " + message));
            }
        }
        List<UnassignedSession> unassigned = explanation.unassigned();
        if (!unassigned.isEmpty()) {
            out.printf("Unassigned sessions (%d):%n", unassigned.size());
            unassigned.stream()
                    .limit(UNASSIGNED_LISTED)
                    .forEach(session -> out.printf(
                            "  %-24s no %-18s %s%n",
                            session.sessionId(), String.join("/", session.missing()), session.reason()));
            if (unassigned.size() > UNASSIGNED_LISTED) {
                out.printf(
                        "  ... and %d more (see the explanation in the solution)%n",
                        unassigned.size() - UNASSIGNED_LISTED);
            }
        }
        List<RuleTotal> soft = explanation.ruleTotals().stream()
                .filter(total -> total.level().equals("soft") && total.matchCount() > 0)
                .toList();
        if (!soft.isEmpty()) {
            out.println("Soft rules:");
            soft.forEach(total ->
                    out.printf("  %-22s %5d x, impact %s%n", total.rule(), total.matchCount(), total.impact()));
        }
    }

    void printMetrics(UtilisationMetrics metrics) {
        out.println();
        out.println("Utilisation:");
        out.printf(
                "  demand covered     %6.1f %%  (assigned session minutes / requested)%n",
                100 * metrics.demandCovered());
        out.printf(
                "  venue utilisation  %6.1f %%  (booked / available minutes in the track windows)%n",
                100 * metrics.venueUtilisation());
        out.printf(
                "  tutor utilisation  %6.1f %%  (teaching / available minutes in the track windows)%n",
                100 * metrics.tutorUtilisation());
        out.printf(
                "  seat fill          %6.1f %%  (students / seats of the venues booked)%n", 100 * metrics.seatFill());
        out.printf("  partner venues     %6.1f %%  of booked minutes%n", 100 * metrics.partnerVenueShare());
        out.printf("  tutor travel       %6d min%n", metrics.tutorTravelMinutes());
        out.printf(
                "  tutor load spread  %6.3f    (%s)%n",
                metrics.tutorLoadFairness(), "coefficient of variation of teaching minutes; 0 is even");
        out.printf("  student idle time  %6d student-minutes%n", metrics.studentIdleMinutes());
    }

    /** The timetable of one site, track by track, a line per session in time order. */
    void printTimetable(WeeklyPlan plan, String siteId) {
        Map<Site, List<Session>> sessionsBySite = plan.getSessions().stream()
                .filter(session -> session.getStart() != null && session.getVenue() != null)
                .collect(Collectors.groupingBy(
                        session -> session.getVenue().getSite() == null
                                ? NO_SITE
                                : session.getVenue().getSite(),
                        LinkedHashMap::new,
                        Collectors.toList()));
        if (sessionsBySite.isEmpty()) {
            out.println();
            out.println("Timetable: no session is placed.");
            return;
        }
        Site site = siteId == null
                ? sessionsBySite.entrySet().stream()
                        .max(Comparator.comparingInt((Map.Entry<Site, List<Session>> entry) ->
                                entry.getValue().size()))
                        .orElseThrow()
                        .getKey()
                : sessionsBySite.keySet().stream()
                        .filter(candidate -> candidate.getId().equals(siteId))
                        .findFirst()
                        .orElseThrow(() -> new BadInputException("No placed session at site (" + siteId + "); sites: "
                                + sessionsBySite.keySet().stream()
                                        .map(Site::getId)
                                        .collect(Collectors.joining(", "))
                                + "."));
        WeekClock clock = plan.getClock();
        for (Track track : plan.getTracks()) {
            List<Session> sessions = sessionsBySite.get(site).stream()
                    .filter(session -> session.getGroup().getTrack() == track)
                    .sorted(Comparator.comparingInt(Session::getStart)
                            .thenComparing(session -> session.getVenue().getId()))
                    .toList();
            if (sessions.isEmpty()) {
                continue;
            }
            out.println();
            out.printf(
                    "Timetable of site %s, track %s:%n", site == NO_SITE ? "(none)" : site.getName(), track.getName());
            int previousDay = -1;
            for (Session session : sessions) {
                String day = session.getDay() == previousDay
                        ? "   "
                        : clock.describe(session.getStart()).substring(0, 3);
                previousDay = session.getDay();
                out.printf(
                        "  %s %s-%s  %-28s %-16s %s%n",
                        day,
                        WeekClock.timeOfDay(session.getStart()),
                        WeekClock.endTimeOfDay(session.getEnd()),
                        session.getGroup().getName(),
                        session.getVenue().getName(),
                        session.getTutor() == null
                                ? "(no tutor)"
                                : session.getTutor().getName());
            }
        }
    }

    private static final Site NO_SITE = new Site("(none)");

    void printItcCost(String instanceKey, ItcInstance instance, ItcSolution solution) {
        ItcCost cost = ItcScorer.score(instance, solution);
        out.println();
        out.printf("Official ITC2007 cost of %s (%s):%n", instanceKey, instance.name());
        cost.toReport().lines().forEach(line -> out.println("  " + line));
        ItcBestKnown.of(instanceKey)
                .ifPresent(entry -> out.printf(
                        "  Best known cost %d; ITC2007 winner's average %d%n",
                        entry.bestKnown(), entry.itc2007WinnerAverage()));
    }
}
