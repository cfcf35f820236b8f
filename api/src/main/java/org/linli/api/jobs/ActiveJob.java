package org.linli.api.jobs;

import ai.timefold.solver.core.api.solver.SolverManager;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.linli.solver.domain.WeeklyPlan;

/**
 * A job that is queued or solving, kept in memory: its state as readers see it, its latest best solution and what the
 * solver needs. Its record is replaced, never changed, so a status read never blocks on the solver.
 */
final class ActiveJob {

    private final String jobId;
    private final String planId;
    private final org.linli.format.WeeklyPlan original;
    private final Supplier<WeeklyPlan> problemReader;
    private final CompletableFuture<JobRecord> ended = new CompletableFuture<>();
    private final AtomicBoolean finishing = new AtomicBoolean();
    private final Object storeLock = new Object();
    private final Object problemLock = new Object();

    private volatile JobRecord record;
    private volatile WeeklyPlan best;
    private volatile boolean terminateRequested;
    private volatile boolean started;
    private volatile SolverManager<WeeklyPlan> manager;
    private volatile boolean ownManager;
    private volatile CustomSolve customSolve;
    private WeeklyPlan solverProblem;
    private WeeklyPlan readableProblem;
    private WeeklyPlan lastStored;
    private long lastStoredNanos;

    /**
     * @param solverProblem the model the solver will work on (and change)
     * @param problemReader makes a separate copy of the problem for reading before the first solution
     */
    ActiveJob(
            JobRecord record,
            org.linli.format.WeeklyPlan original,
            WeeklyPlan solverProblem,
            Supplier<WeeklyPlan> problemReader) {
        this.jobId = record.jobId();
        this.planId = record.planId();
        this.record = record;
        this.original = original;
        this.solverProblem = solverProblem;
        this.problemReader = problemReader;
    }

    String jobId() {
        return jobId;
    }

    String planId() {
        return planId;
    }

    org.linli.format.WeeklyPlan original() {
        return original;
    }

    JobRecord record() {
        return record;
    }

    synchronized JobRecord update(UnaryOperator<JobRecord> change) {
        record = change.apply(record);
        return record;
    }

    WeeklyPlan best() {
        return best;
    }

    void best(WeeklyPlan solution) {
        best = solution;
    }

    /** The best solution so far, or a reading copy of the problem before the first one. */
    WeeklyPlan current() {
        WeeklyPlan solution = best;
        return solution != null ? solution : readableProblem();
    }

    /** Made once, under its own lock: mapping a large plan takes a while and must not hold up the solver's events. */
    private WeeklyPlan readableProblem() {
        synchronized (problemLock) {
            if (readableProblem == null) {
                readableProblem = problemReader.get();
            }
            return readableProblem;
        }
    }

    /** Hands the problem to the solver once; the job keeps no reference to it, since the solver changes it. */
    synchronized WeeklyPlan takeSolverProblem() {
        WeeklyPlan problem = solverProblem;
        solverProblem = null;
        return problem;
    }

    boolean terminateRequested() {
        return terminateRequested;
    }

    void requestTermination() {
        terminateRequested = true;
    }

    boolean started() {
        return started;
    }

    void startOn(SolverManager<WeeklyPlan> solverManager, boolean own) {
        manager = solverManager;
        ownManager = own;
        started = true;
    }

    /** The job's own solver configuration and end hook, or null for a plain solve. */
    CustomSolve customSolve() {
        return customSolve;
    }

    void customSolve(CustomSolve custom) {
        customSolve = custom;
    }

    SolverManager<WeeklyPlan> manager() {
        return manager;
    }

    boolean ownManager() {
        return ownManager;
    }

    /** True once: the caller is the one that ends the job. */
    boolean beginFinishing() {
        return finishing.compareAndSet(false, true);
    }

    CompletableFuture<JobRecord> ended() {
        return ended;
    }

    Object storeLock() {
        return storeLock;
    }

    /** Whether a solution should be stored now: a new one, and either forced or the interval has passed. */
    boolean shouldStore(WeeklyPlan solution, boolean force, long intervalNanos) {
        if (solution == lastStored) {
            return false;
        }
        return force || lastStored == null || System.nanoTime() - lastStoredNanos >= intervalNanos;
    }

    void stored(WeeklyPlan solution) {
        lastStored = solution;
        lastStoredNanos = System.nanoTime();
    }
}
