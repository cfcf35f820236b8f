package org.linli.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;

class ErrorFormatTest extends ApiTestSupport {

    @Test
    void unknownPath_answers404ProblemDetails() throws Exception {
        mvc.perform(get("/no/such/address"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(404))
                .andExpect(jsonPath("$.title").isNotEmpty())
                .andExpect(jsonPath("$.instance").value("/no/such/address"));
    }

    @Test
    void wrongMethodAndMediaType_answerProblemDetails() throws Exception {
        mvc.perform(delete("/plans"))
                .andExpect(status().isMethodNotAllowed())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(post("/plans").contentType(MediaType.TEXT_PLAIN).content("plan"))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void calendarOfAnUnknownJob_answersProblemJsonEvenWhenACalendarIsAsked() throws Exception {
        mvc.perform(get("/jobs/{id}/calendars/tutors/{tutor}", "no-such-job", "t-1")
                        .accept("text/calendar"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void openApiDocument_isTheRealFileAndSwaggerUiShowsIt() throws Exception {
        String served = mvc.perform(get("/openapi.yaml"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        String file = new ClassPathResource("openapi.yaml").getContentAsString(StandardCharsets.UTF_8);

        assertThat(served).isEqualTo(file).startsWith("openapi: 3.1");
        mvc.perform(get("/swagger-ui/index.html")).andExpect(status().isOk());
        mvc.perform(get("/v3/api-docs/swagger-config"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.url").value("/openapi.yaml"));
    }

    @Test
    void health_isUpAndSolverMetricsArePublished() throws Exception {
        mvc.perform(get("/actuator/health"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"));
        mvc.perform(get("/actuator/metrics/linli.jobs.queued"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.measurements[0].value").isNumber());
        mvc.perform(get("/actuator/metrics/linli.jobs.solving")).andExpect(status().isOk());
        awaitFinal(submitted(submit(TestPlans.small("timed")).param("timeLimit", "PT0.3S"))
                .getJobId());
        mvc.perform(get("/actuator/metrics/linli.solve.duration").param("tag", "state:SOLVED"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.measurements[?(@.statistic == 'COUNT')].value")
                        .value(org.hamcrest.Matchers.hasItem(org.hamcrest.Matchers.greaterThanOrEqualTo(1.0))));
    }
}
