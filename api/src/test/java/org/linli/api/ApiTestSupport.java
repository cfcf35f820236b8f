package org.linli.api;

import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.linli.api.jobs.JobService;
import org.linli.format.Job;
import org.linli.format.JobState;
import org.linli.format.WeeklyPlan;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The shared Spring context of the API tests: an in-memory H2 database, one solver, a queue of two, short default time
 * limits and a 5 MB request limit. Every test ends the jobs it left running, so the next test finds a free solver.
 */
@SpringBootTest(
        properties = {
            "spring.datasource.url=jdbc:h2:mem:api-tests;DB_CLOSE_DELAY=-1",
            "linli.solver.parallel-solves=1",
            "linli.solver.queue-capacity=2",
            "linli.solver.default-time-limit=2s",
            "linli.solver.max-time-limit=10m",
            "linli.solver.store-interval=100ms",
            "linli.api.max-request-size=" + ApiTestSupport.MAX_REQUEST_BYTES + "B"
        })
@AutoConfigureMockMvc
public abstract class ApiTestSupport {

    public static final int MAX_REQUEST_BYTES = 5 * 1024 * 1024;
    private static final Set<JobState> FINAL =
            Set.of(JobState.SOLVED, JobState.FAILED, JobState.TERMINATED, JobState.INTERRUPTED);

    @Autowired
    protected MockMvc mvc;

    @Autowired
    protected JsonMapper json;

    @Autowired
    protected JobService jobService;

    @AfterEach
    void terminateLeftoverJobs() {
        jobService.activeJobIds().forEach(jobService::terminate);
    }

    protected MockHttpServletRequestBuilder submit(WeeklyPlan plan) {
        return post("/plans").contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(plan));
    }

    protected Job submitted(MockHttpServletRequestBuilder request) throws Exception {
        MvcResult result = mvc.perform(request).andReturn();
        if (result.getResponse().getStatus() != 202) {
            throw new AssertionError("Expected 202, got " + result.getResponse().getStatus() + ": "
                    + result.getResponse().getContentAsString());
        }
        return json.readValue(result.getResponse().getContentAsString(), Job.class);
    }

    protected Job job(String jobId) throws Exception {
        return json.readValue(
                mvc.perform(get("/jobs/{id}", jobId)).andReturn().getResponse().getContentAsString(), Job.class);
    }

    protected Job awaitFinal(String jobId) {
        return await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(50))
                .until(() -> job(jobId), job -> FINAL.contains(job.getState()));
    }

    protected JsonNode body(MvcResult result) throws Exception {
        return json.readTree(result.getResponse().getContentAsString());
    }

    protected JsonNode getJson(String path, Object... variables) throws Exception {
        return body(mvc.perform(get(path, variables)).andReturn());
    }
}
