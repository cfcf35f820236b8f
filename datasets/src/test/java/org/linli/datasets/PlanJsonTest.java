package org.linli.datasets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.linli.format.Session;
import org.linli.format.WeeklyPlan;

class PlanJsonTest {

    private static final String MINIMAL = """
            {
              "id": "p",
              "week": {"startDate": "2026-07-06", "timeZone": "Asia/Shanghai"},
              "tracks": [],
              "venues": [],
              "tutors": [],
              "groups": []
            }
            """;

    @Test
    void read_smallPlan_readsEveryPart() {
        WeeklyPlan plan = TestPlans.small();

        assertThat(plan.getId()).isEqualTo("small");
        assertThat(plan.getWeek().getDays()).isEqualTo(5);
        assertThat(plan.getVenues()).extracting(v -> v.getId()).containsExactly("room-1", "lab", "bookshop");
        assertThat(plan.getSessions().getFirst().getPinned()).isTrue();
        assertThat(plan.getRuleWeights()).hasSize(2);
    }

    @Test
    void write_plan_isStablePrettyUtf8WithTrailingNewline() {
        WeeklyPlan plan = TestPlans.small();
        plan.setName("Lǐ's plan, 邻里");

        String first = PlanJson.write(plan);
        String second = PlanJson.write(PlanJson.readString(first));

        assertThat(second).isEqualTo(first);
        assertThat(first).endsWith("}\n").doesNotContain("\r").contains("\n  \"id\": \"small\",\n");
        assertThat(first).contains("邻里");
        assertThat(first.indexOf("\"id\"")).isLessThan(first.indexOf("\"week\""));
        assertThat(PlanJson.readString(first)).isEqualTo(plan);
    }

    @Test
    void write_emptyListsAndFalseFlags_leftOutButRequiredListsKept() {
        WeeklyPlan plan = PlanJson.readString(MINIMAL);
        plan.setSessions(List.of(new Session().id("s").group("g").pinned(false)));

        String json = PlanJson.write(plan);

        assertThat(json)
                .contains("\"tracks\": []", "\"venues\": []", "\"tutors\": []", "\"groups\": []")
                .doesNotContain("students", "pinned", "score", "certifications");
        assertThat(PlanJson.readString(json)).isEqualTo(plan);
    }

    @Test
    void write_file_readsBackAsUtf8(@TempDir Path folder) throws Exception {
        WeeklyPlan plan = TestPlans.small();
        plan.setName("邻里");
        Path file = folder.resolve("plan.json");

        PlanJson.write(file, plan);

        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(PlanJson.write(plan));
        assertThat(PlanJson.read(file)).isEqualTo(plan);
    }

    @Test
    void read_unknownProperty_rejectedWithItsPathLineAndColumn() {
        String json =
                MINIMAL.replace("\"groups\": []", "\"groups\": [{\"id\": \"g\", \"track\": \"k\", \"colour\": 1}]");

        assertThatThrownBy(() -> PlanJson.readString(json)).isInstanceOfSatisfying(PlanValidationException.class, e -> {
            assertThat(e.problems()).hasSize(1);
            PlanProblem problem = e.problems().getFirst();
            assertThat(problem.path()).isEqualTo("$.groups[0].colour");
            assertThat(problem.message()).contains("(colour)", "line 7, column", "sessionMinutes");
        });
    }

    @Test
    void read_invalidJson_namesLineAndColumn() {
        String json = MINIMAL.replace("\"tutors\": [],", "\"tutors\": [,");

        assertThatThrownBy(() -> PlanJson.readString(json)).isInstanceOfSatisfying(PlanValidationException.class, e -> {
            PlanProblem problem = e.problems().getFirst();
            assertThat(problem.path()).isEqualTo("$.tutors[0]");
            assertThat(problem.message()).contains("not valid JSON", "line 6, column 14");
        });
    }

    @Test
    void read_wrongType_namesPathAndExpectedType() {
        String json = MINIMAL.replace("\"venues\": []", "\"venues\": [{\"id\": \"v\", \"capacity\": \"twelve\"}]");

        assertThatThrownBy(() -> PlanJson.readString(json)).isInstanceOfSatisfying(PlanValidationException.class, e -> {
            PlanProblem problem = e.problems().getFirst();
            assertThat(problem.path()).isEqualTo("$.venues[0].capacity");
            assertThat(problem.message()).contains("(\"twelve\")", "whole number", "line 5");
        });
    }

    @Test
    void read_numberForText_rejected() {
        String json = MINIMAL.replace("\"id\": \"p\"", "\"id\": 7");

        assertThatThrownBy(() -> PlanJson.readString(json))
                .isInstanceOfSatisfying(
                        PlanValidationException.class,
                        e -> assertThat(e.problems().getFirst().path()).isEqualTo("$.id"));
    }

    @Test
    void read_unknownWeekday_namesPathAndTheKnownDays() {
        String json = MINIMAL.replace(
                "\"tracks\": []",
                "\"tracks\": [{\"id\": \"k\", \"windows\": [{\"days\": [\"MONDAY\", \"FUNDAY\"], \"start\": \"09:00\","
                        + " \"end\": \"10:00\"}]}]");

        assertThatThrownBy(() -> PlanJson.readString(json)).isInstanceOfSatisfying(PlanValidationException.class, e -> {
            PlanProblem problem = e.problems().getFirst();
            assertThat(problem.path()).isEqualTo("$.tracks[0].windows[0].days[1]");
            assertThat(problem.message()).contains("(\"FUNDAY\")", "MONDAY", "SUNDAY");
        });
    }

    @Test
    void read_repeatedKey_rejected() {
        String json = MINIMAL.replace("\"id\": \"p\",", "\"id\": \"p\", \"id\": \"q\",");

        assertThatThrownBy(() -> PlanJson.readString(json))
                .isInstanceOfSatisfying(
                        PlanValidationException.class,
                        e -> assertThat(e.problems().getFirst().message()).contains("id", "line 2"));
    }

    @Test
    void read_missingRequiredProperties_listsEachOne() {
        String json = """
                {"id": "p", "week": {"startDate": "2026-07-06", "timeZone": "UTC"}, "tracks": []}
                """;

        assertThatThrownBy(() -> PlanJson.readString(json))
                .isInstanceOfSatisfying(
                        PlanValidationException.class,
                        e -> assertThat(e.problems())
                                .extracting(PlanProblem::path)
                                .containsExactly("$.venues", "$.tutors", "$.groups"));
    }

    @Test
    void read_unknownFile_namesThePath(@TempDir Path folder) {
        Path missing = folder.resolve("nowhere.json");

        assertThatThrownBy(() -> PlanJson.read(missing))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining(missing.toAbsolutePath().toString())
                .hasMessageContaining("does not exist");
    }

    @Test
    void read_trailingContent_rejected() {
        assertThatThrownBy(() -> PlanJson.readString(MINIMAL + "{}")).isInstanceOf(PlanValidationException.class);
    }
}
