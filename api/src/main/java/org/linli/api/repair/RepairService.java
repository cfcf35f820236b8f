package org.linli.api.repair;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.linli.api.jobs.CurrentSolution;
import org.linli.api.jobs.CustomSolve;
import org.linli.api.jobs.JobNotFoundException;
import org.linli.api.jobs.JobRecord;
import org.linli.api.jobs.JobService;
import org.linli.api.jobs.JobSettings;
import org.linli.api.jobs.PlanCodec;
import org.linli.api.jobs.PlanSubmission;
import org.linli.api.jobs.SolveState;
import org.linli.api.repair.RepairStore.StoredDisruption;
import org.linli.api.repair.RepairStore.StoredPublication;
import org.linli.api.repair.RepairStore.StoredRepair;
import org.linli.api.store.PlanStore;
import org.linli.datasets.PlanProblem;
import org.linli.datasets.PlanValidationException;
import org.linli.format.DisruptionState;
import org.linli.format.Publication;
import org.linli.solver.domain.WeeklyPlan;
import org.linli.solver.repair.Disruption;
import org.linli.solver.repair.DisruptionCheck;
import org.linli.solver.repair.InvalidDisruptionException;
import org.linli.solver.repair.PlanRepairer;
import org.linli.solver.repair.RepairProblem;
import org.linli.solver.repair.RepairSolverConfigs;
import org.linli.solver.repair.StatusBoard;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * The repair cycle of the service: publishing a version, recording disruptions against it, repairing it as a job
 * like any solve (with the repair's own search, {@link RepairSolverConfigs}), and the manifest and status board of
 * the result. A repair always starts from the published version with every disruption recorded against it.
 */
@Service
public class RepairService {

    private static final Logger log = LoggerFactory.getLogger(RepairService.class);

    private final PlanStore plans;
    private final RepairStore store;
    private final JobService jobs;
    private final PlanCodec codec;
    private final JsonMapper json;
    private final Clock clock;
    private final RepairProperties properties;
    private final Map<String, RepairProblem> running = new ConcurrentHashMap<>();

    public RepairService(
            PlanStore plans,
            RepairStore store,
            JobService jobs,
            PlanCodec codec,
            JsonMapper json,
            Clock clock,
            RepairProperties properties) {
        this.plans = plans;
        this.store = store;
        this.jobs = jobs;
        this.codec = codec;
        this.json = json;
        this.clock = clock;
        this.properties = properties;
    }

    // ************************************************************************
    // Publishing
    // ************************************************************************

    /** Publishes a job's stored solution (its latest by default) as the plan's baseline. */
    public Publication publish(String planId, String jobId, Integer version) {
        requirePlan(planId);
        JobRecord job = plans.findJob(jobId)
                .filter(found -> found.planId().equals(planId))
                .orElseThrow(() -> invalid(
                        "$.jobId",
                        "No job of plan (" + planId + ") is called (" + jobId + "); GET /plans/" + planId
                                + " lists its jobs."));
        Optional<String> body = version == null
                ? plans.latestSolution(jobId).map(solution -> solution.json())
                : store.solutionBody(jobId, version);
        int publishedVersion = version == null
                ? plans.latestSolution(jobId)
                        .map(solution -> solution.version())
                        .orElse(0)
                : version;
        String solution = body.orElseThrow(() -> invalid(
                version == null ? "$.jobId" : "$.version",
                "Job (" + jobId + ") has no stored solution" + (version == null ? "" : " version (" + version + ")")
                        + "; wait until it has one, or name one of its versions."));
        StoredPublication published = store.publish(
                new StoredPublication(0, planId, jobId, publishedVersion, job.score(), clock.instant(), solution));
        log.info(
                "Plan published: plan ({}), job ({}), version ({}), score ({}).",
                planId,
                jobId,
                publishedVersion,
                job.score());
        return publication(published);
    }

    public Optional<Publication> publication(String planId) {
        return store.currentPublication(planId).map(RepairService::publication);
    }

    private static Publication publication(StoredPublication stored) {
        return new Publication()
                .planId(stored.planId())
                .jobId(stored.jobId())
                .version(stored.version())
                .score(stored.score())
                .publishedAt(stored.publishedAt().toString());
    }

    // ************************************************************************
    // Disruptions
    // ************************************************************************

    /**
     * Records a disruption against the published version, validated against it as the earlier disruptions left it.
     *
     * @throws PlanValidationException naming every problem (unknown ids, an interval outside the week)
     */
    public synchronized org.linli.format.Disruption record(String planId, org.linli.format.Disruption disruption) {
        StoredPublication publication = requirePublication(planId);
        WeeklyPlan published = codec.toModel(codec.read(publication.body()));
        List<StoredDisruption> stored = store.disruptions(publication.id());
        if (disruption.getId() == null || disruption.getId().isBlank()) {
            disruption.setId(nextId(stored));
        }
        disruption.setRecordedAt(null);
        disruption.setState(null);
        disruption.setRepairJobId(null);
        List<PlanProblem> problems = new ArrayList<>();
        Optional<Disruption> converted = RepairFormats.toSolver(disruption, published, "$", problems);
        if (converted.isPresent()) {
            DisruptionCheck check = DisruptionCheck.of(published);
            for (Disruption earlier : solverDisruptions(stored, published)) {
                check.record(earlier);
            }
            check.record(converted.get()).forEach(problem -> problems.add(new PlanProblem("$", problem)));
        }
        if (!problems.isEmpty()) {
            throw new PlanValidationException(problems);
        }
        StoredDisruption row = new StoredDisruption(
                publication.id(),
                disruption.getId(),
                stored.size(),
                clock.instant(),
                json.writeValueAsString(disruption),
                null);
        store.insertDisruption(row);
        log.info(
                "Disruption recorded: plan ({}), disruption ({}), type ({}).",
                planId,
                disruption.getId(),
                disruption.getType());
        return view(row);
    }

    public List<org.linli.format.Disruption> disruptions(String planId) {
        StoredPublication publication = requirePublication(planId);
        return store.disruptions(publication.id()).stream().map(this::view).toList();
    }

    private org.linli.format.Disruption view(StoredDisruption row) {
        return read(row)
                .recordedAt(row.recordedAt().toString())
                .state(row.repairJobId() == null ? DisruptionState.OPEN : DisruptionState.REPAIRED)
                .repairJobId(row.repairJobId());
    }

    private org.linli.format.Disruption read(StoredDisruption row) {
        return json.readValue(row.body(), org.linli.format.Disruption.class);
    }

    private List<Disruption> solverDisruptions(List<StoredDisruption> rows, WeeklyPlan published) {
        List<Disruption> disruptions = new ArrayList<>();
        List<PlanProblem> problems = new ArrayList<>();
        for (StoredDisruption row : rows) {
            RepairFormats.toSolver(read(row), published, "$", problems).ifPresent(disruptions::add);
        }
        return disruptions;
    }

    private static String nextId(List<StoredDisruption> stored) {
        Set<String> taken = new HashSet<>();
        stored.forEach(row -> taken.add(row.id()));
        int n = stored.size() + 1;
        while (taken.contains("d-" + n)) {
            n++;
        }
        return "d-" + n;
    }

    // ************************************************************************
    // Repairs
    // ************************************************************************

    /**
     * Queues a repair of the published version with every disruption recorded against it.
     *
     * @param timeLimit null for the service's repair time limit
     * @param now when the repair runs, a local date-time of the plan's zone; null for the present moment
     */
    public JobRecord repair(String planId, Duration timeLimit, String now) {
        StoredPublication publication = requirePublication(planId);
        org.linli.format.WeeklyPlan publishedFormat = codec.read(publication.body());
        WeeklyPlan published = codec.toModel(publishedFormat);
        List<StoredDisruption> rows = store.disruptions(publication.id());
        List<org.linli.format.Disruption> recorded =
                rows.stream().map(this::read).toList();
        List<Disruption> disruptions = solverDisruptions(rows, published);
        int nowMinute = nowMinute(published, now);
        RepairProblem problem;
        try {
            problem = PlanRepairer.prepare(published, disruptions, nowMinute);
        } catch (InvalidDisruptionException e) {
            throw new PlanValidationException(e.problems().stream()
                    .map(message -> new PlanProblem("$", message))
                    .toList());
        }
        org.linli.format.WeeklyPlan repairedFacts =
                FormatFacts.apply(codec.read(publication.body()), disruptions, recorded, problem.plan());
        Duration limit = timeLimit == null ? properties.timeLimit() : timeLimit;
        JobSettings settings =
                new JobSettings(limit, PlanRepairer.options(limit).unimprovedTimeLimit(), 0, null, Map.of());
        List<String> disruptionIds = disruptions.stream().map(Disruption::id).toList();
        CustomSolve custom = new CustomSolve(
                RepairSolverConfigs.of(PlanRepairer.options(limit), problem.plan()),
                ended -> onEnded(ended, publication, problem, disruptionIds, nowMinute));
        JobRecord job = jobs.submit(
                new PlanSubmission(repairedFacts, codec.write(repairedFacts), problem.plan(), settings, custom));
        running.put(job.jobId(), problem);
        synchronized (this) {
            if (store.findRepair(job.jobId()).isEmpty()) {
                store.insertRepair(new StoredRepair(job.jobId(), publication.id(), nowMinute, disruptionIds, null));
            }
        }
        log.info(
                "Repair queued: job ({}), plan ({}), disruptions ({}), affected sessions ({}), now ({}).",
                job.jobId(),
                planId,
                disruptions.size(),
                problem.affectedSessions().size(),
                nowMinute);
        return job;
    }

    private void onEnded(
            CustomSolve.Ended ended,
            StoredPublication publication,
            RepairProblem problem,
            List<String> disruptionIds,
            int nowMinute) {
        String jobId = ended.job().jobId();
        if (ended.best() == null || ended.job().state() == SolveState.FAILED) {
            running.remove(jobId);
            return;
        }
        String manifest = json.writeValueAsString(RepairFormats.manifest(
                jobId,
                publication.planId(),
                problem.manifest(ended.best()),
                problem.plan().getClock()));
        synchronized (this) {
            if (store.findRepair(jobId).isEmpty()) {
                store.insertRepair(new StoredRepair(jobId, publication.id(), nowMinute, disruptionIds, null));
            }
            store.completeRepair(jobId, publication.id(), disruptionIds, manifest);
        }
        running.remove(jobId);
        log.info(
                "Repair stored: job ({}), plan ({}), state ({}), changed sessions ({}).",
                jobId,
                publication.planId(),
                ended.job().state(),
                problem.manifest(ended.best()).changes().size());
    }

    /** The minute of the plan's week of {@code now}, or of the present moment in the plan's zone. */
    private int nowMinute(WeeklyPlan plan, String now) {
        if (now != null) {
            List<PlanProblem> problems = new ArrayList<>();
            Integer minute = RepairFormats.minute(now, plan.getClock(), "now", problems);
            if (!problems.isEmpty()) {
                throw new PlanValidationException(problems);
            }
            return minute;
        }
        LocalDateTime local =
                LocalDateTime.ofInstant(clock.instant(), plan.getClock().zone());
        long minutes = Duration.between(plan.getClock().startDate().atStartOfDay(), local)
                .toMinutes();
        return (int) Math.clamp(minutes, Integer.MIN_VALUE / 2, Integer.MAX_VALUE / 2);
    }

    /** The manifest of a repair job: stored once it has ended, of its best solution so far while it runs. */
    public org.linli.format.ChangeManifest manifest(String jobId) {
        StoredRepair repair = store.findRepair(jobId)
                .orElseThrow(() -> new JobNotFoundException(
                        "No repair job is called (" + jobId + "); POST /plans/{planId}/repairs starts one."));
        if (repair.manifest() != null) {
            return json.readValue(repair.manifest(), org.linli.format.ChangeManifest.class);
        }
        RepairProblem problem = running.get(jobId);
        CurrentSolution current = jobs.current(jobId).orElseThrow(() -> JobNotFoundException.job(jobId));
        if (problem == null) {
            throw new JobNotFoundException("Repair job (" + jobId + ") ended without a solution to compare (state "
                    + current.job().state() + "); repair again.");
        }
        return RepairFormats.manifest(
                jobId,
                current.job().planId(),
                problem.manifest(current.model()),
                problem.plan().getClock());
    }

    /**
     * The board of the plan's current version: the newest finished repair's solution since the publication, or the
     * published version, with the disruptions it does not take into account yet.
     */
    public org.linli.format.StatusBoard board(String planId) {
        StoredPublication publication = requirePublication(planId);
        WeeklyPlan published = codec.toModel(codec.read(publication.body()));
        List<StoredDisruption> rows = store.disruptions(publication.id());
        Optional<StoredRepair> latest = store.repairsOf(publication.id()).stream()
                .filter(repair -> repair.manifest() != null)
                .findFirst();
        Set<String> included =
                latest.map(repair -> Set.copyOf(repair.disruptionIds())).orElse(Set.of());
        List<StoredDisruption> open =
                rows.stream().filter(row -> !included.contains(row.id())).toList();
        WeeklyPlan shown = latest.flatMap(repair -> jobs.current(repair.jobId()))
                .map(CurrentSolution::model)
                .orElse(published);
        StatusBoard board = StatusBoard.of(shown, solverDisruptions(open, published));
        return RepairFormats.board(
                planId,
                latest.map(StoredRepair::jobId).orElse(null),
                board,
                open.stream().map(StoredDisruption::id).toList(),
                published.getClock());
    }

    /** Queues a repair of every plan whose publication has disruptions no finished repair took into account. */
    public List<JobRecord> repairAllOpen() {
        List<JobRecord> started = new ArrayList<>();
        for (String planId : store.plansWithOpenDisruptions()) {
            try {
                started.add(repair(planId, properties.timeLimit(), null));
            } catch (RuntimeException e) {
                log.warn("Nightly repair skipped: plan ({}), reason ({}).", planId, e.getMessage());
            }
        }
        log.info("Nightly repair queued: plans ({}).", started.size());
        return started;
    }

    /**
     * A repair cannot resume after a restart (its baselines live in memory), so the repairs left queued or solving
     * are marked interrupted before the job service resumes the other jobs.
     */
    @EventListener(ApplicationReadyEvent.class)
    @Order(Ordered.HIGHEST_PRECEDENCE)
    public void interruptUnfinishedRepairs() {
        for (String jobId : store.unfinishedRepairJobIds()) {
            plans.findJob(jobId).ifPresent(job -> {
                plans.updateJob(job.ended(SolveState.INTERRUPTED, clock.instant(), null));
                log.info("Repair interrupted by a restart: job ({}), plan ({}).", jobId, job.planId());
            });
        }
    }

    private void requirePlan(String planId) {
        plans.findPlan(planId)
                .orElseThrow(() -> new JobNotFoundException(
                        "No plan with id (" + planId + "); GET /plans lists the stored plans."));
    }

    private StoredPublication requirePublication(String planId) {
        requirePlan(planId);
        return store.currentPublication(planId)
                .orElseThrow(() -> new JobNotFoundException("Plan (" + planId + ") has no published version;"
                        + " POST /plans/" + planId + "/publication publishes one of its solutions."));
    }

    private static PlanValidationException invalid(String path, String message) {
        return new PlanValidationException(List.of(new PlanProblem(path, message)));
    }
}
