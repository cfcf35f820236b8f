package org.linli.api.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.linli.api.jobs.JobRecord;
import org.linli.api.jobs.JobSettings;
import org.linli.api.jobs.SolveState;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stores plans, their submitted problems, jobs and solution versions in the relational database (H2 or PostgreSQL;
 * the SQL is portable between them). Plans and solutions are kept as JSON text.
 */
@Component
public final class PlanStore {

    private static final String JOB_COLUMNS = "id, plan_id, problem_id, state, time_limit_ms, unimproved_time_limit_ms,"
            + " seed, step_limit, rule_weights, score, feasible, solution_version, submitted_at, started_at, ended_at,"
            + " resumed, error";

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;

    public PlanStore(JdbcClient jdbc, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    /**
     * Stores a submitted problem under its plan (created or renamed) and its new job, all or nothing.
     *
     * @return the job with the id of its stored problem
     */
    public JobRecord insertSubmission(String planId, String planName, String problemJson, JobRecord job) {
        return transactions.execute(status -> {
            Instant at = job.submittedAt();
            int updated = jdbc.sql("UPDATE plans SET name = :name, submitted_at = :at WHERE id = :id")
                    .param("name", planName)
                    .param("at", utc(at))
                    .param("id", planId)
                    .update();
            if (updated == 0) {
                jdbc.sql("INSERT INTO plans (id, name, submitted_at) VALUES (:id, :name, :at)")
                        .param("id", planId)
                        .param("name", planName)
                        .param("at", utc(at))
                        .update();
            }
            int version = jdbc.sql("SELECT COALESCE(MAX(version), 0) + 1 FROM problems WHERE plan_id = :id")
                    .param("id", planId)
                    .query(Integer.class)
                    .single();
            KeyHolder key = new GeneratedKeyHolder();
            jdbc.sql("INSERT INTO problems (plan_id, version, submitted_at, body) VALUES (:id, :version, :at, :body)")
                    .param("id", planId)
                    .param("version", version)
                    .param("at", utc(at))
                    .param("body", problemJson)
                    .update(key, "id");
            JobRecord stored = job.withProblemId(key.getKeyAs(Number.class).longValue());
            insertJob(stored);
            return stored;
        });
    }

    private void insertJob(JobRecord job) {
        JobSettings settings = job.settings();
        jdbc.sql("INSERT INTO jobs (" + JOB_COLUMNS + ") VALUES (:id, :planId, :problemId, :state, :timeLimit,"
                        + " :unimproved, :seed, :stepLimit, :weights, :score, :feasible, :version, :submittedAt,"
                        + " :startedAt, :endedAt, :resumed, :error)")
                .param("id", job.jobId())
                .param("planId", job.planId())
                .param("problemId", job.problemId())
                .param("state", job.state().name())
                .param("timeLimit", settings.timeLimit().toMillis())
                .param("unimproved", millis(settings.unimprovedTimeLimit()))
                .param("seed", settings.seed())
                .param("stepLimit", settings.stepLimit())
                .param("weights", settings.ruleWeightLines())
                .param("score", job.score())
                .param("feasible", job.feasible())
                .param("version", job.solutionVersion())
                .param("submittedAt", utc(job.submittedAt()))
                .param("startedAt", utc(job.startedAt()))
                .param("endedAt", utc(job.endedAt()))
                .param("resumed", job.resumed())
                .param("error", job.error())
                .update();
    }

    /** Stores a job's state, score, solution version, times and error. */
    public void updateJob(JobRecord job) {
        jdbc.sql("UPDATE jobs SET state = :state, score = :score, feasible = :feasible, solution_version = :version,"
                        + " started_at = :startedAt, ended_at = :endedAt, resumed = :resumed, error = :error"
                        + " WHERE id = :id")
                .param("state", job.state().name())
                .param("score", job.score())
                .param("feasible", job.feasible())
                .param("version", job.solutionVersion())
                .param("startedAt", utc(job.startedAt()))
                .param("endedAt", utc(job.endedAt()))
                .param("resumed", job.resumed())
                .param("error", truncate(job.error()))
                .param("id", job.jobId())
                .update();
    }

    /** Stores a new version of a job's best solution together with the job's new score and version number. */
    public void insertSolution(StoredSolution solution, JobRecord job) {
        transactions.executeWithoutResult(status -> {
            jdbc.sql("INSERT INTO solutions (job_id, version, score, stored_at, body)"
                            + " VALUES (:jobId, :version, :score, :at, :body)")
                    .param("jobId", solution.jobId())
                    .param("version", solution.version())
                    .param("score", solution.score())
                    .param("at", utc(solution.storedAt()))
                    .param("body", solution.json())
                    .update();
            updateJob(job);
        });
    }

    public Optional<JobRecord> findJob(String jobId) {
        return jdbc.sql("SELECT " + JOB_COLUMNS + " FROM jobs WHERE id = :id")
                .param("id", jobId)
                .query(PlanStore::job)
                .optional();
    }

    /** A plan's jobs, newest first. */
    public List<JobRecord> jobsOfPlan(String planId) {
        return jdbc.sql("SELECT " + JOB_COLUMNS + " FROM jobs WHERE plan_id = :id ORDER BY submitted_at DESC, id")
                .param("id", planId)
                .query(PlanStore::job)
                .list();
    }

    /** The jobs that were queued or solving, oldest first: after a restart, the ones to resume or interrupt. */
    public List<JobRecord> unfinishedJobs() {
        return jdbc.sql("SELECT " + JOB_COLUMNS + " FROM jobs WHERE state IN ('QUEUED', 'SOLVING')"
                        + " ORDER BY submitted_at, id")
                .query(PlanStore::job)
                .list();
    }

    public Optional<StoredPlan> findPlan(String planId) {
        return jdbc.sql("SELECT id, name, submitted_at FROM plans WHERE id = :id")
                .param("id", planId)
                .query(PlanStore::plan)
                .optional();
    }

    /** One page of plans, most recently submitted first. */
    public PlanPageRows listPlans(int page, int size) {
        long total = jdbc.sql("SELECT COUNT(*) FROM plans").query(Long.class).single();
        List<StoredPlan> plans = jdbc.sql("SELECT id, name, submitted_at FROM plans ORDER BY submitted_at DESC, id"
                        + " LIMIT :size OFFSET :offset")
                .param("size", size)
                .param("offset", (long) page * size)
                .query(PlanStore::plan)
                .list();
        return new PlanPageRows(plans, total);
    }

    /** The problem JSON a job solves, as submitted. */
    public String problemOf(JobRecord job) {
        return jdbc.sql("SELECT body FROM problems WHERE id = :id")
                .param("id", job.problemId())
                .query(String.class)
                .single();
    }

    public Optional<StoredSolution> latestSolution(String jobId) {
        return jdbc.sql("SELECT job_id, version, score, stored_at, body FROM solutions WHERE job_id = :id"
                        + " ORDER BY version DESC FETCH FIRST 1 ROWS ONLY")
                .param("id", jobId)
                .query((rs, row) -> new StoredSolution(
                        rs.getString("job_id"),
                        rs.getInt("version"),
                        rs.getString("score"),
                        instant(rs, "stored_at"),
                        rs.getString("body")))
                .optional();
    }

    /** How many solution versions a job has stored. */
    public int solutionCount(String jobId) {
        return jdbc.sql("SELECT COUNT(*) FROM solutions WHERE job_id = :id")
                .param("id", jobId)
                .query(Integer.class)
                .single();
    }

    private static JobRecord job(ResultSet rs, int row) throws SQLException {
        long unimproved = rs.getLong("unimproved_time_limit_ms");
        Duration unimprovedLimit = rs.wasNull() ? null : Duration.ofMillis(unimproved);
        int step = rs.getInt("step_limit");
        Integer stepLimit = rs.wasNull() ? null : step;
        boolean feasible = rs.getBoolean("feasible");
        Boolean isFeasible = rs.wasNull() ? null : feasible;
        JobSettings settings = new JobSettings(
                Duration.ofMillis(rs.getLong("time_limit_ms")),
                unimprovedLimit,
                rs.getLong("seed"),
                stepLimit,
                JobSettings.parseRuleWeightLines(rs.getString("rule_weights")));
        return new JobRecord(
                rs.getString("id"),
                rs.getString("plan_id"),
                rs.getLong("problem_id"),
                SolveState.valueOf(rs.getString("state")),
                settings,
                rs.getString("score"),
                isFeasible,
                rs.getInt("solution_version"),
                instant(rs, "submitted_at"),
                instant(rs, "started_at"),
                instant(rs, "ended_at"),
                rs.getBoolean("resumed"),
                rs.getString("error"));
    }

    private static StoredPlan plan(ResultSet rs, int row) throws SQLException {
        return new StoredPlan(rs.getString("id"), rs.getString("name"), instant(rs, "submitted_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    private static Long millis(Duration duration) {
        return duration == null ? null : duration.toMillis();
    }

    private static String truncate(String text) {
        return text == null || text.length() <= 2000 ? text : text.substring(0, 1997) + "...";
    }
}
