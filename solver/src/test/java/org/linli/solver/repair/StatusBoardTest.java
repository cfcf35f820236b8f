package org.linli.solver.repair;

import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.TUESDAY;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.linli.solver.PlanFixture;
import org.linli.solver.domain.Session;
import org.linli.solver.domain.Tutor;
import org.linli.solver.domain.TutorKind;
import org.linli.solver.domain.WeeklyPlan;

class StatusBoardTest {

    private final RepairFixtures.Community c = RepairFixtures.caseC08();

    private Session session(WeeklyPlan plan, String id) {
        return plan.getSessions().stream()
                .filter(session -> session.getId().equals(id))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void board_publishedPlanWithoutDisruptions_allGreen() {
        WeeklyPlan plan = c.fixture.prepare();

        StatusBoard board = StatusBoard.of(plan, List.of());

        assertThat(board.colour()).isEqualTo(BoardColour.GREEN);
        assertThat(board.cells()).hasSize(5).allMatch(cell -> cell.reasons().isEmpty());
        assertThat(board.cell("site-1", "knowledge", 0).orElseThrow().sessionIds())
                .containsExactlyInAnyOrder("G1#1", "G2#1", "G3#1", "G4#1");
        assertThat(board.unplaced()).isEmpty();
    }

    @Test
    void board_sessionWithoutTutor_yellowWithTheReason() {
        WeeklyPlan plan = c.fixture.prepare();
        session(plan, "G2#1").setTutor(null);

        StatusBoard board = StatusBoard.of(plan, List.of());

        BoardCell monday = board.cellOf("G2#1").orElseThrow();
        assertThat(monday.colour()).isEqualTo(BoardColour.YELLOW);
        assertThat(monday.reasons()).containsExactly("G2#1 (Mon 16:00-17:00) has no tutor");
        assertThat(board.cell("site-1", "knowledge", 1).orElseThrow().colour()).isEqualTo(BoardColour.GREEN);
    }

    @Test
    void board_tutorOverDailyLimit_yellow() {
        PlanFixture f = new PlanFixture();
        var track = f.track("knowledge", true, 30, f.daily("16:00", "19:00"));
        var site = f.site("site-1");
        var room1 = f.venue("room-1", site, 10);
        var room2 = f.venue("room-2", site, 10);
        Tutor limited = f.tutor(
                "T1", TutorKind.CERTIFIED_TUTOR, c.t1.getQualifications(), f.always(), 60, null, java.util.Set.of());
        var g1 = f.group("G1", track, "math", 1, 60, List.of(f.student("s1", 3)));
        var g2 = f.group("G2", track, "math", 1, 60, List.of(f.student("s2", 3)));
        f.session("G1#1", g1, f.at(MONDAY, "16:00"), limited, room1);
        f.session("G2#1", g2, f.at(MONDAY, "17:00"), limited, room2);

        StatusBoard board = StatusBoard.of(f.prepare(), List.of());

        BoardCell monday = board.cell("site-1", "knowledge", 0).orElseThrow();
        assertThat(monday.colour()).isEqualTo(BoardColour.YELLOW);
        assertThat(monday.reasons())
                .contains("Tutor T1 teaches 120 minutes on MONDAY, over the daily limit of 60 (G1#1)");
    }

    @Test
    void board_openTutorAbsence_yellow() {
        WeeklyPlan plan = c.fixture.prepare();
        Disruption ill = new Disruption.TutorAbsent("d-1", "T2", c.fixture.between(TUESDAY, "00:00", "24:00"));

        StatusBoard board = StatusBoard.of(plan, List.of(ill));

        BoardCell tuesday = board.cellOf("G6#1").orElseThrow();
        assertThat(tuesday.colour()).isEqualTo(BoardColour.YELLOW);
        assertThat(tuesday.reasons())
                .containsExactly("Tutor T2 is absent Tue 00:00-24:00, but still teaches G6#1 (Tue 17:00-18:00) (d-1)");
        assertThat(board.cellOf("G2#1").orElseThrow().colour()).isEqualTo(BoardColour.GREEN);
    }

    @Test
    void board_closedVenueNotYetRepaired_red() {
        WeeklyPlan plan = c.fixture.prepare();
        Disruption failure = new Disruption.VenueClosed(
                "d-1", "room-1", c.fixture.between(TUESDAY, "16:00", "19:00"), "equipment failure");

        StatusBoard board = StatusBoard.of(plan, List.of(failure));

        BoardCell tuesday = board.cell("site-1", "knowledge", 1).orElseThrow();
        assertThat(tuesday.colour()).isEqualTo(BoardColour.RED);
        assertThat(tuesday.reasons())
                .containsExactlyInAnyOrder(
                        "Venue room-1 is closed Tue 16:00-19:00 (equipment failure), but G5#1 (Tue 16:00-17:00) is"
                                + " not yet repaired (d-1)",
                        "Venue room-1 is closed Tue 16:00-19:00 (equipment failure), but G6#1 (Tue 17:00-18:00) is"
                                + " not yet repaired (d-1)");
        assertThat(board.cellsOf(BoardColour.RED)).containsExactly(tuesday);
        assertThat(board.colour()).isEqualTo(BoardColour.RED);
    }

    @Test
    void board_sessionWithoutVenue_red() {
        WeeklyPlan plan = c.fixture.prepare();
        session(plan, "G1#1").setVenue(null);

        StatusBoard board = StatusBoard.of(plan, List.of());

        assertThat(board.cell("site-1", "knowledge", 0).orElseThrow().reasons())
                .containsExactly("G1#1 (Mon 16:00-17:00) has no venue");
    }

    @Test
    void board_sessionWithoutStart_listedAsUnplaced() {
        WeeklyPlan plan = c.fixture.prepare();
        session(plan, "G1#1").setStart(null);

        StatusBoard board = StatusBoard.of(plan, List.of());

        assertThat(board.unplaced()).containsExactly("G1#1 has no start");
    }

    @Test
    @Timeout(120)
    void board_afterTheRepair_green() {
        WeeklyPlan published = c.fixture.prepare();
        Disruption failure = new Disruption.VenueClosed(
                "d-1", "room-1", c.fixture.between(TUESDAY, "16:00", "19:00"), "equipment failure");
        Disruption ill = new Disruption.TutorAbsent("d-2", "T2", c.fixture.between(MONDAY, "00:00", "24:00"));
        List<Disruption> disruptions = List.of(failure, ill);
        assertThat(StatusBoard.of(published, disruptions).colour()).isEqualTo(BoardColour.RED);

        RepairResult result = PlanRepairer.repair(
                "board", published, disruptions, c.fixture.at(MONDAY, "02:00"), RepairFixtures.OPTIONS);

        StatusBoard board = StatusBoard.of(result.repaired(), List.of());
        assertThat(board.cells())
                .allSatisfy(cell -> assertThat(cell.colour())
                        .as(cell.describe(c.fixture.clock))
                        .isEqualTo(BoardColour.GREEN));
        assertThat(result.manifest().sessionIds()).containsExactlyInAnyOrder("G2#1", "G5#1", "G6#1");
    }
}
