package org.linli.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.linli.format.Job;
import org.linli.format.JobState;
import org.springframework.http.MediaType;

class LimitsTest extends ApiTestSupport {

    @Test
    @Timeout(180)
    void c12_districtSizedPlan_acceptedAtTheLimit413OnePastItAndStatusAnswersWhileSolving() throws Exception {
        byte[] plan = json.writeValueAsBytes(TestPlans.large("c12", 5000, 300, 200));
        assertThat(plan.length).isLessThan(MAX_REQUEST_BYTES).isGreaterThan(1_000_000);
        byte[] atLimit = padded(plan, MAX_REQUEST_BYTES);
        byte[] pastLimit = padded(plan, MAX_REQUEST_BYTES + 1);

        mvc.perform(post("/plans").contentType(MediaType.APPLICATION_JSON).content(pastLimit))
                .andExpect(status().is(413))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(Matchers.containsString(String.valueOf(MAX_REQUEST_BYTES))));
        Job accepted = submitted(post("/plans")
                .contentType(MediaType.APPLICATION_JSON)
                .content(atLimit)
                .param("timeLimit", "PT20S"));

        assertThat(accepted.getPlanId()).isEqualTo("c12");
        await().atMost(Duration.ofSeconds(60))
                .until(() -> job(accepted.getJobId()).getState() == JobState.SOLVING);
        for (int i = 0; i < 20; i++) {
            mvc.perform(get("/jobs/{id}", accepted.getJobId()))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.state").value(Matchers.oneOf("SOLVING", "SOLVED")));
        }
        mvc.perform(post("/jobs/{id}/termination", accepted.getJobId()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value(Matchers.oneOf("TERMINATED", "SOLVED")));
    }

    @Test
    void submit_bodyOnePastTheLimit_answers413BeforeReadingIt() throws Exception {
        byte[] tooLarge = padded(json.writeValueAsBytes(TestPlans.small("too-large")), MAX_REQUEST_BYTES + 1);

        mvc.perform(post("/plans").contentType(MediaType.APPLICATION_JSON).content(tooLarge))
                .andExpect(status().is(413))
                .andExpect(jsonPath("$.title").value("Request too large"))
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("linli.api.max-request-size")));
        mvc.perform(get("/plans/{id}", "too-large")).andExpect(status().isNotFound());
    }

    /** The JSON followed by spaces up to exactly {@code size} bytes: still the same plan. */
    private static byte[] padded(byte[] json, int size) {
        StringBuilder text = new StringBuilder(new String(json, StandardCharsets.UTF_8));
        text.repeat(' ', size - json.length);
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }
}
