package org.linli.api.repair;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.linli.api.ApiTestSupport;
import org.linli.api.TestPlans;
import org.linli.format.Job;
import org.linli.format.JobState;
import org.linli.format.WeeklyPlan;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;

/**
 * The whole repair cycle over HTTP: solve and publish a plan, record a tutor's absence and an equipment failure, see
 * the board turn yellow and red, repair, check the manifest lists exactly the affected sessions, see the board turn
 * green, and run the nightly repair on demand.
 */
class RepairFlowTest extends ApiTestSupport {

    private static final String WEEK_START = "2026-07-06T00:00";
    private static final String WEEK_END = "2026-07-11T00:00";

    /** Ten one-student maths groups of one hour, four tutors and three rooms: room to spare everywhere. */
    private static WeeklyPlan plan(String id) {
        WeeklyPlan plan = TestPlans.empty(id);
        for (int v = 1; v <= 3; v++) {
            plan.getVenues().add(TestPlans.venue("room-" + v, 10));
        }
        for (int t = 1; t <= 4; t++) {
            plan.getTutors().add(TestPlans.tutor("T" + t));
        }
        for (int g = 1; g <= 10; g++) {
            plan.getStudents().add(TestPlans.student("S" + g));
            plan.getGroups().add(TestPlans.group("G" + g, 1, 60, List.of("S" + g)));
        }
        return plan;
    }

    private MvcResult postJson(String path, Object body, Object... variables) throws Exception {
        return mvc.perform(post(path, variables)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(body)))
                .andReturn();
    }

    private MvcResult postJsonText(String path, String body, Object... variables) throws Exception {
        return mvc.perform(post(path, variables)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andReturn();
    }

    @Test
    @Timeout(180)
    void repairCycle_publishDisruptRepair_manifestListsExactlyTheAffectedSessionsAndTheBoardTurnsGreen()
            throws Exception {
        Job solved = awaitFinal(submitted(submit(plan("repair-flow"))).getJobId());
        assertThat(solved.getState()).isEqualTo(JobState.SOLVED);
        assertThat(solved.getFeasible()).isTrue();

        MvcResult published =
                postJsonText("/plans/{id}/publication", "{\"jobId\":\"" + solved.getJobId() + "\"}", "repair-flow");
        assertThat(published.getResponse().getStatus()).isEqualTo(201);
        assertThat(body(published).get("version").asInt()).isPositive();
        assertThat(getJson("/plans/{id}/board", "repair-flow").get("colour").asString())
                .isEqualTo("GREEN");

        // The busiest tutor falls ill for the week; the room of another tutor's session fails on that day.
        JsonNode sessions = getJson("/jobs/{id}/solution", solved.getJobId()).get("sessions");
        String absent = busiestTutor(sessions);
        JsonNode other = null;
        for (JsonNode session : sessions) {
            if (!session.get("tutor").asString().equals(absent)) {
                other = session;
                break;
            }
        }
        String failedRoom = other.get("venue").asString();
        String day = other.get("start").asString().substring(0, 10);
        Set<String> expected = new HashSet<>();
        for (JsonNode session : sessions) {
            boolean taughtByAbsent = session.get("tutor").asString().equals(absent);
            boolean inFailedRoom = session.get("venue").asString().equals(failedRoom)
                    && session.get("start").asString().startsWith(day);
            if (taughtByAbsent || inFailedRoom) {
                expected.add(session.get("id").asString());
            }
        }

        MvcResult illness = postJsonText(
                "/plans/{id}/disruptions",
                "{\"type\":\"TUTOR_ABSENT\",\"tutorId\":\"" + absent + "\",\"start\":\"" + WEEK_START + "\",\"end\":\""
                        + WEEK_END + "\"}",
                "repair-flow");
        assertThat(illness.getResponse().getStatus()).isEqualTo(201);
        assertThat(body(illness).get("id").asString()).isEqualTo("d-1");
        assertThat(body(illness).get("state").asString()).isEqualTo("OPEN");
        MvcResult failure = postJsonText(
                "/plans/{id}/disruptions",
                "{\"id\":\"projector\",\"type\":\"VENUE_CLOSED\",\"venueId\":\"" + failedRoom + "\",\"start\":\"" + day
                        + "T09:00\",\"end\":\"" + day + "T12:00\",\"reason\":\"equipment failure\"}",
                "repair-flow");
        assertThat(failure.getResponse().getStatus()).isEqualTo(201);

        JsonNode before = getJson("/plans/{id}/board", "repair-flow");
        assertThat(before.get("colour").asString()).isEqualTo("RED");
        assertThat(colours(before)).contains("RED", "YELLOW");
        assertThat(before.get("openDisruptions").toString()).contains("d-1", "projector");

        MvcResult repairing = mvc.perform(post("/plans/{id}/repairs", "repair-flow")
                        .param("timeLimit", "PT20S")
                        .param("now", "2026-07-06T02:00"))
                .andReturn();
        assertThat(repairing.getResponse().getStatus()).isEqualTo(202);
        Job repair = awaitFinal(json.readValue(repairing.getResponse().getContentAsString(), Job.class)
                .getJobId());
        assertThat(repair.getState()).isEqualTo(JobState.SOLVED);
        assertThat(repair.getFeasible()).isTrue();

        JsonNode manifest = getJson("/jobs/{id}/manifest", repair.getJobId());
        Set<String> changed = new HashSet<>();
        for (JsonNode change : manifest.get("changes")) {
            changed.add(change.get("sessionId").asString());
            assertThat(change.get("kind").asString()).isEqualTo("CHANGED");
            assertThat(change.get("disruptionIds").toString()).containsAnyOf("d-1", "projector");
            assertThat(change.get("reason").asString()).isNotBlank();
        }
        assertThat(changed).isEqualTo(expected);
        assertThat(manifest.get("byTutor").has(absent)).isTrue();
        assertThat(manifest.get("byVenue").has(failedRoom)).isTrue();
        JsonNode repairedSessions =
                getJson("/jobs/{id}/solution", repair.getJobId()).get("sessions");
        for (JsonNode session : repairedSessions) {
            if (!expected.contains(session.get("id").asString())) {
                assertThat(session)
                        .as("unaffected session")
                        .isEqualTo(find(sessions, session.get("id").asString()));
            } else {
                assertThat(session.get("tutor").asString()).isNotEqualTo(absent);
            }
        }

        JsonNode after = getJson("/plans/{id}/board", "repair-flow");
        assertThat(after.get("colour").asString()).isEqualTo("GREEN");
        assertThat(after.get("jobId").asString()).isEqualTo(repair.getJobId());
        assertThat(after.get("openDisruptions")).isEmpty();
        JsonNode view = getJson("/plans/{id}", "repair-flow");
        assertThat(view.get("publication").get("jobId").asString()).isEqualTo(solved.getJobId());
        assertThat(view.get("board").get("colour").asString()).isEqualTo("GREEN");
        for (JsonNode disruption : getJson("/plans/{id}/disruptions", "repair-flow")) {
            assertThat(disruption.get("state").asString()).isEqualTo("REPAIRED");
            assertThat(disruption.get("repairJobId").asString()).isEqualTo(repair.getJobId());
        }

        JsonNode nothingOpen = body(mvc.perform(post("/repairs/nightly")).andReturn());
        assertThat(nothingOpen.get("jobs")).isEmpty();
        postJsonText(
                "/plans/{id}/disruptions",
                "{\"type\":\"STUDENT_LEAVES\",\"studentId\":\"S1\",\"groupId\":\"G1\"}",
                "repair-flow");
        JsonNode nightly = body(mvc.perform(post("/repairs/nightly")).andReturn());
        assertThat(nightly.get("jobs")).hasSize(1);
        assertThat(awaitFinal(nightly.get("jobs").get(0).get("jobId").asString())
                        .getState())
                .isEqualTo(JobState.SOLVED);
    }

    @Test
    @Timeout(120)
    void disruption_unknownIdsAndIntervalOutsideTheWeek_400NamingThem() throws Exception {
        Job solved = awaitFinal(submitted(submit(plan("repair-invalid"))).getJobId());
        postJsonText("/plans/{id}/publication", "{\"jobId\":\"" + solved.getJobId() + "\"}", "repair-invalid");

        MvcResult unknownTutor = postJsonText(
                "/plans/{id}/disruptions",
                "{\"type\":\"TUTOR_ABSENT\",\"tutorId\":\"T9\",\"start\":\"2026-07-10T09:00\",\"end\":\"2026-07-12T09:00\"}",
                "repair-invalid");
        MvcResult missingVenue =
                postJsonText("/plans/{id}/disruptions", "{\"type\":\"VENUE_WITHDRAWN\"}", "repair-invalid");

        assertThat(unknownTutor.getResponse().getStatus()).isEqualTo(400);
        assertThat(unknownTutor.getResponse().getContentType()).contains("application/problem+json");
        JsonNode errors = body(unknownTutor).get("errors");
        assertThat(errors).hasSize(2);
        assertThat(errors.toString()).contains("(T9)").contains("outside the plan's week");
        assertThat(missingVenue.getResponse().getStatus()).isEqualTo(400);
        assertThat(body(missingVenue).get("errors").get(0).get("path").asString())
                .isEqualTo("$.venueId");
        assertThat(getJson("/plans/{id}/disruptions", "repair-invalid")).isEmpty();
    }

    @Test
    void disruption_planNotPublished_404() throws Exception {
        awaitFinal(submitted(submit(plan("repair-unpublished"))).getJobId());

        MvcResult result = postJsonText(
                "/plans/{id}/disruptions", "{\"type\":\"GROUP_CANCELLED\",\"groupId\":\"G1\"}", "repair-unpublished");

        assertThat(result.getResponse().getStatus()).isEqualTo(404);
        assertThat(body(result).get("detail").asString()).contains("(repair-unpublished) has no published version");
    }

    private static String busiestTutor(JsonNode sessions) {
        List<String> tutors = new ArrayList<>();
        sessions.forEach(session -> tutors.add(session.get("tutor").asString()));
        return tutors.stream()
                .distinct()
                .max(java.util.Comparator.comparingLong((String tutor) ->
                                tutors.stream().filter(tutor::equals).count())
                        .thenComparing(java.util.Comparator.reverseOrder()))
                .orElseThrow();
    }

    private static JsonNode find(JsonNode sessions, String id) {
        for (JsonNode session : sessions) {
            if (session.get("id").asString().equals(id)) {
                return session;
            }
        }
        throw new AssertionError("No session " + id);
    }

    private static Set<String> colours(JsonNode board) {
        Set<String> colours = new HashSet<>();
        board.get("cells").forEach(cell -> colours.add(cell.get("colour").asString()));
        return colours;
    }
}
