package org.linli.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.StringReader;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.linli.format.Job;
import org.linli.format.JobState;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;

class ViewsTest extends ApiTestSupport {

    private String solvedJob(String planId) throws Exception {
        Job job = submitted(
                submit(TestPlans.small(planId)).param("timeLimit", "PT30S").param("stepLimit", "100"));
        assertThat(awaitFinal(job.getJobId()).getState()).isEqualTo(JobState.SOLVED);
        return job.getJobId();
    }

    @Test
    @Timeout(60)
    void timetables_eachView_listsEveryResourceWithItsSessionsInStartOrder() throws Exception {
        String jobId = solvedJob("views-timetables");

        JsonNode tutors = getJson("/jobs/{id}/timetables/tutor", jobId);
        JsonNode venues = getJson("/jobs/{id}/timetables/venue", jobId);
        JsonNode students = getJson("/jobs/{id}/timetables/student", jobId);
        JsonNode sites = getJson("/jobs/{id}/timetables/site", jobId);

        assertThat(tutors.get("timeZone").asString()).isEqualTo(TestPlans.ZONE);
        assertThat(rowIds(tutors)).containsExactly("t-1", "t-2");
        assertThat(entryCount(tutors)).isEqualTo(4);
        assertThat(rowIds(venues)).containsExactly("room-1", "room-2");
        assertThat(entryCount(venues)).isEqualTo(4);
        assertThat(rowIds(students)).containsExactly("st-1", "st-2");
        assertThat(students.get("rows").get(0).get("entries")).hasSize(4);
        assertThat(students.get("rows").get(1).get("entries")).hasSize(2);
        assertThat(sites.get("rows").get(0).get("minutes").asInt()).isEqualTo(240);
        List<String> starts = students.get("rows")
                .get(0)
                .get("entries")
                .valueStream()
                .map(entry -> entry.get("start").asString())
                .toList();
        assertThat(starts).isSorted().allMatch(start -> start.startsWith("2026-07-"));
    }

    @Test
    @Timeout(60)
    void timetable_oneResource_answersItsRowAnd404ForAnUnknownOne() throws Exception {
        String jobId = solvedJob("views-one");

        mvc.perform(get("/jobs/{id}/timetables/student", jobId).param("id", "st-2"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rows.length()").value(1))
                .andExpect(jsonPath("$.rows[0].entries.length()").value(2))
                .andExpect(jsonPath("$.rows[0].entries[0].groupId").value("maths"));
        mvc.perform(get("/jobs/{id}/timetables/tutor", jobId).param("id", "t-99"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/jobs/{id}/timetables/teacher", jobId))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].path").value("view"));
        mvc.perform(get("/jobs/{id}/timetables/tutor", "no-such-job")).andExpect(status().isNotFound());
    }

    @Test
    @Timeout(60)
    void tutorCalendar_isRfc5545WithThePlansZoneAndStableUids() throws Exception {
        String first = solvedJob("views-calendar");
        String second = solvedJob("views-calendar");

        String text = mvc.perform(get("/jobs/{id}/calendars/tutors/{tutor}", first, "t-1"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/calendar"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        Calendar calendar = parse(text);
        Calendar again = parse(mvc.perform(get("/jobs/{id}/calendars/tutors/{tutor}", second, "t-1"))
                .andReturn()
                .getResponse()
                .getContentAsString());

        assertThat(text).contains("BEGIN:VCALENDAR").contains("VERSION:2.0").contains("\r\n");
        VTimeZone zone = calendar.<VTimeZone>getComponent("VTIMEZONE").orElseThrow();
        assertThat(zone.getTimeZoneId().getValue()).isEqualTo(TestPlans.ZONE);
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertThat(events).isNotEmpty().allSatisfy(event -> {
            Property start = event.getProperty(Property.DTSTART).orElseThrow();
            assertThat(start.getParameter(Parameter.TZID).orElseThrow().getValue())
                    .isEqualTo(TestPlans.ZONE);
            assertThat(event.getUid().orElseThrow().getValue()).endsWith(".views-calendar@linli-scheduler");
        });
        List<String> allUids = uids(calendar);
        allUids.addAll(uids(again));
        assertThat(allUids).allMatch(uid -> uid.matches("(maths|reading)#[12]\\.views-calendar@linli-scheduler"));
    }

    @Test
    @Timeout(60)
    void studentCalendar_hasOneEventPerSessionOfTheStudentsGroups() throws Exception {
        String jobId = solvedJob("views-student-calendar");

        Calendar calendar = parse(mvc.perform(get("/jobs/{id}/calendars/students/{student}", jobId, "st-1"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());

        assertThat(uids(calendar))
                .containsExactlyInAnyOrder(
                        "maths#1.views-student-calendar@linli-scheduler",
                        "maths#2.views-student-calendar@linli-scheduler",
                        "reading#1.views-student-calendar@linli-scheduler",
                        "reading#2.views-student-calendar@linli-scheduler");
        mvc.perform(get("/jobs/{id}/calendars/students/{student}", jobId, "st-99"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("st-99")));
    }

    @Test
    @Timeout(60)
    void sessionsCsv_hasAHeaderAndOneRowPerSession() throws Exception {
        String jobId = solvedJob("views-csv");

        String csv = mvc.perform(get("/jobs/{id}/sessions.csv", jobId))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andReturn()
                .getResponse()
                .getContentAsString();

        List<CSVRecord> rows = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(csv))
                .getRecords();
        assertThat(rows).hasSize(4);
        assertThat(rows).allSatisfy(row -> {
            assertThat(row.get("tutor")).startsWith("t-");
            assertThat(row.get("venue")).startsWith("room-");
            assertThat(row.get("site")).isEqualTo("site-1");
            assertThat(row.get("start")).startsWith("2026-07-");
        });
        assertThat(rows.stream().filter(row -> row.get("group").equals("maths")))
                .allSatisfy(row -> assertThat(row.get("students")).isEqualTo("st-1 st-2"));
        mvc.perform(get("/jobs/{id}/sessions.csv", "no-such-job")).andExpect(status().isNotFound());
    }

    private static Calendar parse(String text) throws Exception {
        return new CalendarBuilder().build(new StringReader(text));
    }

    private static List<String> uids(Calendar calendar) {
        return new java.util.ArrayList<>(calendar.<VEvent>getComponents("VEVENT").stream()
                .map(event -> event.getUid().orElseThrow().getValue())
                .toList());
    }

    private static List<String> rowIds(JsonNode timetable) {
        return timetable
                .get("rows")
                .valueStream()
                .map(row -> row.get("id").asString())
                .toList();
    }

    private static int entryCount(JsonNode timetable) {
        return timetable
                .get("rows")
                .valueStream()
                .mapToInt(row -> row.get("entries").size())
                .sum();
    }
}
