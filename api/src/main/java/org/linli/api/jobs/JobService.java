package org.linli.api.jobs;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import ai.timefold.solver.core.api.solver.SolverConfigOverride;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.api.solver.SolverManager;
import ai.timefold.solver.core.api.solver.SolverStatus;
import ai.timefold.solver.core.config.solver.SolverManagerConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.ReentrantLock;
import org.linli.api.config.LinliProperties;
import org.linli.api.config.LinliProperties.RestartPolicy;
import org.linli.api.store.PlanStore;
import org.linli.api.store.StoredSolution;
import org.linli.solver.domain.WeeklyPlan;
import org.linli.solver.solve.SolverConfigs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * Runs solve jobs in a bounded pool and keeps their state: queued jobs wait in a bounded FIFO queue, at most
 * {@code parallel-solves} of them solve at once, and every state change, the first complete solution, a new best
 * solution at most every {@code store-interval} and the final one are stored. Submit, terminate, start and end of a
 * job change state under one lock; status reads take no lock and read an immutable record, from memory while the job
 * runs and from the database once it has ended (it is removed from memory only after its final state is stored).
 *
 * <p>A job whose seed or step limit differs from the shared solver's gets a solver of its own for its solve; time
 * limits are per-job overrides of the shared solver. On shutdown, running jobs keep their stored state (queued or
 * solving) and their latest best solution is stored, so a restarted service resumes or interrupts them.
 */
@Service
public class JobService {

    private static final Logger log = LoggerFactory.getLogger(JobService.class);

    private final PlanStore store;
    private final PlanCodec codec;
    private final SolverManager<WeeklyPlan> sharedManager;
    private final LinliProperties.Solver config;
    private final Clock clock;
    private final MeterRegistry meters;

    private final ReentrantLock lock = new ReentrantLock();
    private final Map<String, ActiveJob> active = new ConcurrentHashMap<>();
    private final Map<String, ActiveJob> activeByPlan = new HashMap<>();
    private final Deque<ActiveJob> queue = new ArrayDeque<>();
    private final Map<String, CurrentSolution> endedSolutions = new LinkedHashMap<>(16, 0.75f, true);
    private final Map<String, JobRecord> endedRecords = new LinkedHashMap<>(64, 0.75f, true);
    private int running;
    private volatile boolean stopping;

    public JobService(
            PlanStore store,
            PlanCodec codec,
            SolverManager<WeeklyPlan> sharedManager,
            LinliProperties properties,
            Clock clock,
            MeterRegistry meters) {
        this.store = store;
        this.codec = codec;
        this.sharedManager = sharedManager;
        this.config = properties.solver();
        this.clock = clock;
        this.meters = meters;
        Gauge.builder("linli.jobs.queued", this, JobService::queuedCount)
                .description("Jobs waiting for a free solver")
                .register(meters);
        Gauge.builder("linli.jobs.solving", this, JobService::solvingCount)
                .description("Jobs being solved")
                .register(meters);
    }

    /**
     * Stores a plan and queues its job; it starts at once when a solver is free.
     *
     * @throws PlanBusyException when a job of the same plan id is still queued or solving
     * @throws QueueFullException when the queue is full
     */
    public JobRecord submit(PlanSubmission submission) {
        String planId = submission.plan().getId();
        lock.lock();
        try {
            if (stopping) {
                throw new QueueFullException("The service is stopping; submit again once it has restarted.", 30);
            }
            ActiveJob busy = activeByPlan.get(planId);
            if (busy != null) {
                throw new PlanBusyException(planId, busy.jobId());
            }
            if (running >= config.parallelSolves() && queue.size() >= config.queueCapacity()) {
                throw new QueueFullException(
                        "The solver queue is full (" + queue.size() + " jobs waiting, capacity "
                                + config.queueCapacity() + "); submit again after the Retry-After seconds.",
                        retryAfterSeconds());
            }
            JobRecord queued = new JobRecord(
                    UUID.randomUUID().toString(),
                    planId,
                    0,
                    SolveState.QUEUED,
                    submission.settings(),
                    null,
                    null,
                    0,
                    clock.instant(),
                    null,
                    null,
                    false,
                    null);
            JobRecord stored =
                    store.insertSubmission(planId, submission.plan().getName(), submission.problemJson(), queued);
            ActiveJob job = new ActiveJob(
                    stored, submission.plan(), submission.model(), () -> codec.toModel(submission.plan()));
            job.customSolve(submission.customSolve());
            register(job);
            log.info(
                    "Job queued: job ({}), plan ({}), sessions ({}), queue length ({}).",
                    stored.jobId(),
                    planId,
                    submission.model().getSessions().size(),
                    queue.size());
            dispatch();
            return job.record();
        } finally {
            lock.unlock();
        }
    }

    /**
     * A job's state: from memory while it is queued or solving or shortly after it ended (a final state never
     * changes), else from the database.
     */
    public Optional<JobRecord> find(String jobId) {
        ActiveJob job = active.get(jobId);
        if (job != null) {
            return Optional.of(job.record());
        }
        synchronized (endedRecords) {
            JobRecord ended = endedRecords.get(jobId);
            if (ended != null) {
                return Optional.of(ended);
            }
        }
        Optional<JobRecord> stored = store.findJob(jobId);
        stored.filter(record -> record.state().isFinal()).ifPresent(this::rememberEnded);
        return stored;
    }

    /** Keeps the latest final states in memory, so polling a job that has ended does not query the database. */
    private void rememberEnded(JobRecord record) {
        synchronized (endedRecords) {
            endedRecords.put(record.jobId(), record);
            if (endedRecords.size() > 256) {
                endedRecords.remove(endedRecords.keySet().iterator().next());
            }
        }
    }

    /**
     * Stops a job early, keeping its best solution, and answers its state once it has ended (or after
     * {@code terminate-wait}). A job that has already ended is answered as it is.
     */
    public JobRecord terminate(String jobId) {
        ActiveJob job;
        lock.lock();
        try {
            job = active.get(jobId);
            if (job == null) {
                return store.findJob(jobId).orElseThrow(() -> JobNotFoundException.job(jobId));
            }
            if (!job.started()) {
                queue.remove(job);
                finish(job, SolveState.TERMINATED, null);
                return job.record();
            }
            job.requestTermination();
        } finally {
            lock.unlock();
        }
        log.info("Termination requested: job ({}), plan ({}).", jobId, job.planId());
        job.manager().terminateEarly(jobId);
        try {
            return job.ended().get(config.terminateWait().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            if (job.manager().getSolverStatus(jobId) == SolverStatus.NOT_SOLVING) {
                storeIfNew(job, job.best(), true);
                finish(job, SolveState.TERMINATED, null);
            }
            return job.record();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return job.record();
        } catch (ExecutionException e) {
            return job.record();
        }
    }

    /** The job's best solution so far (the submitted problem before the first one), or empty for an unknown job. */
    public Optional<CurrentSolution> current(String jobId) {
        ActiveJob job = active.get(jobId);
        if (job != null) {
            JobRecord record = job.record();
            WeeklyPlan model = job.current();
            return Optional.of(new CurrentSolution(
                    record, record.solutionVersion(), model, () -> codec.toFormat(job.original(), model)));
        }
        synchronized (endedSolutions) {
            CurrentSolution cached = endedSolutions.get(jobId);
            if (cached != null) {
                return Optional.of(cached);
            }
        }
        return store.findJob(jobId).map(this::loadEnded);
    }

    /** A plan's jobs, newest first, those still running as they are in memory. */
    public List<JobRecord> jobsOfPlan(String planId) {
        return store.jobsOfPlan(planId).stream()
                .map(stored -> {
                    ActiveJob job = active.get(stored.jobId());
                    return job == null ? stored : job.record();
                })
                .toList();
    }

    /** The ids of the jobs queued or solving. */
    public List<String> activeJobIds() {
        return List.copyOf(active.keySet());
    }

    private CurrentSolution loadEnded(JobRecord record) {
        Optional<StoredSolution> latest = store.latestSolution(record.jobId());
        org.linli.format.WeeklyPlan format = latest.map(solution -> codec.read(solution.json()))
                .orElseGet(() -> codec.withRuleWeights(
                        codec.read(store.problemOf(record)), record.settings().ruleWeights()));
        WeeklyPlan model = codec.toModel(format);
        int version = latest.map(StoredSolution::version).orElse(0);
        CurrentSolution solution = new CurrentSolution(record, version, model, () -> format);
        if (record.state().isFinal()) {
            remember(solution);
        }
        return solution;
    }

    private void remember(CurrentSolution solution) {
        synchronized (endedSolutions) {
            endedSolutions.put(solution.job().jobId(), solution);
            if (endedSolutions.size() > 4) {
                endedSolutions.remove(endedSolutions.keySet().iterator().next());
            }
        }
    }

    // ************************************************************************
    // Queue and solver
    // ************************************************************************

    private void register(ActiveJob job) {
        active.put(job.jobId(), job);
        activeByPlan.put(job.planId(), job);
        queue.add(job);
    }

    /** Starts queued jobs while solvers are free. Called under the lock. */
    private void dispatch() {
        while (!stopping && running < config.parallelSolves() && !queue.isEmpty()) {
            start(queue.poll());
        }
    }

    private void start(ActiveJob job) {
        running++;
        JobRecord record = job.update(r -> r.started(clock.instant(), r.resumed()));
        JobSettings settings = record.settings();
        CustomSolve custom = job.customSolve();
        boolean own = custom != null || settings.needsOwnSolver();
        SolverManager<WeeklyPlan> manager =
                custom != null ? customManager(custom) : own ? ownManager(settings) : sharedManager;
        job.startOn(manager, own);
        WeeklyPlan problem = job.takeSolverProblem();
        log.info(
                "Solving started: job ({}), plan ({}), sessions ({}), time limit ({}), seed ({}), resumed ({}).",
                job.jobId(),
                job.planId(),
                problem.getSessions().size(),
                settings.timeLimit(),
                settings.seed(),
                record.resumed());
        try {
            store.updateJob(record);
            var builder = manager.solveBuilder().withProblemId(job.jobId()).withProblem(problem);
            if (custom == null) {
                // A custom solve's configuration carries its own termination.
                builder = builder.withConfigOverride(
                        new SolverConfigOverride().withTerminationConfig(termination(settings)));
            }
            builder.withFirstInitializedSolutionEventConsumer(event -> onBest(job, event.solution(), true))
                    .withBestSolutionEventConsumer(event -> onBest(job, event.solution(), false))
                    .withFinalBestSolutionEventConsumer(event -> onFinal(job, event.solution()))
                    .withExceptionHandler((id, error) -> onFailure(job, error))
                    .run();
        } catch (RuntimeException e) {
            onFailure(job, e);
        }
    }

    private static SolverManager<WeeklyPlan> ownManager(JobSettings settings) {
        SolverFactory<WeeklyPlan> factory = SolverFactory.create(SolverConfigs.of(settings.solveOptions()));
        return SolverManager.create(factory, new SolverManagerConfig().withParallelSolverCount("1"));
    }

    private static SolverManager<WeeklyPlan> customManager(CustomSolve custom) {
        SolverFactory<WeeklyPlan> factory = SolverFactory.create(custom.solverConfig());
        return SolverManager.create(factory, new SolverManagerConfig().withParallelSolverCount("1"));
    }

    private static TerminationConfig termination(JobSettings settings) {
        TerminationConfig termination = new TerminationConfig().withSpentLimit(settings.timeLimit());
        if (settings.unimprovedTimeLimit() != null) {
            termination.setUnimprovedSpentLimit(settings.unimprovedTimeLimit());
        }
        return termination;
    }

    private void onBest(ActiveJob job, WeeklyPlan solution, boolean firstComplete) {
        job.best(solution);
        HardMediumSoftScore score = solution.getScore();
        if (score != null) {
            job.update(r -> r.withSolution(score.toString(), score.isFeasible(), r.solutionVersion()));
        }
        if (!stopping) {
            storeIfNew(job, solution, firstComplete);
        }
    }

    private void onFinal(ActiveJob job, WeeklyPlan solution) {
        if (stopping) {
            return;
        }
        onBest(job, solution, false);
        storeIfNew(job, solution, true);
        finish(job, job.terminateRequested() ? SolveState.TERMINATED : SolveState.SOLVED, null);
    }

    private void onFailure(ActiveJob job, Throwable error) {
        if (stopping) {
            log.info("Solving stopped by the shutdown: job ({}), plan ({}).", job.jobId(), job.planId());
            return;
        }
        log.error("Solving failed: job ({}), plan ({}).", job.jobId(), job.planId(), error);
        storeIfNew(job, job.best(), true);
        finish(job, SolveState.FAILED, String.valueOf(error.getMessage()));
    }

    /** Stores a new version of the job's best solution if it is new and due (or forced). */
    private void storeIfNew(ActiveJob job, WeeklyPlan solution, boolean force) {
        if (solution == null) {
            return;
        }
        synchronized (job.storeLock()) {
            if (!job.shouldStore(solution, force, config.storeInterval().toNanos())) {
                return;
            }
            try {
                HardMediumSoftScore score = solution.getScore();
                String scoreText = score == null ? "" : score.toString();
                String json = codec.write(codec.toFormat(job.original(), solution));
                int version = job.record().solutionVersion() + 1;
                JobRecord record =
                        job.update(r -> r.withSolution(scoreText, score != null && score.isFeasible(), version));
                store.insertSolution(
                        new StoredSolution(job.jobId(), version, scoreText, clock.instant(), json), record);
                job.stored(solution);
            } catch (RuntimeException e) {
                log.error("Storing a solution failed: job ({}), plan ({}).", job.jobId(), job.planId(), e);
            }
        }
    }

    /** Ends a job once: stores its final state, then removes it from memory and starts the next queued job. */
    private void finish(ActiveJob job, SolveState state, String error) {
        if (!job.beginFinishing()) {
            return;
        }
        CustomSolve custom = job.customSolve();
        if (custom != null) {
            // Before the final state is stored, so that whoever sees the job ended also sees what the hook stored.
            try {
                custom.onEnded()
                        .accept(new CustomSolve.Ended(job.record().ended(state, clock.instant(), error), job.best()));
            } catch (RuntimeException e) {
                log.error("A job's end hook failed: job ({}), plan ({}).", job.jobId(), job.planId(), e);
            }
        }
        JobRecord record;
        Duration spent;
        lock.lock();
        try {
            Instant endedAt = clock.instant();
            Instant startedAt = job.record().startedAt();
            spent = startedAt == null ? Duration.ZERO : Duration.between(startedAt, endedAt);
            // Recorded before the final state is visible, so whoever sees the final state also sees its duration.
            Timer.builder("linli.solve.duration")
                    .description("Time spent solving, by final state")
                    .tag("state", state.name())
                    .register(meters)
                    .record(spent);
            record = job.update(r -> r.ended(state, endedAt, error));
            try {
                store.updateJob(record);
                rememberEnded(record);
            } catch (RuntimeException e) {
                log.error("Storing a job's end failed: job ({}), state ({}).", job.jobId(), state, e);
            }
            WeeklyPlan best = job.best();
            if (best != null) {
                remember(new CurrentSolution(
                        record, record.solutionVersion(), best, () -> codec.toFormat(job.original(), best)));
            }
            active.remove(job.jobId());
            activeByPlan.remove(job.planId(), job);
            if (job.started()) {
                running--;
            }
            dispatch();
        } finally {
            lock.unlock();
        }
        log.info(
                "Solving ended: job ({}), plan ({}), state ({}), score ({}), time spent ({} ms).",
                job.jobId(),
                job.planId(),
                state,
                record.score(),
                spent.toMillis());
        if (job.ownManager()) {
            Thread.ofVirtual().name("close-solver-" + job.jobId()).start(job.manager()::close);
        }
        job.ended().complete(record);
    }

    /** Seconds until a solver is likely free: the least time left of the running jobs' time limits, at least 1. */
    private long retryAfterSeconds() {
        Instant now = clock.instant();
        return active.values().stream()
                .filter(ActiveJob::started)
                .map(ActiveJob::record)
                .filter(r -> r.startedAt() != null)
                .mapToLong(r -> Duration.between(
                                now, r.startedAt().plus(r.settings().timeLimit()))
                        .toSeconds())
                .min()
                .stream()
                .map(seconds -> Math.max(1, seconds + 1))
                .findFirst()
                .orElse(5);
    }

    private double queuedCount() {
        return active.values().stream().filter(job -> !job.started()).count();
    }

    private double solvingCount() {
        return active.values().stream().filter(ActiveJob::started).count();
    }

    // ************************************************************************
    // Restart and shutdown
    // ************************************************************************

    /** After a restart, resumes or interrupts (by {@code on-restart}) the jobs that were queued or solving. */
    @EventListener(ApplicationReadyEvent.class)
    public void recoverUnfinishedJobs() {
        List<JobRecord> unfinished = store.unfinishedJobs();
        lock.lock();
        try {
            for (JobRecord record : unfinished) {
                if (active.containsKey(record.jobId())) {
                    continue;
                }
                if (config.onRestart() == RestartPolicy.INTERRUPT) {
                    store.updateJob(record.ended(SolveState.INTERRUPTED, clock.instant(), null));
                    log.info(
                            "Job interrupted by a restart: job ({}), plan ({}), solution version ({}).",
                            record.jobId(),
                            record.planId(),
                            record.solutionVersion());
                } else {
                    resume(record);
                }
            }
            dispatch();
        } finally {
            lock.unlock();
        }
    }

    private void resume(JobRecord record) {
        try {
            Map<String, HardMediumSoftScore> weights = record.settings().ruleWeights();
            org.linli.format.WeeklyPlan original = codec.withRuleWeights(codec.read(store.problemOf(record)), weights);
            Optional<StoredSolution> latest = store.latestSolution(record.jobId());
            org.linli.format.WeeklyPlan start = latest.map(
                            solution -> codec.withRuleWeights(codec.read(solution.json()), weights))
                    .orElse(original);
            JobRecord requeued = record.requeued();
            store.updateJob(requeued);
            ActiveJob job = new ActiveJob(requeued, original, codec.toModel(start), () -> codec.toModel(start));
            register(job);
            log.info(
                    "Job resumed after a restart: job ({}), plan ({}), from solution version ({}).",
                    record.jobId(),
                    record.planId(),
                    latest.map(StoredSolution::version).orElse(0));
        } catch (RuntimeException e) {
            log.error("Resuming a job failed: job ({}), plan ({}).", record.jobId(), record.planId(), e);
            store.updateJob(record.ended(SolveState.FAILED, clock.instant(), "Could not resume after a restart: " + e));
        }
    }

    /**
     * Stops taking jobs and stores each running job's latest best solution, leaving its stored state queued or
     * solving for the next start. The solvers themselves stop when their managers close.
     */
    @PreDestroy
    public void stop() {
        List<ActiveJob> jobs;
        lock.lock();
        try {
            stopping = true;
            jobs = new ArrayList<>(active.values());
        } finally {
            lock.unlock();
        }
        for (ActiveJob job : jobs) {
            if (job.started()) {
                storeIfNew(job, job.best(), true);
                if (job.ownManager()) {
                    job.manager().close();
                }
            }
            log.info(
                    "Job left for the next start: job ({}), plan ({}), state ({}), solution version ({}).",
                    job.jobId(),
                    job.planId(),
                    job.record().state(),
                    job.record().solutionVersion());
        }
    }
}
