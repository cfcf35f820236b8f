package org.linli.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.linli.format.WeeklyPlan;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;

class ValidationTest extends ApiTestSupport {

    @Test
    void c07_pinnedSessionWithoutValues_answers400NamingTheSessionAndEachMissingField() throws Exception {
        WeeklyPlan plan = TestPlans.small("c07");
        plan.getSessions().add(TestPlans.session("S", "maths").pinned(true));

        MvcResult result = mvc.perform(submit(plan))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andReturn();

        JsonNode errors = body(result).get("errors");
        assertThat(errors).isNotEmpty();
        String all = errors.toString();
        assertThat(all).contains("$.sessions[0]").contains("S");
        assertThat(all).contains("start").contains("tutor").contains("venue");
        assertNothingStored("c07");
    }

    @Test
    void c11_duplicateSessionIdAndDanglingTutor_answers400ListingBothWithPaths() throws Exception {
        WeeklyPlan plan = TestPlans.small("c11");
        plan.getSessions().add(TestPlans.session("s-7", "maths"));
        plan.getSessions().add(TestPlans.session("s-7", "maths"));
        plan.getSessions().add(TestPlans.session("s-8", "reading").tutor("t-99"));

        MvcResult result =
                mvc.perform(submit(plan)).andExpect(status().isBadRequest()).andReturn();

        JsonNode errors = body(result).get("errors");
        List<String> paths =
                errors.valueStream().map(e -> e.get("path").asString()).toList();
        assertThat(paths).anyMatch(path -> path.startsWith("$.sessions[1]"));
        assertThat(paths).anyMatch(path -> path.equals("$.sessions[2].tutor"));
        assertThat(errors.toString()).contains("s-7").contains("t-99");
        assertNothingStored("c11");
    }

    @Test
    void malformedJson_answers400WithWhereReadingStopped() throws Exception {
        mvc.perform(post("/plans").contentType(MediaType.APPLICATION_JSON).content("{\"id\": \"broken\", \"week\": {"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].path").value(Matchers.startsWith("$")))
                .andExpect(jsonPath("$.errors[0].message").isNotEmpty());
        mvc.perform(post("/plans").contentType(MediaType.APPLICATION_JSON).content(""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.status").value(400));
    }

    @Test
    void wrongTypeAndUnknownProperty_answer400WithTheirJsonPaths() throws Exception {
        String plan = json.writeValueAsString(TestPlans.small("wrong-type"));
        String wrongType = plan.replace("\"capacity\":10", "\"capacity\":\"ten\"");
        String unknown = plan.replaceFirst("\"name\":", "\"colour\":\"blue\",\"name\":");

        mvc.perform(post("/plans").contentType(MediaType.APPLICATION_JSON).content(wrongType))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].path").value("$.venues[0].capacity"));
        mvc.perform(post("/plans").contentType(MediaType.APPLICATION_JSON).content(unknown))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].path").value(Matchers.containsString("colour")));
    }

    @Test
    void beanValidation_emptyIdAndBadStartPattern_answers400ListingEach() throws Exception {
        WeeklyPlan plan = TestPlans.small("");
        plan.getSessions().add(TestPlans.session("s-1", "maths").start("Monday nine"));

        MvcResult result =
                mvc.perform(submit(plan)).andExpect(status().isBadRequest()).andReturn();

        List<String> paths = body(result)
                .get("errors")
                .valueStream()
                .map(e -> e.get("path").asString())
                .toList();
        assertThat(paths).contains("$.id", "$.sessions[0].start");
    }

    @Test
    void nonPositiveCapacityAndLength_answer400WithTheirPaths() throws Exception {
        WeeklyPlan plan = TestPlans.small("non-positive");
        plan.getVenues().getFirst().setCapacity(0);
        plan.getGroups().getFirst().setSessionMinutes(-30);

        MvcResult result =
                mvc.perform(submit(plan)).andExpect(status().isBadRequest()).andReturn();

        List<String> paths = body(result)
                .get("errors")
                .valueStream()
                .map(e -> e.get("path").asString())
                .toList();
        assertThat(paths).contains("$.venues[0].capacity", "$.groups[0].sessionMinutes");
    }

    @Test
    void unknownCertificationAndTrack_answer400WithTheirPaths() throws Exception {
        WeeklyPlan plan = TestPlans.small("unknown-refs");
        plan.getGroups().getFirst().setCertification("astrology");
        plan.getGroups().get(1).setTrack("no-track");

        MvcResult result =
                mvc.perform(submit(plan)).andExpect(status().isBadRequest()).andReturn();

        List<String> paths = body(result)
                .get("errors")
                .valueStream()
                .map(e -> e.get("path").asString())
                .toList();
        assertThat(paths).contains("$.groups[0].certification", "$.groups[1].track");
    }

    @Test
    void endNotAfterStart_answers400WithThePath() throws Exception {
        WeeklyPlan plan = TestPlans.small("end-before-start");
        plan.getTracks().getFirst().getWindows().getFirst().setEnd("08:00");

        mvc.perform(submit(plan))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].path")
                        .value(Matchers.hasItem(Matchers.startsWith("$.tracks[0].windows[0]"))));
    }

    private void assertNothingStored(String planId) throws Exception {
        mvc.perform(get("/plans/{id}", planId)).andExpect(status().isNotFound());
        assertThat(jobService.activeJobIds()).isEmpty();
    }
}
