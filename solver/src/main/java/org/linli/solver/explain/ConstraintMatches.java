package org.linli.solver.explain;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import ai.timefold.solver.core.api.score.stream.ConstraintRef;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.impl.score.constraint.ConstraintMatch;
import ai.timefold.solver.core.impl.score.constraint.ConstraintMatchPolicy;
import ai.timefold.solver.core.impl.score.constraint.ConstraintMatchTotal;
import ai.timefold.solver.core.impl.score.director.InnerScoreDirector;
import ai.timefold.solver.core.impl.score.director.ScoreDirectorFactory;
import ai.timefold.solver.core.impl.solver.DefaultSolverFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.linli.solver.domain.Session;
import org.linli.solver.domain.Tutor;
import org.linli.solver.domain.Venue;
import org.linli.solver.domain.WeeklyPlan;

/**
 * Scores a plan and collects every constraint match with its justification.
 *
 * <p><b>This class uses Timefold internals</b>, because the community edition offers no public API for constraint
 * matches (score analysis is commercial-only, and {@code SolutionManager.analyze()} must not be called): it takes the
 * score director factory from {@code ai.timefold.solver.core.impl.solver.DefaultSolverFactory#getScoreDirectorFactory()},
 * builds a score director with {@code createScoreDirectorBuilder().withConstraintMatchPolicy(
 * ConstraintMatchPolicy.ENABLED).build()}, calls {@code setWorkingSolution} and {@code calculateScore()}, then reads
 * {@code getConstraintMatchTotalMap()}, {@link ConstraintMatchTotal} and {@link ConstraintMatch#getJustification()}.
 * It is written against Timefold Solver 2.2.0 and is the only class of Linli that touches these internals; after a
 * Timefold upgrade, the explanation consistency test ({@code ExplanationConsistencyTest}, which checks that the totals
 * add up to the score {@code SolutionManager.update} computes) guards it.
 *
 * <p>The score director works on a planning clone of the plan, so the caller's plan (its score included) is never
 * changed. Each call builds and closes its own score director, so one instance serves many threads.
 *
 * <p>Timefold 2.2.0 rejects a working solution in which an entity holds a value outside its value range, and a
 * session's ranges are pre-filtered: a pinned or imported value that breaks a hard rule on its own (an uncertified
 * tutor, say) lies outside them. The clone's ranges are therefore widened by each session's current values first;
 * value ranges do not change the score.
 */
final class ConstraintMatches {

    /** One match: the constraint's name, its justification (a {@code Violation} for Linli's rules) and its impact. */
    record Match(String constraint, Object justification, HardMediumSoftScore impact) {}

    /** The matches of one constraint that matched at least once. */
    record Total(String constraint, int matchCount, HardMediumSoftScore impact, List<Match> matches) {}

    record Result(HardMediumSoftScore score, List<Total> totals) {}

    private final ScoreDirectorFactory<WeeklyPlan, HardMediumSoftScore> scoreDirectorFactory;

    ConstraintMatches(SolverFactory<WeeklyPlan> solverFactory) {
        if (!(solverFactory instanceof DefaultSolverFactory<WeeklyPlan> defaultFactory)) {
            throw new IllegalArgumentException("The solver factory ("
                    + solverFactory.getClass().getName()
                    + ") is not Timefold's default one, which explanations need; build it with"
                    + " SolverFactory.create(SolverConfigs.scoring()).");
        }
        this.scoreDirectorFactory = defaultFactory.getScoreDirectorFactory();
    }

    Result calculate(WeeklyPlan plan) {
        try (InnerScoreDirector<WeeklyPlan, HardMediumSoftScore> director = scoreDirectorFactory
                .createScoreDirectorBuilder()
                .withConstraintMatchPolicy(ConstraintMatchPolicy.ENABLED)
                .build()) {
            WeeklyPlan clone = director.cloneSolution(plan);
            if (clone.getSessions() != null) {
                clone.getSessions().forEach(ConstraintMatches::includeCurrentValues);
            }
            director.setWorkingSolution(clone);
            HardMediumSoftScore score = director.calculateScore().raw();
            List<Total> totals = new ArrayList<>();
            for (Map.Entry<ConstraintRef, ConstraintMatchTotal<HardMediumSoftScore>> entry :
                    director.getConstraintMatchTotalMap().entrySet()) {
                ConstraintMatchTotal<HardMediumSoftScore> total = entry.getValue();
                String constraint = entry.getKey().id();
                List<Match> matches = new ArrayList<>(total.getConstraintMatchCount());
                for (ConstraintMatch<HardMediumSoftScore> match : total.getConstraintMatchSet()) {
                    matches.add(new Match(constraint, match.getJustification(), match.getScore()));
                }
                totals.add(new Total(constraint, total.getConstraintMatchCount(), total.getScore(), matches));
            }
            return new Result(score, totals);
        }
    }

    private static void includeCurrentValues(Session session) {
        List<Integer> starts = withValue(session.getStartRange(), session.getStart());
        List<Tutor> tutors = withValue(session.getTutorRange(), session.getTutor());
        List<Venue> venues = withValue(session.getVenueRange(), session.getVenue());
        if (starts != session.getStartRange()
                || tutors != session.getTutorRange()
                || venues != session.getVenueRange()) {
            session.setValueRanges(starts, tutors, venues);
        }
    }

    private static <T> List<T> withValue(List<T> range, T value) {
        if (value == null || range.contains(value)) {
            return range;
        }
        List<T> widened = new ArrayList<>(range.size() + 1);
        widened.addAll(range);
        widened.add(value);
        return widened;
    }
}
