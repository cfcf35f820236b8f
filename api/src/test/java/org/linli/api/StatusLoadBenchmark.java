package org.linli.api;

import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.linli.api.bench.StatusLoadRun;
import org.linli.api.jobs.JobService;
import org.linli.datasets.Datasets;
import org.linli.datasets.PlanJson;
import org.linli.format.JobState;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * The status-read load run, not a test: with the service solving the bundled district-school week, 50 concurrent readers poll
 * the job's status and the latencies are printed. Runs only with {@code -Dlinli.bench=true}, e.g.
 * {@code ./mvnw -pl api -am test -Dtest=StatusLoadBenchmark -Dlinli.bench=true -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@EnabledIfSystemProperty(named = "linli.bench", matches = "true")
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.datasource.url=jdbc:h2:mem:bench;DB_CLOSE_DELAY=-1"})
class StatusLoadBenchmark {

    @LocalServerPort
    int port;

    @Autowired
    JsonMapper json;

    @Autowired
    JobService jobs;

    @Test
    void statusReads_underFiftyReaders_whileADistrictWeekSolves() throws Exception {
        RestClient http = RestClient.builder()
                .baseUrl("http://localhost:" + port)
                .requestFactory(new JdkClientHttpRequestFactory())
                .build();
        String body = http.post()
                .uri("/plans?timeLimit=PT5M")
                .contentType(MediaType.APPLICATION_JSON)
                .body(PlanJson.write(Datasets.load("district-school")))
                .retrieve()
                .body(String.class);
        String jobId = json.readTree(body).get("jobId").asString();
        await().atMost(Duration.ofMinutes(2))
                .until(() -> jobs.find(jobId).orElseThrow().state().name().equals(JobState.SOLVING.name()));
        URI status = URI.create("http://localhost:" + port + "/jobs/" + jobId);

        StatusLoadRun.run(status, 50, 20, Duration.ofSeconds(30), Map.of());
        StatusLoadRun.Result few = StatusLoadRun.run(status, 10, 1000, Duration.ofSeconds(120), Map.of());
        StatusLoadRun.Result result = StatusLoadRun.run(status, 50, 200, Duration.ofSeconds(120), Map.of());
        System.out.println("Status load run while solving, 10 readers: " + few);

        System.out.println("Status load run while solving ("
                + jobs.find(jobId).orElseThrow().state() + "), cores ("
                + Runtime.getRuntime().availableProcessors() + "): " + result);
        jobs.terminate(jobId);
        StatusLoadRun.Result ended = StatusLoadRun.run(status, 50, 200, Duration.ofSeconds(120), Map.of());
        System.out.println("Status load run of the ended job ("
                + jobs.find(jobId).orElseThrow().state() + "): " + ended);
    }
}
