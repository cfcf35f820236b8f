package org.linli.benchmarks.run;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import ai.timefold.solver.core.api.solver.phase.PhaseCommand;
import ai.timefold.solver.core.api.solver.phase.PhaseCommandContext;
import ai.timefold.solver.core.preview.api.domain.metamodel.GenuineEntityMetaModel;
import ai.timefold.solver.core.preview.api.domain.metamodel.PlanningVariableMetaModel;
import ai.timefold.solver.core.preview.api.move.Move;
import ai.timefold.solver.core.preview.api.move.builtin.Moves;
import java.util.ArrayList;
import java.util.List;
import org.linli.solver.domain.Session;
import org.linli.solver.domain.Tutor;
import org.linli.solver.domain.Venue;
import org.linli.solver.domain.WeeklyPlan;

/**
 * The greedy baseline: a plan made the way a coordinator makes it by hand. It takes the sessions in input order and
 * gives each the first start of its range, then the first tutor of its range, then the first venue of its range, that
 * adds no hard violation to what is already placed; it never moves a session it has placed and never searches. A
 * session for which no combination fits stays unplaced, as it would on paper.
 *
 * <p>Written by hand as a Timefold custom phase, so that it is scored by Linli's own rules, incrementally. Timefold's
 * FIRST_FIT construction heuristic with pickEarlyType FIRST_NON_DETERIORATING_SCORE is not the same thing here: the
 * three planning variables allow unassigned values, the heuristic's candidate list then starts with "no start, no tutor",
 * and leaving a session unplaced never deteriorates the score, so it picks that first and places next to nothing.
 *
 * <p>A start (or a start and a tutor) that already adds a hard violation before the other values are chosen is skipped
 * with all its combinations: a value can only add violations, never remove one that another value causes. Values a
 * session already carries in its input are kept; pinned sessions are left alone. One instance serves one solve.
 */
public final class GreedyBaseline implements PhaseCommand<WeeklyPlan> {

    private long evaluationCount;
    private boolean terminatedEarly;

    @Override
    public void changeWorkingSolution(PhaseCommandContext<WeeklyPlan> context) {
        GenuineEntityMetaModel<WeeklyPlan, Session> entity =
                context.getSolutionMetaModel().genuineEntity(Session.class);
        Variables variables = new Variables(
                entity.basicVariable("start", Integer.class),
                entity.basicVariable("tutor", Tutor.class),
                entity.basicVariable("venue", Venue.class));
        HardMediumSoftScore current = context.getWorkingSolution().getScore();
        for (Session session : List.copyOf(context.getWorkingSolution().getSessions())) {
            if (context.isPhaseTerminated()) {
                terminatedEarly = true;
                return;
            }
            if (!session.isPinned() && !session.isFullyAssigned()) {
                current = place(context, variables, session, current);
            }
        }
    }

    /** Places one session at its first fitting combination; returns the score after it (unchanged if none fits). */
    private HardMediumSoftScore place(
            PhaseCommandContext<WeeklyPlan> context,
            Variables variables,
            Session session,
            HardMediumSoftScore current) {
        long allowedHard = current.hardScore();
        for (Integer start : candidates(session.getStart(), session.getStartRange())) {
            Move<WeeklyPlan> withStart = variables.start(session, start);
            if (hardAfter(context, withStart) < allowedHard) {
                continue;
            }
            for (Tutor tutor : candidates(session.getTutor(), session.getTutorRange())) {
                Move<WeeklyPlan> withTutor = Moves.compose(withStart, variables.tutor(session, tutor));
                if (hardAfter(context, withTutor) < allowedHard) {
                    continue;
                }
                for (Venue venue : candidates(session.getVenue(), session.getVenueRange())) {
                    Move<WeeklyPlan> complete = Moves.compose(withTutor, variables.venue(session, venue));
                    if (hardAfter(context, complete) >= allowedHard) {
                        return context.executeAndCalculateScore(complete);
                    }
                }
            }
        }
        return current;
    }

    private long hardAfter(PhaseCommandContext<WeeklyPlan> context, Move<WeeklyPlan> move) {
        evaluationCount++;
        HardMediumSoftScore score = context.executeTemporarilyAndCalculateScore(move);
        return score.hardScore();
    }

    private static <T> List<T> candidates(T given, List<T> range) {
        return given != null ? List.of(given) : new ArrayList<>(range);
    }

    /** How many candidate placements were scored. */
    public long evaluationCount() {
        return evaluationCount;
    }

    /** Whether the time limit stopped the baseline before it had tried every session. */
    public boolean terminatedEarly() {
        return terminatedEarly;
    }

    private record Variables(
            PlanningVariableMetaModel<WeeklyPlan, Session, Integer> startVariable,
            PlanningVariableMetaModel<WeeklyPlan, Session, Tutor> tutorVariable,
            PlanningVariableMetaModel<WeeklyPlan, Session, Venue> venueVariable) {

        Move<WeeklyPlan> start(Session session, Integer value) {
            return Moves.change(startVariable, session, value);
        }

        Move<WeeklyPlan> tutor(Session session, Tutor value) {
            return Moves.change(tutorVariable, session, value);
        }

        Move<WeeklyPlan> venue(Session session, Venue value) {
            return Moves.change(venueVariable, session, value);
        }
    }
}
