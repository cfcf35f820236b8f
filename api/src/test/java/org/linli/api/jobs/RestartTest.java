package org.linli.api.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.linli.api.EmbeddedPostgresServer;
import org.linli.api.LinliApplication;
import org.linli.api.TestPlans;
import org.linli.format.WeeklyPlan;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A restart loses nothing: the service is stopped (its context closed) in the middle of a solve, and a new service on
 * the same database either resumes the job from its last stored best solution or marks it interrupted with it. On H2
 * and on a real PostgreSQL server.
 */
class RestartTest {

    @TempDir
    static Path directory;

    static Stream<Arguments> databases() {
        return Stream.of(
                Arguments.of("H2", "jdbc:h2:file:" + directory.resolve("restart-resume"), "sa", ""),
                Arguments.of("PostgreSQL", EmbeddedPostgresServer.newDatabase("restart"), "postgres", "postgres"));
    }

    static Stream<Arguments> databasesToInterrupt() {
        return Stream.of(
                Arguments.of("H2", "jdbc:h2:file:" + directory.resolve("restart-interrupt"), "sa", ""),
                Arguments.of("PostgreSQL", EmbeddedPostgresServer.newDatabase("interrupt"), "postgres", "postgres"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    @Timeout(180)
    void stoppedMidSolve_resumesFromTheLastStoredBestSolution(String name, String url, String user, String password) {
        JobRecord before;
        try (ConfigurableApplicationContext service = start(url, user, password, "RESUME")) {
            before = solveUntilStored(service, "restart-resume-" + name);
        }
        StoredState stopped = storedState(url, user, password, before.jobId());

        try (ConfigurableApplicationContext service = start(url, user, password, "RESUME")) {
            JobService jobs = service.getBean(JobService.class);
            JobRecord resumed = await().atMost(Duration.ofSeconds(60))
                    .until(
                            () -> jobs.find(before.jobId()).orElseThrow(),
                            job -> job.state() == SolveState.SOLVING && job.solutionVersion() > stopped.versions());
            JobRecord ended = jobs.terminate(before.jobId());

            assertThat(stopped.state()).isEqualTo("SOLVING");
            assertThat(stopped.versions()).isGreaterThanOrEqualTo(before.solutionVersion());
            assertThat(resumed.resumed()).isTrue();
            assertThat(ended.state()).isEqualTo(SolveState.TERMINATED);
            assertThat(ended.solutionVersion()).isGreaterThan(stopped.versions());
            assertThat(HardMediumSoftScore.parseScore(ended.score()))
                    .isGreaterThanOrEqualTo(HardMediumSoftScore.parseScore(stopped.score()));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databasesToInterrupt")
    @Timeout(180)
    void stoppedMidSolve_interruptPolicy_marksItInterruptedKeepingItsBestSolution(
            String name, String url, String user, String password) {
        JobRecord before;
        try (ConfigurableApplicationContext service = start(url, user, password, "INTERRUPT")) {
            before = solveUntilStored(service, "restart-interrupt-" + name);
        }
        StoredState stopped = storedState(url, user, password, before.jobId());

        try (ConfigurableApplicationContext service = start(url, user, password, "INTERRUPT")) {
            JobService jobs = service.getBean(JobService.class);
            JobRecord interrupted = jobs.find(before.jobId()).orElseThrow();
            CurrentSolution solution = jobs.current(before.jobId()).orElseThrow();

            assertThat(interrupted.state()).isEqualTo(SolveState.INTERRUPTED);
            assertThat(interrupted.endedAt()).isNotNull();
            assertThat(interrupted.solutionVersion()).isEqualTo(stopped.versions());
            assertThat(solution.version()).isEqualTo(stopped.versions());
            assertThat(solution.model().getSessions()).anyMatch(session -> session.isFullyAssigned());
            assertThat(jobs.activeJobIds()).isEmpty();
        }
    }

    /** Submits a plan that takes a while and waits until two versions of its best solution are stored. */
    private static JobRecord solveUntilStored(ConfigurableApplicationContext service, String planId) {
        JobService jobs = service.getBean(JobService.class);
        PlanCodec codec = service.getBean(PlanCodec.class);
        WeeklyPlan plan = TestPlans.large(planId, 200, 40, 30);
        JobSettings settings = new JobSettings(Duration.ofMinutes(2), null, 0, null, Map.of());
        JobRecord job = jobs.submit(new PlanSubmission(plan, codec.write(plan), codec.toModel(plan), settings));
        return await().atMost(Duration.ofSeconds(60))
                .until(() -> jobs.find(job.jobId()).orElseThrow(), record -> record.solutionVersion() >= 2);
    }

    private static ConfigurableApplicationContext start(String url, String user, String password, String policy) {
        return new SpringApplicationBuilder(LinliApplication.class)
                .run(
                        "--spring.main.web-application-type=none",
                        "--spring.jmx.enabled=false",
                        "--spring.datasource.url=" + url,
                        "--spring.datasource.username=" + user,
                        "--spring.datasource.password=" + password,
                        "--linli.solver.store-interval=100ms",
                        "--linli.solver.on-restart=" + policy);
    }

    /** What the database holds for the job while no service runs. */
    private static StoredState storedState(String url, String user, String password, String jobId) {
        JdbcClient jdbc = JdbcClient.create(new DriverManagerDataSource(url, user, password));
        String state = jdbc.sql("SELECT state FROM jobs WHERE id = :id")
                .param("id", jobId)
                .query(String.class)
                .single();
        int versions = jdbc.sql("SELECT COUNT(*) FROM solutions WHERE job_id = :id")
                .param("id", jobId)
                .query(Integer.class)
                .single();
        String score = jdbc.sql("SELECT score FROM solutions WHERE job_id = :id ORDER BY version DESC"
                        + " FETCH FIRST 1 ROWS ONLY")
                .param("id", jobId)
                .query(String.class)
                .single();
        return new StoredState(state, versions, score);
    }

    private record StoredState(String state, int versions, String score) {}
}
