package org.linli.api.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The command line as a user runs it: exit codes, the summary, the files it writes and its messages for bad input. */
class LinliCliTest {

    @TempDir
    Path folder;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return LinliCli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @Test
    @Timeout(120)
    void solve_bundledNeighbourhood_printsTheSummaryAndWritesTheSolution() throws IOException {
        Path solution = folder.resolve("nb.solution.json");

        int exit = run(
                "solve",
                "neighbourhood-holiday",
                "--time-limit",
                "60s",
                "--step-limit",
                "200",
                "--quiet",
                "--out",
                solution.toString());

        assertThat(exit).as(err.toString()).isZero();
        assertThat(out.toString())
                .contains("Score: ")
                .contains("Sessions: ")
                .contains("Utilisation:")
                .contains("Timetable of site")
                .contains("Solution written to " + solution);
        assertThat(Files.readString(solution)).contains("\"score\"").contains("\"sessions\"");
    }

    @Test
    @Timeout(120)
    void solve_itcInstance_writesTheSolFileAndPrintsTheOfficialCost() {
        int exit = run(
                "solve",
                "toy",
                "--time-limit",
                "60s",
                "--step-limit",
                "100",
                "--quiet",
                "--out",
                folder.resolve("toy.solution.json").toString());

        assertThat(exit).as(err.toString()).isZero();
        assertThat(out.toString()).contains("Official ITC2007 cost of toy").contains("Total Cost = ");
        assertThat(folder.resolve("toy.sol")).exists();
    }

    @Test
    void solve_unknownDataset_exitsWithTwoAndListsTheKnownNames() {
        int exit = run("solve", "no-such-week");

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString())
                .contains("(no-such-week)")
                .contains("neighbourhood-holiday")
                .doesNotContain("\tat ");
    }

    @Test
    void solve_invalidPlanFile_exitsWithTwoNamingThePathOfEachProblem() throws IOException {
        Path plan = folder.resolve("bad.json");
        Files.writeString(plan, """
                {"id": "bad", "week": {"startDate": "2026-07-06", "timeZone": "Asia/Shanghai"},
                 "tracks": [{"id": "k", "windows": [{"days": ["MONDAY"], "start": "12:00", "end": "09:00"}]}],
                 "venues": [{"id": "v", "capacity": 0}], "tutors": [], "groups": []}
                """);

        int exit = run("solve", plan.toString());

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString())
                .contains("$.tracks[0].windows[0]")
                .contains("$.venues[0].capacity")
                .doesNotContain("\tat ");
    }

    @Test
    void solve_missingFile_exitsWithTwoNamingTheFile() {
        int exit = run("solve", folder.resolve("absent.json").toString());

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("absent.json");
    }

    @Test
    void score_malformedSolution_exitsWithTwoNamingTheLineAndToken() throws IOException {
        Path solution = folder.resolve("bad.sol");
        Files.writeString(solution, "SceCosC A 0 0\nNoSuchCourse A 1 1\n");

        int exit = run("score", "toy", solution.toString());

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("line 2").contains("NoSuchCourse");
    }

    @Test
    void datasets_listsBundledPlansAndItcInstances() {
        int exit = run("datasets");

        assertThat(exit).isZero();
        assertThat(out.toString()).contains("district-school").contains("comp07");
    }

    @Test
    @Timeout(120)
    void repairNightly_withNoPublishedPlan_repairsNothingAndExitsZero() {
        int exit = run(
                "repair-nightly",
                "--spring.datasource.url=jdbc:h2:mem:nightly-cli;DB_CLOSE_DELAY=-1",
                "--logging.level.root=WARN");

        assertThat(exit).as(err.toString()).isZero();
        assertThat(out.toString()).contains("Nightly repair: 0 plan(s) with open disruptions.");
    }
}
