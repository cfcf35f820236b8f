package org.linli.benchmarks.jmh;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.impl.score.constraint.ConstraintMatchPolicy;
import ai.timefold.solver.core.impl.score.director.InnerScoreDirector;
import ai.timefold.solver.core.impl.score.director.ScoreDirectorFactory;
import ai.timefold.solver.core.impl.solver.DefaultSolverFactory;
import ai.timefold.solver.core.preview.api.domain.metamodel.PlanningSolutionMetaModel;
import ai.timefold.solver.core.preview.api.domain.metamodel.PlanningVariableMetaModel;
import ai.timefold.solver.core.preview.api.move.Move;
import ai.timefold.solver.core.preview.api.move.builtin.Moves;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.linli.benchmarks.data.DatasetResolver;
import org.linli.benchmarks.run.GreedySolver;
import org.linli.solver.domain.Session;
import org.linli.solver.domain.WeeklyPlan;
import org.linli.solver.solve.SolverConfigs;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Score calculation speed of Linli's rules on a district week, through Timefold's score director as the solver uses
 * it: a full calculation (the whole plan inserted into the constraint streams anew) and one incremental move (one
 * session's start changed, scored, and undone). The plan is placed once by the greedy baseline, so the rules see a
 * realistic, mostly assigned week.
 *
 * <p>Run with {@code benchmarks/bench jmh} (or {@code java -cp ... org.openjdk.jmh.Main ScoreCalculationBenchmark}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xmx2g", "-Djava.awt.headless=true"})
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
public class ScoreCalculationBenchmark {

    @Param({"district-school"})
    public String dataset;

    private WeeklyPlan plan;
    private InnerScoreDirector<WeeklyPlan, HardMediumSoftScore> scoreDirector;
    private List<Move<WeeklyPlan>> moves;
    private int nextMove;

    @Setup(Level.Trial)
    public void setUp() {
        plan = GreedySolver.solve("jmh-setup", DatasetResolver.resolve(dataset).model(), Duration.ofMinutes(5))
                .best();
        DefaultSolverFactory<WeeklyPlan> solverFactory =
                (DefaultSolverFactory<WeeklyPlan>) SolverFactory.<WeeklyPlan>create(SolverConfigs.scoring());
        ScoreDirectorFactory<WeeklyPlan, HardMediumSoftScore> factory = solverFactory.getScoreDirectorFactory();
        // As the solver scores in its default (NO_ASSERT) mode: no constraint matches kept.
        scoreDirector = (InnerScoreDirector<WeeklyPlan, HardMediumSoftScore>) factory.createScoreDirectorBuilder()
                .withConstraintMatchPolicy(ConstraintMatchPolicy.DISABLED)
                .build();
        scoreDirector.setWorkingSolution(plan);
        scoreDirector.calculateScore();
        moves = startMoves(scoreDirector.getWorkingSolution());
    }

    /** A fixed, seeded list of moves: a placed session to another start of its range. */
    private static List<Move<WeeklyPlan>> startMoves(WeeklyPlan working) {
        PlanningVariableMetaModel<WeeklyPlan, Session, Integer> start = PlanningSolutionMetaModel.of(
                        WeeklyPlan.class, Session.class)
                .genuineEntity(Session.class)
                .basicVariable("start", Integer.class);
        List<Session> movable = working.getSessions().stream()
                .filter(session ->
                        !session.isPinned() && session.getStartRange().size() > 1)
                .toList();
        if (movable.isEmpty()) {
            throw new IllegalStateException("The dataset has no session with two or more starts to move between.");
        }
        SplittableRandom random = new SplittableRandom(0);
        List<Move<WeeklyPlan>> moves = new ArrayList<>();
        for (int i = 0; i < 4096; i++) {
            Session session = movable.get(random.nextInt(movable.size()));
            List<Integer> range = session.getStartRange();
            moves.add(Moves.change(start, session, range.get(random.nextInt(range.size()))));
        }
        return moves;
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        scoreDirector.close();
    }

    /** Scores the whole week from scratch. */
    @Benchmark
    public HardMediumSoftScore fullCalculation() {
        scoreDirector.setWorkingSolution(scoreDirector.getWorkingSolution());
        return scoreDirector.calculateScore().raw();
    }

    /** Moves one session to another start, scores it incrementally and undoes it: one move evaluation. */
    @Benchmark
    public HardMediumSoftScore incrementalMove() {
        Move<WeeklyPlan> move = moves.get(nextMove);
        nextMove = (nextMove + 1) % moves.size();
        return scoreDirector.executeTemporaryMove(move, false).raw();
    }
}
