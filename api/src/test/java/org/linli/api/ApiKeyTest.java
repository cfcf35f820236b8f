package org.linli.api;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.linli.api.jobs.JobService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/** With API keys configured, every request needs one, and a read-only key may not write. */
@SpringBootTest(
        properties = {
            "spring.datasource.url=jdbc:h2:mem:api-keys;DB_CLOSE_DELAY=-1",
            "linli.security.api-keys.read-only=reader-key",
            "linli.security.api-keys.read-write=writer-key"
        })
@AutoConfigureMockMvc
class ApiKeyTest {

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
    void request_withoutOrWithAWrongKey_answers401ProblemDetails() throws Exception {
        mvc.perform(get("/plans"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("X-API-Key")));
        mvc.perform(get("/plans").header("X-API-Key", "guess")).andExpect(status().isUnauthorized());
        mvc.perform(get("/no/such/address")).andExpect(status().isUnauthorized());
    }

    @Test
    void readOnlyKey_readsButAnswers403OnWrites() throws Exception {
        mvc.perform(get("/plans").header("X-API-Key", "reader-key")).andExpect(status().isOk());
        mvc.perform(submit().header("X-API-Key", "reader-key"))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(403));
        mvc.perform(post("/jobs/{id}/termination", "any").header("X-API-Key", "reader-key"))
                .andExpect(status().isForbidden());
    }

    @Test
    void readWriteKey_submits() throws Exception {
        mvc.perform(submit().header("X-API-Key", "writer-key").param("timeLimit", "PT0.2S"))
                .andExpect(status().isAccepted());
        mvc.perform(get("/plans/{id}", "keyed").header("X-API-Key", "writer-key"))
                .andExpect(status().isOk());
    }

    @Test
    void healthAndDocumentation_stayOpen() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().isOk());
        mvc.perform(get("/openapi.yaml")).andExpect(status().isOk());
    }

    private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder submit() {
        return post("/plans")
                .contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(TestPlans.small("keyed")));
    }
}
