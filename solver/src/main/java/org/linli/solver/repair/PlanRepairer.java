package org.linli.solver.repair;

import ai.timefold.solver.core.api.solver.Solver;
import ai.timefold.solver.core.api.solver.SolverFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.linli.solver.domain.Baseline;
import org.linli.solver.domain.Group;
import org.linli.solver.domain.Interval;
import org.linli.solver.domain.PlanPreparation;
import org.linli.solver.domain.RepairClock;
import org.linli.solver.domain.Session;
import org.linli.solver.domain.Site;
import org.linli.solver.domain.Student;
import org.linli.solver.domain.Tutor;
import org.linli.solver.domain.WeeklyPlan;
import org.linli.solver.solve.PlanSolver;
import org.linli.solver.solve.SolveOptions;
import org.linli.solver.solve.SolverStrategy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Repairs a published plan after disruptions with as few changes as it can. Sessions before now are pinned; every
 * other session gets its published values as its baseline, which the "Published plan change" rule charges to change,
 * the more so the sooner the session is. The sessions a disruption affects are emptied so that the construction
 * heuristic places only those, weighing every start, tutor and venue against their baseline; every other session
 * starts at its published values, so the search starts from the published plan. The local search may then move an
 * unaffected session when that is the only way to place an affected one: that takes a step that first makes the score
 * worse, which tabu search takes and late acceptance, starting from a local optimum, does not; see
 * {@link RepairSolverConfigs}.
 *
 * <p>A session is affected when its published values break a hard rule because of a disruption:
 *
 * <ul>
 *   <li>tutor absent: the session has that tutor and overlaps the absence;
 *   <li>venue closed: the session is in that venue and overlaps the closure;
 *   <li>venue withdrawn: the session is in that venue;
 *   <li>student joins: the venue no longer seats the group, or the session clashes with the child's school time or
 *       other sessions;
 *   <li>group added: its new sessions; group cancelled: its sessions from now on are removed;
 *   <li>student leaves: affects no session, though it changes the cohorts.
 * </ul>
 *
 * A session the published plan left incomplete may be completed too. A session a planner pinned stays pinned unless
 * a disruption affects it.
 */
public final class PlanRepairer {

    private static final Logger LOGGER = LoggerFactory.getLogger(PlanRepairer.class);

    private PlanRepairer() {}

    /**
     * Builds the repair problem; validates the disruptions first.
     *
     * @param published the published plan with its sessions' values; never changed
     * @param disruptions the disruptions recorded since it was published, in order
     * @param nowMinute when the repair runs, as a minute of the plan's week (negative before the week starts)
     * @throws InvalidDisruptionException when a disruption does not fit the plan
     */
    public static RepairProblem prepare(WeeklyPlan published, List<? extends Disruption> disruptions, int nowMinute) {
        DisruptionCheck.requireValid(published, disruptions);
        RepairFacts facts = RepairFacts.apply(published, disruptions, nowMinute);
        WeeklyPlan plan = PlanPreparation.prepare(facts.draft());
        plan.setRepairClock(new RepairClock(nowMinute));

        Map<String, RepairProblem.PublishedSession> publishedSessions = new HashMap<>();
        for (Session session : published.getSessions()) {
            publishedSessions.put(
                    session.getId(),
                    new RepairProblem.PublishedSession(
                            session.getGroup().getId(),
                            SessionValues.of(session),
                            session.getGroup().getStudents().stream()
                                    .map(Student::getId)
                                    .toList()));
        }
        Set<String> incomplete = new LinkedHashSet<>();
        for (Session session : plan.getSessions()) {
            if (publishedSessions.containsKey(session.getId())) {
                session.setBaseline(Baseline.of(session));
                if (!session.isPinned() && !session.isFullyAssigned()) {
                    incomplete.add(session.getId());
                }
            }
        }
        Map<String, Set<Disruption>> affectedBy = new Impact(plan, facts).affectedSessions(disruptions);
        markNearDisruptions(plan, affectedBy.keySet());
        List<String> cancelled =
                facts.cancelledSessions().stream().map(Session::getId).toList();
        LOGGER.info(
                "Repair prepared: plan ({}), now ({}), disruptions ({}), affected sessions ({}), cancelled sessions"
                        + " ({}).",
                plan.getId(),
                nowMinute,
                disruptions.size(),
                affectedBy.size(),
                cancelled.size());
        return new RepairProblem(plan, nowMinute, disruptions, publishedSessions, affectedBy, incomplete, cancelled);
    }

    /**
     * The options a repair solves with: the time limit, stopping early when the best score has not improved for a
     * quarter of it (the focused phase for an eighth).
     */
    public static SolveOptions options(Duration timeLimit) {
        return SolveOptions.ofTimeLimit(timeLimit)
                .withStrategy(SolverStrategy.TABU_SEARCH)
                .withUnimprovedTimeLimit(timeLimit.dividedBy(4));
    }

    /**
     * Prepares and solves a repair in the calling thread, with {@link RepairSolverConfigs}; see {@link #options} for
     * the options to use.
     */
    public static RepairResult repair(
            String jobId,
            WeeklyPlan published,
            List<? extends Disruption> disruptions,
            int nowMinute,
            SolveOptions options) {
        RepairProblem problem = prepare(published, disruptions, nowMinute);
        Solver<WeeklyPlan> solver = SolverFactory.<WeeklyPlan>create(RepairSolverConfigs.of(options, problem.plan()))
                .buildSolver();
        LOGGER.info(
                "Repair started: job ({}), sessions ({}), time limit ({}), step limit ({}), seed ({}).",
                jobId,
                problem.plan().getSessions().size(),
                options.timeLimit(),
                options.stepLimit(),
                options.seed());
        long startNanos = System.nanoTime();
        AtomicLong millisToFeasible = new AtomicLong(-1);
        solver.addEventListener(event -> {
            if (millisToFeasible.get() < 0
                    && event.getNewBestSolution().getScore().isFeasible()) {
                millisToFeasible.set((System.nanoTime() - startNanos) / 1_000_000);
            }
        });

        WeeklyPlan repaired = solver.solve(problem.plan());

        long millisSpent = (System.nanoTime() - startNanos) / 1_000_000;
        if (millisToFeasible.get() < 0 && repaired.getScore().isFeasible()) {
            millisToFeasible.set(millisSpent);
        }
        RepairResult result = problem.result(repaired, millisSpent, millisToFeasible.get());
        LOGGER.info(
                "Repair ended: job ({}), score ({}), unassigned sessions ({}), changed sessions ({}), time to feasible"
                        + " ({} ms), time spent ({} ms).",
                jobId,
                repaired.getScore(),
                PlanSolver.unassignedSessions(repaired),
                result.manifest().changes().size(),
                millisToFeasible.get(),
                millisSpent);
        return result;
    }

    /**
     * Marks the sessions the focused search may move: those sharing a site, a candidate tutor or students with an
     * affected session.
     */
    private static void markNearDisruptions(WeeklyPlan plan, Set<String> affectedIds) {
        Set<Site> sites = new HashSet<>();
        Set<Tutor> tutors = new HashSet<>();
        Set<Student> students = new HashSet<>();
        for (Session session : plan.getSessions()) {
            if (affectedIds.contains(session.getId())) {
                Baseline baseline = session.getBaseline();
                if (baseline != null && baseline.venue() != null) {
                    sites.add(baseline.venue().getSite());
                }
                if (baseline != null && baseline.tutor() != null) {
                    tutors.add(baseline.tutor());
                }
                sites.addAll(session.getGroup().getSites());
                tutors.addAll(session.getTutorRange());
                students.addAll(session.getGroup().getStudents());
            }
        }
        for (Session session : plan.getSessions()) {
            Baseline baseline = session.getBaseline();
            if (baseline == null || session.isPinned()) {
                continue;
            }
            boolean near = affectedIds.contains(session.getId())
                    || (baseline.venue() != null
                            && sites.contains(baseline.venue().getSite()))
                    || (baseline.tutor() != null && tutors.contains(baseline.tutor()))
                    || session.getGroup().getStudents().stream().anyMatch(students::contains);
            session.setBaseline(baseline.nearDisruption(near));
        }
    }

    /** Finds the sessions each disruption affects and empties the values it breaks. */
    private static final class Impact {

        private final WeeklyPlan plan;
        private final RepairFacts facts;
        private final Map<String, Set<Disruption>> affectedBy = new LinkedHashMap<>();
        private final Map<String, List<Session>> sessionsByGroup = new HashMap<>();

        Impact(WeeklyPlan plan, RepairFacts facts) {
            this.plan = plan;
            this.facts = facts;
            for (Session session : plan.getSessions()) {
                sessionsByGroup
                        .computeIfAbsent(session.getGroup().getId(), ignored -> new ArrayList<>())
                        .add(session);
            }
        }

        Map<String, Set<Disruption>> affectedSessions(List<? extends Disruption> disruptions) {
            // Decide on the published values of every session before any value is emptied.
            for (Disruption disruption : disruptions) {
                for (Session session : plan.getSessions()) {
                    if (!facts.isPast(session) && affects(disruption, session)) {
                        affectedBy
                                .computeIfAbsent(session.getId(), ignored -> new LinkedHashSet<>())
                                .add(disruption);
                    }
                }
            }
            for (Session session : plan.getSessions()) {
                if (affectedBy.containsKey(session.getId())) {
                    // All three values go, so that the construction heuristic weighs every combination: a new
                    // tutor at the same time and place costs one change, a new time and venue costs two.
                    session.setPinned(false);
                    session.setStart(null);
                    session.setTutor(null);
                    session.setVenue(null);
                }
            }
            return affectedBy;
        }

        private boolean affects(Disruption disruption, Session session) {
            return switch (disruption) {
                case Disruption.TutorAbsent absent ->
                    session.getTutor() != null
                            && session.getTutor().getId().equals(absent.tutorId())
                            && overlapsFromNow(session, absent.interval());
                case Disruption.VenueClosed closed ->
                    inVenue(session, closed.venueId()) && overlapsFromNow(session, closed.interval());
                case Disruption.VenueWithdrawn withdrawn -> inVenue(session, withdrawn.venueId());
                case Disruption.StudentJoins joins -> joinBreaks(joins, session);
                case Disruption.GroupAdded added ->
                    session.getGroup().getId().equals(added.group().id());
                case Disruption.StudentLeaves leaves -> false;
                case Disruption.GroupCancelled cancelled -> false;
            };
        }

        /** Whether the venue no longer seats the group, or the start clashes for the child who joins. */
        private boolean joinBreaks(Disruption.StudentJoins joins, Session session) {
            Group group = session.getGroup();
            if (!group.getId().equals(joins.groupId())) {
                return false;
            }
            if (session.getVenue() != null && session.getVenue().getCapacity() < group.getSize()) {
                return true;
            }
            if (!session.hasStart()) {
                return false;
            }
            Student student = group.getStudents().stream()
                    .filter(candidate -> candidate.getId().equals(joins.studentId()))
                    .findFirst()
                    .orElse(null);
            return student != null
                    && (student.getSchoolBusy().overlaps(session.getStart(), session.getEnd())
                            || clashesWithOtherGroups(session, student));
        }

        private boolean clashesWithOtherGroups(Session session, Student student) {
            for (Group other : plan.getGroups()) {
                if (other != session.getGroup() && other.getStudents().contains(student)) {
                    for (Session otherSession : sessionsByGroup.getOrDefault(other.getId(), List.of())) {
                        if (session.overlaps(otherSession)) {
                            return true;
                        }
                    }
                }
            }
            return false;
        }

        private static boolean inVenue(Session session, String venueId) {
            return session.getVenue() != null && session.getVenue().getId().equals(venueId);
        }

        private boolean overlapsFromNow(Session session, Interval interval) {
            Interval cut = facts.fromNow(interval);
            return cut != null && session.hasStart() && cut.overlaps(session.getStart(), session.getEnd());
        }
    }
}
