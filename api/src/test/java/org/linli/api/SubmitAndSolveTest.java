package org.linli.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.linli.format.Job;
import org.linli.format.JobState;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;

class SubmitAndSolveTest extends ApiTestSupport {

    @Test
    @Timeout(60)
    void submit_smallPlan_acceptedAtOnceThenSolvedFeasible() throws Exception {
        MvcResult result = mvc.perform(submit(TestPlans.small("submit-small"))
                        .param("timeLimit", "PT20S")
                        .param("unimprovedTimeLimit", "PT0.5S"))
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.planId").value("submit-small"))
                .andExpect(jsonPath("$.state").value(Matchers.oneOf("QUEUED", "SOLVING")))
                .andReturn();
        Job accepted = json.readValue(result.getResponse().getContentAsString(), Job.class);

        Job solved = awaitFinal(accepted.getJobId());

        assertThat(result.getResponse().getHeader("Location")).endsWith("/jobs/" + accepted.getJobId());
        assertThat(solved.getState()).isEqualTo(JobState.SOLVED);
        assertThat(solved.getFeasible()).isTrue();
        assertThat(solved.getSolutionVersion()).isPositive();
        assertThat(solved.getStartedAt()).isNotNull();
        assertThat(solved.getEndedAt()).isNotNull();
        JsonNode solution = getJson("/jobs/{id}/solution", accepted.getJobId());
        assertThat(solution.get("score").asString()).isEqualTo(solved.getScore());
        assertThat(solution.get("sessions")).hasSize(4).allSatisfy(session -> {
            assertThat(session.has("start")).isTrue();
            assertThat(session.has("tutor")).isTrue();
            assertThat(session.has("venue")).isTrue();
        });
    }

    @Test
    @Timeout(60)
    void terminate_solvingJob_endsTerminatedKeepingBestSolution() throws Exception {
        Job accepted = submitted(submit(TestPlans.small("terminate-me")).param("timeLimit", "PT60S"));
        await().atMost(Duration.ofSeconds(30))
                .until(
                        () -> job(accepted.getJobId()),
                        job -> job.getScore() != null && job.getScore().contains("/0medium/"));

        MvcResult result = mvc.perform(post("/jobs/{id}/termination", accepted.getJobId()))
                .andExpect(status().isOk())
                .andReturn();

        Job terminated = json.readValue(result.getResponse().getContentAsString(), Job.class);
        assertThat(terminated.getState()).isEqualTo(JobState.TERMINATED);
        assertThat(terminated.getScore()).isNotBlank();
        assertThat(job(accepted.getJobId()).getState()).isEqualTo(JobState.TERMINATED);
        JsonNode solution = getJson("/jobs/{id}/solution", accepted.getJobId());
        assertThat(solution.get("score").asString()).isEqualTo(terminated.getScore());
        assertThat(solution.get("sessions"))
                .allSatisfy(session -> assertThat(session.has("start")).isTrue());
    }

    @Test
    @Timeout(60)
    void terminate_endedJob_answersItsStateUnchanged() throws Exception {
        Job accepted = submitted(submit(TestPlans.small("terminate-twice")).param("timeLimit", "PT0.2S"));
        Job solved = awaitFinal(accepted.getJobId());

        mvc.perform(post("/jobs/{id}/termination", accepted.getJobId()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value(solved.getState().getValue()))
                .andExpect(jsonPath("$.score").value(solved.getScore()));
    }

    @Test
    @Timeout(60)
    void submit_samePlanIdWhileSolving_answers409UntilTheJobEnds() throws Exception {
        Job first = submitted(submit(TestPlans.small("busy-plan")).param("timeLimit", "PT60S"));

        mvc.perform(submit(TestPlans.small("busy-plan")))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(409))
                .andExpect(jsonPath("$.jobId").value(first.getJobId()))
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("busy-plan")));
        mvc.perform(post("/jobs/{id}/termination", first.getJobId())).andExpect(status().isOk());
        Job second = submitted(submit(TestPlans.small("busy-plan")).param("timeLimit", "PT0.2S"));

        assertThat(second.getJobId()).isNotEqualTo(first.getJobId());
        mvc.perform(get("/plans/{id}", "busy-plan"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.jobs.length()").value(2))
                .andExpect(jsonPath("$.jobs[0].jobId").value(second.getJobId()))
                .andExpect(jsonPath("$.jobs[1].state").value("TERMINATED"));
    }

    @Test
    @Timeout(60)
    void submit_withOptions_solvesWithThemAndAnswersThem() throws Exception {
        Job accepted = submitted(submit(TestPlans.small("with-options"))
                .param("timeLimit", "PT20S")
                .param("unimprovedTimeLimit", "PT5S")
                .param("seed", "7")
                .param("stepLimit", "50")
                .param("weight", "Tutor travel time=0hard/0medium/5soft"));

        Job solved = awaitFinal(accepted.getJobId());

        assertThat(solved.getState()).isEqualTo(JobState.SOLVED);
        assertThat(solved.getSettings().getTimeLimit()).isEqualTo("PT20S");
        assertThat(solved.getSettings().getUnimprovedTimeLimit()).isEqualTo("PT5S");
        assertThat(solved.getSettings().getSeed()).isEqualTo(7L);
        assertThat(solved.getSettings().getStepLimit()).isEqualTo(50);
        assertThat(solved.getSettings().getRuleWeights()).singleElement().satisfies(weight -> {
            assertThat(weight.getRule()).isEqualTo("Tutor travel time");
            assertThat(weight.getSoft()).isEqualTo(5L);
        });
        JsonNode solution = getJson("/jobs/{id}/solution", accepted.getJobId());
        assertThat(solution.get("ruleWeights").toString()).contains("Tutor travel time");
    }

    @Test
    void submit_badOptions_answers400NamingEachParameter() throws Exception {
        mvc.perform(submit(TestPlans.small("bad-options"))
                        .param("timeLimit", "thirty seconds")
                        .param("unimprovedTimeLimit", "PT11M")
                        .param("weight", "No such rule=1hard/0medium/0soft")
                        .param("weight", "Tutor travel time"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].path")
                        .value(Matchers.containsInAnyOrder("timeLimit", "weight[0]", "weight[1]")));
        mvc.perform(submit(TestPlans.small("bad-options")).param("timeLimit", "PT11M"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].path").value("timeLimit"))
                .andExpect(jsonPath("$.errors[0].message").value(Matchers.containsString("maximum")));
        mvc.perform(get("/plans/{id}", "bad-options")).andExpect(status().isNotFound());
    }

    @Test
    @Timeout(60)
    void listPlans_pages_newestFirstWithTotals() throws Exception {
        for (String id : new String[] {"list-a", "list-b", "list-c"}) {
            Job job = submitted(submit(TestPlans.small(id)).param("timeLimit", "PT0.1S"));
            awaitFinal(job.getJobId());
        }

        JsonNode first = getJson("/plans?page=0&size=2");
        JsonNode second = getJson("/plans?page=1&size=2");

        assertThat(first.get("items")).hasSize(2);
        assertThat(first.get("items").get(0).get("id").asString()).isEqualTo("list-c");
        assertThat(first.get("items").get(1).get("id").asString()).isEqualTo("list-b");
        assertThat(second.get("items").get(0).get("id").asString()).isEqualTo("list-a");
        assertThat(first.get("totalItems").asLong()).isGreaterThanOrEqualTo(3);
        assertThat(first.get("totalPages").asInt())
                .isEqualTo((int) ((first.get("totalItems").asLong() + 1) / 2));
        assertThat(first.get("items").get(0).get("jobs").get(0).get("state").asString())
                .isEqualTo("SOLVED");
        mvc.perform(get("/plans").param("size", "0"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].path").value("size"));
    }

    @Test
    void unknownJobAndPlan_answer404ProblemDetails() throws Exception {
        mvc.perform(get("/jobs/{id}", "no-such-job"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("no-such-job")));
        mvc.perform(get("/plans/{id}", "no-such-plan"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.status").value(404));
        mvc.perform(post("/jobs/{id}/termination", "no-such-job")).andExpect(status().isNotFound());
        mvc.perform(get("/jobs/{id}/solution", "no-such-job")).andExpect(status().isNotFound());
    }
}
