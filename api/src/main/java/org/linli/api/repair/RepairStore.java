package org.linli.api.repair;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stores publications, the disruptions recorded against them and repair jobs, next to the plans, jobs and solutions
 * of {@link org.linli.api.store.PlanStore}; bodies are JSON text of the openapi.yaml format.
 */
@Component
public final class RepairStore {

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;

    public RepairStore(JdbcClient jdbc, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    /** A published plan version: a stored solution of one of the plan's jobs. */
    public record StoredPublication(
            long id, String planId, String jobId, int version, String score, Instant publishedAt, String body) {}

    /** A disruption of a publication; {@code repairJobId} is null while no finished repair took it into account. */
    public record StoredDisruption(
            long publicationId, String id, int position, Instant recordedAt, String body, String repairJobId) {}

    /** A repair job, the disruptions it included and its manifest (null until it has ended). */
    public record StoredRepair(
            String jobId, long publicationId, int nowMinute, List<String> disruptionIds, String manifest) {}

    /**
     * Publishes a version and carries the previous publication's open disruptions over to it, all or nothing.
     *
     * @return the new publication
     */
    public StoredPublication publish(StoredPublication publication) {
        return transactions.execute(status -> {
            Optional<StoredPublication> previous = currentPublication(publication.planId());
            KeyHolder key = new GeneratedKeyHolder();
            jdbc.sql("INSERT INTO publications (plan_id, job_id, version, score, published_at, body)"
                            + " VALUES (:planId, :jobId, :version, :score, :at, :body)")
                    .param("planId", publication.planId())
                    .param("jobId", publication.jobId())
                    .param("version", publication.version())
                    .param("score", publication.score())
                    .param("at", utc(publication.publishedAt()))
                    .param("body", publication.body())
                    .update(key, "id");
            long id = key.getKeyAs(Number.class).longValue();
            previous.ifPresent(old -> {
                int position = 0;
                for (StoredDisruption open : disruptions(old.id())) {
                    if (open.repairJobId() == null) {
                        insertDisruption(
                                new StoredDisruption(id, open.id(), position++, open.recordedAt(), open.body(), null));
                    }
                }
            });
            return new StoredPublication(
                    id,
                    publication.planId(),
                    publication.jobId(),
                    publication.version(),
                    publication.score(),
                    publication.publishedAt(),
                    publication.body());
        });
    }

    public Optional<StoredPublication> currentPublication(String planId) {
        return jdbc
                .sql("SELECT id, plan_id, job_id, version, score, published_at, body FROM publications"
                        + " WHERE plan_id = :planId ORDER BY id DESC")
                .param("planId", planId)
                .query(RepairStore::publication)
                .list()
                .stream()
                .findFirst();
    }

    /** The ids of the plans whose current publication has a disruption no finished repair took into account. */
    public List<String> plansWithOpenDisruptions() {
        return jdbc.sql("SELECT p.plan_id FROM publications p JOIN disruptions d ON d.publication_id = p.id"
                        + " WHERE d.repair_job_id IS NULL AND p.id = (SELECT MAX(q.id) FROM publications q"
                        + " WHERE q.plan_id = p.plan_id) GROUP BY p.plan_id ORDER BY p.plan_id")
                .query(String.class)
                .list();
    }

    public void insertDisruption(StoredDisruption disruption) {
        jdbc.sql("INSERT INTO disruptions (publication_id, id, position, recorded_at, body, repair_job_id)"
                        + " VALUES (:publicationId, :id, :position, :at, :body, :repairJobId)")
                .param("publicationId", disruption.publicationId())
                .param("id", disruption.id())
                .param("position", disruption.position())
                .param("at", utc(disruption.recordedAt()))
                .param("body", disruption.body())
                .param("repairJobId", disruption.repairJobId())
                .update();
    }

    /** A publication's disruptions in the order they were recorded. */
    public List<StoredDisruption> disruptions(long publicationId) {
        return jdbc.sql("SELECT publication_id, id, position, recorded_at, body, repair_job_id FROM disruptions"
                        + " WHERE publication_id = :id ORDER BY position")
                .param("id", publicationId)
                .query(RepairStore::disruption)
                .list();
    }

    public void insertRepair(StoredRepair repair) {
        jdbc.sql("INSERT INTO repairs (job_id, publication_id, now_minute, disruption_ids, manifest)"
                        + " VALUES (:jobId, :publicationId, :now, :ids, :manifest)")
                .param("jobId", repair.jobId())
                .param("publicationId", repair.publicationId())
                .param("now", repair.nowMinute())
                .param("ids", String.join("\n", repair.disruptionIds()))
                .param("manifest", repair.manifest())
                .update();
    }

    /** Stores a finished repair's manifest and marks the disruptions it included as repaired, all or nothing. */
    public void completeRepair(String jobId, long publicationId, List<String> disruptionIds, String manifest) {
        transactions.executeWithoutResult(status -> {
            jdbc.sql("UPDATE repairs SET manifest = :manifest WHERE job_id = :jobId")
                    .param("manifest", manifest)
                    .param("jobId", jobId)
                    .update();
            for (String id : disruptionIds) {
                jdbc.sql("UPDATE disruptions SET repair_job_id = :jobId WHERE publication_id = :publicationId AND id"
                                + " = :id AND repair_job_id IS NULL")
                        .param("jobId", jobId)
                        .param("publicationId", publicationId)
                        .param("id", id)
                        .update();
            }
        });
    }

    public Optional<StoredRepair> findRepair(String jobId) {
        return jdbc.sql("SELECT job_id, publication_id, now_minute, disruption_ids, manifest FROM repairs"
                        + " WHERE job_id = :jobId")
                .param("jobId", jobId)
                .query(RepairStore::repair)
                .optional();
    }

    /** The repairs of a publication, newest first. */
    public List<StoredRepair> repairsOf(long publicationId) {
        return jdbc.sql("SELECT r.job_id, r.publication_id, r.now_minute, r.disruption_ids, r.manifest FROM repairs r"
                        + " JOIN jobs j ON j.id = r.job_id WHERE r.publication_id = :id"
                        + " ORDER BY j.submitted_at DESC, r.job_id")
                .param("id", publicationId)
                .query(RepairStore::repair)
                .list();
    }

    /** The repair jobs still queued or solving: after a restart they cannot resume as repairs. */
    public List<String> unfinishedRepairJobIds() {
        return jdbc.sql("SELECT r.job_id FROM repairs r JOIN jobs j ON j.id = r.job_id"
                        + " WHERE j.state IN ('QUEUED', 'SOLVING')")
                .query(String.class)
                .list();
    }

    /** The body of one stored solution version of a job. */
    public Optional<String> solutionBody(String jobId, int version) {
        return jdbc.sql("SELECT body FROM solutions WHERE job_id = :jobId AND version = :version")
                .param("jobId", jobId)
                .param("version", version)
                .query(String.class)
                .optional();
    }

    private static StoredPublication publication(ResultSet row, int rowNumber) throws SQLException {
        return new StoredPublication(
                row.getLong("id"),
                row.getString("plan_id"),
                row.getString("job_id"),
                row.getInt("version"),
                row.getString("score"),
                instant(row, "published_at"),
                row.getString("body"));
    }

    private static StoredDisruption disruption(ResultSet row, int rowNumber) throws SQLException {
        return new StoredDisruption(
                row.getLong("publication_id"),
                row.getString("id"),
                row.getInt("position"),
                instant(row, "recorded_at"),
                row.getString("body"),
                row.getString("repair_job_id"));
    }

    private static StoredRepair repair(ResultSet row, int rowNumber) throws SQLException {
        String ids = row.getString("disruption_ids");
        return new StoredRepair(
                row.getString("job_id"),
                row.getLong("publication_id"),
                row.getInt("now_minute"),
                ids == null || ids.isEmpty() ? List.of() : Arrays.asList(ids.split("\n")),
                row.getString("manifest"));
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
