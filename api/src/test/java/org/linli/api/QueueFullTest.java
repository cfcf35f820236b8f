package org.linli.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.linli.api.jobs.JobService;
import org.linli.format.Job;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/** With one solver and no queue, a second plan while the first solves is refused with 503 and Retry-After. */
@SpringBootTest(
        properties = {
            "spring.datasource.url=jdbc:h2:mem:queue-full;DB_CLOSE_DELAY=-1",
            "linli.solver.parallel-solves=1",
            "linli.solver.queue-capacity=0"
        })
@AutoConfigureMockMvc
class QueueFullTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    @Autowired
    JobService jobs;

    @AfterEach
    void terminateLeftoverJobs() {
        jobs.activeJobIds().forEach(jobs::terminate);
    }

    @Test
    @Timeout(60)
    void submit_whenTheQueueIsFull_answers503WithRetryAfterAndStoresNothing() throws Exception {
        String first = mvc.perform(submit("queue-first").param("timeLimit", "PT30S"))
                .andExpect(status().isAccepted())
                .andReturn()
                .getResponse()
                .getContentAsString();

        mvc.perform(submit("queue-second"))
                .andExpect(status().isServiceUnavailable())
                .andExpect(header().exists("Retry-After"))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("queue is full")));

        long retryAfter = Long.parseLong(
                mvc.perform(submit("queue-second")).andReturn().getResponse().getHeader("Retry-After"));
        assertThat(retryAfter).isBetween(1L, 31L);
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/plans/queue-second"))
                .andExpect(status().isNotFound());
        jobs.terminate(json.readValue(first, Job.class).getJobId());
        mvc.perform(submit("queue-second").param("timeLimit", "PT0.2S")).andExpect(status().isAccepted());
    }

    private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder submit(String id) {
        return post("/plans")
                .contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(TestPlans.small(id)));
    }
}
