package org.linli.api.store;

import static org.assertj.core.api.Assertions.assertThat;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.linli.api.EmbeddedPostgresServer;
import org.linli.api.jobs.JobRecord;
import org.linli.api.jobs.JobSettings;
import org.linli.api.jobs.SolveState;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/** The store against the two databases the service runs on: H2 (a file) and a real PostgreSQL server. */
class PlanStoreTest {

    private static final Instant T0 = Instant.parse("2026-07-01T08:00:00Z");

    private static final AtomicInteger H2_FILES = new AtomicInteger();

    @TempDir
    static Path directory;

    static Stream<Arguments> databases() {
        return Stream.of(
                Arguments.of("H2", "jdbc:h2:file:" + directory.resolve("store-" + H2_FILES.incrementAndGet())),
                Arguments.of("PostgreSQL", EmbeddedPostgresServer.newDatabase("store")));
    }

    private static PlanStore store(String url) {
        DataSource dataSource = url.startsWith("jdbc:h2")
                ? new DriverManagerDataSource(url, "sa", "")
                : new DriverManagerDataSource(url, "postgres", "postgres");
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        return new PlanStore(
                JdbcClient.create(dataSource), new TransactionTemplate(new DataSourceTransactionManager(dataSource)));
    }

    private static JobRecord queued(String jobId, String planId, Instant at) {
        JobSettings settings = new JobSettings(
                Duration.ofSeconds(30),
                Duration.ofSeconds(5),
                7,
                100,
                Map.of("Tutor travel time", HardMediumSoftScore.parseScore("0hard/0medium/5soft")));
        return new JobRecord(jobId, planId, 0, SolveState.QUEUED, settings, null, null, 0, at, null, null, false, null);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void insertSubmission_twiceForOnePlan_keepsBothProblemsAndTheJobsSettings(String name, String url) {
        PlanStore store = store(url);

        JobRecord first = store.insertSubmission("plan-1", "First name", "{\"v\":1}", queued("job-1", "plan-1", T0));
        JobRecord second = store.insertSubmission(
                "plan-1", "Second name", "{\"v\":2}", queued("job-2", "plan-1", T0.plusSeconds(60)));

        assertThat(second.problemId()).isNotEqualTo(first.problemId());
        assertThat(store.problemOf(first)).isEqualTo("{\"v\":1}");
        assertThat(store.problemOf(second)).isEqualTo("{\"v\":2}");
        assertThat(store.findPlan("plan-1").orElseThrow())
                .isEqualTo(new StoredPlan("plan-1", "Second name", T0.plusSeconds(60)));
        assertThat(store.jobsOfPlan("plan-1")).extracting(JobRecord::jobId).containsExactly("job-2", "job-1");
        assertThat(store.findJob("job-1").orElseThrow()).isEqualTo(first);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void insertSolution_versions_latestIsTheNewestAndTheJobFollows(String name, String url) {
        PlanStore store = store(url);
        JobRecord job = store.insertSubmission("plan-2", null, "{}", queued("job-3", "plan-2", T0))
                .started(T0.plusSeconds(1), false);
        store.updateJob(job);

        JobRecord v1 = job.withSolution("0hard/-2medium/-5soft", true, 1);
        store.insertSolution(new StoredSolution("job-3", 1, v1.score(), T0.plusSeconds(2), "{\"s\":1}"), v1);
        JobRecord v2 = v1.withSolution("0hard/0medium/-3soft", true, 2);
        store.insertSolution(new StoredSolution("job-3", 2, v2.score(), T0.plusSeconds(3), "{\"s\":2}"), v2);
        JobRecord ended = v2.ended(SolveState.SOLVED, T0.plusSeconds(4), null);
        store.updateJob(ended);

        assertThat(store.latestSolution("job-3").orElseThrow())
                .isEqualTo(new StoredSolution("job-3", 2, "0hard/0medium/-3soft", T0.plusSeconds(3), "{\"s\":2}"));
        assertThat(store.solutionCount("job-3")).isEqualTo(2);
        assertThat(store.findJob("job-3").orElseThrow()).isEqualTo(ended);
        assertThat(store.unfinishedJobs()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void unfinishedJobsAndPages_oldestFirstAndNewestFirst(String name, String url) {
        PlanStore store = store(url);
        for (int i = 1; i <= 5; i++) {
            store.insertSubmission(
                    "page-" + i, "Plan " + i, "{}", queued("page-job-" + i, "page-" + i, T0.plusSeconds(i)));
        }
        store.updateJob(store.findJob("page-job-2").orElseThrow().ended(SolveState.SOLVED, T0, null));

        PlanPageRows first = store.listPlans(0, 2);
        PlanPageRows last = store.listPlans(2, 2);

        assertThat(first.total()).isEqualTo(5);
        assertThat(first.plans()).extracting(StoredPlan::id).containsExactly("page-5", "page-4");
        assertThat(last.plans()).extracting(StoredPlan::id).containsExactly("page-1");
        assertThat(store.unfinishedJobs())
                .extracting(JobRecord::jobId)
                .containsExactly("page-job-1", "page-job-3", "page-job-4", "page-job-5");
        assertThat(store.findJob("page-job-1").orElseThrow().submittedAt())
                .isEqualTo(T0.plusSeconds(1).truncatedTo(ChronoUnit.MICROS));
        assertThat(store.findJob("missing")).isEmpty();
    }
}
