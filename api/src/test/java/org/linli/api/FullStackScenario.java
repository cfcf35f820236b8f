package org.linli.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.linli.api.jobs.JobService;
import org.linli.datasets.Datasets;
import org.linli.datasets.PlanJson;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The README's curl session against a running service on a random port, through a real HTTP client: submit the
 * bundled neighbourhood-holiday week, poll until it is solved, explain it, export a calendar and the CSV; then the errors a real client meets.
 * Run on H2 and on PostgreSQL by the subclasses.
 */
abstract class FullStackScenario {

    static final int MAX_REQUEST_BYTES = 256 * 1024;
    private static final Set<String> FINAL = Set.of("SOLVED", "FAILED", "TERMINATED", "INTERRUPTED");

    @LocalServerPort
    int port;

    @Autowired
    JsonMapper json;

    @Autowired
    JobService jobs;

    RestClient http;

    @BeforeEach
    void client() {
        http = RestClient.builder()
                .baseUrl("http://localhost:" + port)
                .requestFactory(new JdkClientHttpRequestFactory())
                .defaultStatusHandler(status -> true, (request, response) -> {})
                .build();
    }

    @AfterEach
    void terminateLeftoverJobs() {
        jobs.activeJobIds().forEach(jobs::terminate);
    }

    /** The plan the session submits: the bundled dataset file, as it is. */
    static String plan() {
        return PlanJson.write(Datasets.load("neighbourhood-holiday"));
    }

    /** A tutor of that plan. */
    static String tutorId() {
        return Datasets.load("neighbourhood-holiday").getTutors().getFirst().getId();
    }

    @Test
    @Timeout(120)
    void readmeSession_submitPollExplainExport() throws Exception {
        ResponseEntity<String> submitted = http.post()
                .uri("/plans?timeLimit=PT20S&unimprovedTimeLimit=PT1S")
                .contentType(MediaType.APPLICATION_JSON)
                .body(plan())
                .retrieve()
                .toEntity(String.class);
        assertThat(submitted.getStatusCode().value()).isEqualTo(202);
        URI location = submitted.getHeaders().getLocation();
        String jobId = json.readTree(submitted.getBody()).get("jobId").asString();

        JsonNode solved = await().atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofMillis(200))
                .until(
                        () -> json.readTree(http.get().uri(location).retrieve().body(String.class)),
                        job -> FINAL.contains(job.get("state").asString()));
        ResponseEntity<String> explanation =
                http.get().uri("/jobs/{id}/explanation", jobId).retrieve().toEntity(String.class);
        ResponseEntity<String> calendar = http.get()
                .uri("/jobs/{id}/calendars/tutors/{tutor}", jobId, tutorId())
                .retrieve()
                .toEntity(String.class);
        ResponseEntity<String> csv =
                http.get().uri("/jobs/{id}/sessions.csv", jobId).retrieve().toEntity(String.class);

        assertThat(location.toString()).isEqualTo("http://localhost:" + port + "/jobs/" + jobId);
        assertThat(solved.get("state").asString()).isEqualTo("SOLVED");
        assertThat(solved.get("solutionVersion").asInt()).isPositive();
        assertThat(explanation.getStatusCode().value()).isEqualTo(200);
        assertThat(json.readTree(explanation.getBody()).get("score").asString())
                .isEqualTo(solved.get("score").asString());
        assertThat(calendar.getStatusCode().value()).isEqualTo(200);
        assertThat(calendar.getHeaders().getContentType().toString()).startsWith("text/calendar");
        assertThat(calendar.getBody())
                .contains("BEGIN:VCALENDAR")
                .contains("BEGIN:VEVENT")
                .contains("TZID=");
        assertThat(csv.getStatusCode().value()).isEqualTo(200);
        assertThat(csv.getBody()).startsWith("session,group,track,day,start,end,tutor,venue,site,students");
        JsonNode plans = json.readTree(http.get().uri("/plans").retrieve().body(String.class));
        assertThat(plans.get("totalItems").asLong()).isPositive();
    }

    @Test
    @Timeout(60)
    void realClient_unknownAddressAndOversizedChunkedBody_answerProblemDetails() throws Exception {
        ResponseEntity<String> unknown =
                http.get().uri("/no/such/address").retrieve().toEntity(String.class);
        HttpResponse<String> tooLarge;
        try (HttpClient client = HttpClient.newHttpClient()) {
            byte[] body = new byte[MAX_REQUEST_BYTES + 1];
            java.util.Arrays.fill(body, (byte) ' ');
            tooLarge = client.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/plans"))
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        assertThat(unknown.getStatusCode().value()).isEqualTo(404);
        assertThat(unknown.getHeaders().getContentType().toString()).startsWith("application/problem+json");
        assertThat(json.readTree(unknown.getBody()).get("status").asInt()).isEqualTo(404);
        assertThat(tooLarge.statusCode()).isEqualTo(413);
        assertThat(tooLarge.body()).contains(String.valueOf(MAX_REQUEST_BYTES));
    }
}
