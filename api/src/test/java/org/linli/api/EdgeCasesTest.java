package org.linli.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.linli.format.Job;
import org.linli.format.JobState;
import org.linli.format.WeeklyPlan;
import tools.jackson.databind.JsonNode;

class EdgeCasesTest extends ApiTestSupport {

    @Test
    @Timeout(60)
    void c09a_tutorsAndVenuesButNoSessions_solvedQuicklyFeasibleWithAnEmptyExplanation() throws Exception {
        WeeklyPlan plan = TestPlans.empty("c09a");
        plan.getVenues().add(TestPlans.venue("room-1", 10));
        plan.getTutors().add(TestPlans.tutor("t-1"));

        Job job = awaitFinal(submitted(submit(plan)).getJobId());

        assertThat(job.getState()).isEqualTo(JobState.SOLVED);
        assertThat(job.getFeasible()).isTrue();
        JsonNode explanation = getJson("/jobs/{id}/explanation", job.getJobId());
        assertThat(explanation.get("feasible").asBoolean()).isTrue();
        assertThat(explanation.get("violations")).isEmpty();
        assertThat(explanation.get("unassigned")).isEmpty();
        JsonNode metrics = getJson("/jobs/{id}/metrics", job.getJobId());
        assertThat(metrics.get("sessions").asInt()).isZero();
    }

    @Test
    @Timeout(60)
    void c09b_twoSessionsButNoTutorsOrVenues_bothUnassignedWithAReason() throws Exception {
        WeeklyPlan plan = TestPlans.empty("c09b");
        plan.getStudents().add(TestPlans.student("st-1"));
        plan.getGroups().add(TestPlans.group("maths", 2, 60, List.of("st-1")));

        Job job = awaitFinal(submitted(submit(plan).param("timeLimit", "PT1S")).getJobId());

        assertThat(job.getState()).isEqualTo(JobState.SOLVED);
        JsonNode unassigned = getJson("/jobs/{id}/explanation", job.getJobId()).get("unassigned");
        assertThat(unassigned).hasSize(2).allSatisfy(session -> {
            assertThat(session.get("sessionId").asString()).startsWith("maths#");
            assertThat(session.get("missing").toString()).contains("tutor").contains("venue");
            assertThat(session.get("reason").asString()).isNotBlank();
            assertThat(session.get("code").asString()).isNotBlank();
        });
        assertThat(getJson("/jobs/{id}/metrics", job.getJobId())
                        .get("unassigned")
                        .asInt())
                .isEqualTo(2);
    }

    @Test
    @Timeout(60)
    void c10_overConstrainedPlanTerminatedAfterMilliseconds_explainsEveryViolationAndUnassignedSession()
            throws Exception {
        Job job = submitted(submit(TestPlans.overConstrained("c10")).param("timeLimit", "PT60S"));
        mvc.perform(post("/jobs/{id}/termination", job.getJobId())).andExpect(status().isOk());

        JsonNode explanation = getJson("/jobs/{id}/explanation", job.getJobId());

        assertThat(job(job.getJobId()).getState()).isEqualTo(JobState.TERMINATED);
        JsonNode unassigned = explanation.get("unassigned");
        assertThat(unassigned.size()).isGreaterThanOrEqualTo(3);
        assertThat(unassigned).allSatisfy(session -> {
            assertThat(session.get("reason").asString()).isNotBlank();
            assertThat(session.get("code").asString()).isNotBlank();
        });
        assertThat(explanation.get("violations")).allSatisfy(violation -> {
            assertThat(violation.get("message").asString()).isNotBlank();
            assertThat(violation.get("rule").asString()).isNotBlank();
        });
        assertThat(explanation.get("score").asString()).isNotBlank();
        assertThat(explanation.get("ruleTotals")).isNotEmpty();
    }

    @Test
    @Timeout(60)
    void explanation_ofAQueuedJob_answersTheUnsolvedProblem() throws Exception {
        Job running = submitted(submit(TestPlans.small("hold-the-solver")).param("timeLimit", "PT60S"));
        Job queued = submitted(submit(TestPlans.overConstrained("queued-c10")).param("timeLimit", "PT1S"));

        JsonNode explanation = getJson("/jobs/{id}/explanation", queued.getJobId());
        JsonNode metrics = getJson("/jobs/{id}/metrics", queued.getJobId());
        JsonNode solution = getJson("/jobs/{id}/solution", queued.getJobId());

        assertThat(job(queued.getJobId()).getState()).isEqualTo(JobState.QUEUED);
        assertThat(explanation.get("unassigned")).hasSize(5);
        assertThat(explanation.get("solutionVersion").asInt()).isZero();
        assertThat(metrics.get("assigned").asInt()).isZero();
        assertThat(solution.get("sessions")).hasSize(5);
        mvc.perform(post("/jobs/{id}/termination", queued.getJobId())).andExpect(status().isOk());
        assertThat(job(queued.getJobId()).getState()).isEqualTo(JobState.TERMINATED);
        assertThat(job(running.getJobId()).getState()).isEqualTo(JobState.SOLVING);
    }

    @Test
    @Timeout(60)
    void metrics_ofASolvedPlan_coverTheWholeDemand() throws Exception {
        Job job = awaitFinal(submitted(submit(TestPlans.small("metrics"))
                        .param("timeLimit", "PT30S")
                        .param("stepLimit", "100"))
                .getJobId());

        JsonNode metrics = getJson("/jobs/{id}/metrics", job.getJobId());

        assertThat(metrics.get("sessions").asInt()).isEqualTo(4);
        assertThat(metrics.get("assigned").asInt()).isEqualTo(4);
        assertThat(metrics.get("demandCovered").asDouble()).isEqualTo(1.0);
        assertThat(metrics.get("venueUtilisationBySite").get("site-1").asDouble())
                .isPositive();
        assertThat(metrics.get("demandCoveredByTrack").get("knowledge").asDouble())
                .isEqualTo(1.0);
        mvc.perform(get("/jobs/{id}/metrics", "no-such-job")).andExpect(status().isNotFound());
        mvc.perform(get("/jobs/{id}/explanation", "no-such-job")).andExpect(status().isNotFound());
    }
}
