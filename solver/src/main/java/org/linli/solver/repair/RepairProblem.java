package org.linli.solver.repair;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.linli.solver.domain.Session;
import org.linli.solver.domain.Student;
import org.linli.solver.domain.WeeklyPlan;

/**
 * A repair ready to solve: the plan with the disruptions applied, its past sessions pinned, every other session's
 * published values as its baseline and starting point, and the values the disruptions broke emptied for the solver to
 * fill. It keeps what the published plan said, so that {@link #manifest} can tell what the solve changed and why.
 * Build one with {@link PlanRepairer#prepare}; solve {@link #plan()} with any solver (PlanSolver, a SolverManager).
 */
public final class RepairProblem {

    /** Why a session no disruption touched may still change: the published plan had left it incomplete. */
    static final String INCOMPLETE_REASON = "it was not fully placed in the published plan";

    private final WeeklyPlan plan;
    private final int nowMinute;
    private final List<Disruption> disruptions;
    private final Map<String, PublishedSession> published;
    private final Map<String, Set<Disruption>> affectedBy;
    private final Set<String> incomplete;
    private final List<String> cancelledSessionIds;

    /** A published session's values and who attends it. */
    record PublishedSession(String groupId, SessionValues values, List<String> studentIds) {}

    RepairProblem(
            WeeklyPlan plan,
            int nowMinute,
            List<? extends Disruption> disruptions,
            Map<String, PublishedSession> published,
            Map<String, Set<Disruption>> affectedBy,
            Set<String> incomplete,
            List<String> cancelledSessionIds) {
        this.plan = plan;
        this.nowMinute = nowMinute;
        this.disruptions = List.copyOf(disruptions);
        this.published = Map.copyOf(published);
        this.affectedBy = new LinkedHashMap<>(affectedBy);
        this.incomplete = Set.copyOf(incomplete);
        this.cancelledSessionIds = List.copyOf(cancelledSessionIds);
    }

    /** The plan to solve. */
    public WeeklyPlan plan() {
        return plan;
    }

    public int nowMinute() {
        return nowMinute;
    }

    public List<Disruption> disruptions() {
        return disruptions;
    }

    /** The sessions the disruptions affect (their published values break a hard rule now), each with its causes. */
    public Map<String, List<String>> affectedSessions() {
        Map<String, List<String>> affected = new LinkedHashMap<>();
        affectedBy.forEach((sessionId, causes) ->
                affected.put(sessionId, causes.stream().map(Disruption::id).toList()));
        return affected;
    }

    /** The published sessions of cancelled groups that would still have taken place. */
    public List<String> cancelledSessionIds() {
        return cancelledSessionIds;
    }

    /** The result of a solve of {@link #plan()}: the repaired plan and what it changed. */
    public RepairResult result(WeeklyPlan repaired, long millisSpent, long millisToFeasible) {
        return new RepairResult(repaired, manifest(repaired), millisSpent, millisToFeasible);
    }

    /** What a solution of this problem changed from the published plan, session by session, with reasons. */
    public ChangeManifest manifest(WeeklyPlan repaired) {
        List<SessionChange> changes = new ArrayList<>();
        Map<String, Session> affectedSessions = new LinkedHashMap<>();
        for (Session session : repaired.getSessions()) {
            if (affectedBy.containsKey(session.getId())) {
                affectedSessions.put(session.getId(), session);
            }
        }
        for (Session session : repaired.getSessions()) {
            PublishedSession before = published.get(session.getId());
            SessionValues after = SessionValues.of(session);
            if (before != null && before.values().equals(after)) {
                continue;
            }
            changes.add(change(session, before, after, affectedSessions));
        }
        for (String sessionId : cancelledSessionIds) {
            PublishedSession before = published.get(sessionId);
            List<Disruption> causes = disruptions.stream()
                    .filter(disruption -> disruption instanceof Disruption.GroupCancelled cancelled
                            && cancelled.groupId().equals(before.groupId()))
                    .toList();
            changes.add(new SessionChange(
                    sessionId,
                    before.groupId(),
                    ChangeKind.CANCELLED,
                    before.values(),
                    SessionValues.NONE,
                    ids(causes),
                    List.of(),
                    reason(causes),
                    before.studentIds()));
        }
        return new ChangeManifest(changes);
    }

    private SessionChange change(
            Session session, PublishedSession before, SessionValues after, Map<String, Session> affectedSessions) {
        String groupId = session.getGroup().getId();
        List<String> students =
                session.getGroup().getStudents().stream().map(Student::getId).toList();
        ChangeKind kind = before == null ? ChangeKind.ADDED : ChangeKind.CHANGED;
        SessionValues old = before == null ? SessionValues.NONE : before.values();
        Set<Disruption> causes = affectedBy.get(session.getId());
        if (causes != null && !causes.isEmpty()) {
            return new SessionChange(
                    session.getId(), groupId, kind, old, after, ids(causes), List.of(), reason(causes), students);
        }
        if (incomplete.contains(session.getId())) {
            return new SessionChange(
                    session.getId(), groupId, kind, old, after, List.of(), List.of(), INCOMPLETE_REASON, students);
        }
        List<Session> roomFor = madeRoomFor(session, old, affectedSessions.values());
        Set<Disruption> behind = new LinkedHashSet<>();
        roomFor.forEach(other -> behind.addAll(affectedBy.get(other.getId())));
        List<String> roomForIds = roomFor.stream().map(Session::getId).toList();
        String reason = roomFor.isEmpty()
                ? "moved to make room for the affected sessions"
                : "moved to make room for " + String.join(", ", roomForIds);
        return new SessionChange(session.getId(), groupId, kind, old, after, ids(behind), roomForIds, reason, students);
    }

    /**
     * The affected sessions that took this session's published place: they now overlap its published time and
     * share its published tutor, its published venue or one of its students. Failing that, those that share its
     * tutor, venue or students at any time.
     */
    private static List<Session> madeRoomFor(Session moved, SessionValues old, Iterable<Session> affected) {
        List<Session> sameTime = new ArrayList<>();
        List<Session> shared = new ArrayList<>();
        for (Session other : affected) {
            if (other == moved || !shares(moved, old, other)) {
                continue;
            }
            shared.add(other);
            if (old.start() != null
                    && other.getStart() != null
                    && other.getStart() < old.start() + moved.getLength()
                    && old.start() < other.getEnd()) {
                sameTime.add(other);
            }
        }
        return sameTime.isEmpty() ? shared : sameTime;
    }

    private static boolean shares(Session moved, SessionValues old, Session other) {
        boolean tutor = other.getTutor() != null && other.getTutor().getId().equals(old.tutorId());
        boolean venue = other.getVenue() != null && other.getVenue().getId().equals(old.venueId());
        boolean students = other.getGroup().getStudents().stream()
                .anyMatch(moved.getGroup().getStudents()::contains);
        return tutor || venue || students;
    }

    private static List<String> ids(Iterable<Disruption> disruptions) {
        List<String> ids = new ArrayList<>();
        disruptions.forEach(disruption -> ids.add(disruption.id()));
        return ids;
    }

    private String reason(Iterable<Disruption> causes) {
        List<String> parts = new ArrayList<>();
        causes.forEach(cause -> parts.add(cause.describe(plan.getClock()) + " (" + cause.id() + ")"));
        return String.join("; ", parts);
    }

    @Override
    public String toString() {
        return "RepairProblem[plan=" + Objects.toString(plan.getId()) + ", now=" + nowMinute + ", affected="
                + affectedBy.keySet() + "]";
    }
}
