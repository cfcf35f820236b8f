package org.linli.solver.repair;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.linli.solver.PlanFixture;
import org.linli.solver.domain.Group;
import org.linli.solver.domain.IntervalSet;
import org.linli.solver.domain.Site;
import org.linli.solver.domain.Track;
import org.linli.solver.domain.Tutor;
import org.linli.solver.domain.Venue;
import org.linli.solver.domain.WeeklyPlan;

/**
 * A new group X can meet only on Monday or Thursday, in the only room, where A (Monday, within 24 hours of the
 * nightly run) and B (Thursday, next week's part) meet. One of them must move to another day to make room.
 */
class ProximityRepairTest {

    private final PlanFixture fixture = new PlanFixture();
    private final Track track = fixture.track("knowledge", true, 60, fixture.daily("16:00", "17:00"));
    private final Site site = fixture.site("site-1");
    private final Venue room = fixture.venue("room-1", site, 10);
    private final Tutor ta = fixture.tutor("TA", "math");
    private final Tutor tb = fixture.tutor("TB", "math");
    private final Tutor tx = fixture.tutor("TX", "math");
    private final int now = fixture.at(MONDAY, "02:00");

    private Group group(String id, IntervalSet blocked) {
        return fixture.group(
                id, track, "math", 1, 60, List.of(fixture.student(id + "-s", 3)), Set.of(), 0, null, blocked, Set.of());
    }

    private IntervalSet blockedExcept(java.time.DayOfWeek... open) {
        List<java.time.DayOfWeek> openDays = List.of(open);
        return IntervalSet.of(List.of(MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY).stream()
                .filter(day -> !openDays.contains(day))
                .map(day -> fixture.between(day, "16:00", "17:00"))
                .toList());
    }

    private Disruption addX() {
        fixture.student("x-s", 3);
        return new Disruption.GroupAdded(
                "d-1",
                new Disruption.NewGroup(
                        "X",
                        "X",
                        "knowledge",
                        "math",
                        1,
                        6,
                        1,
                        60,
                        List.of("x-s"),
                        null,
                        Set.of(),
                        0,
                        "TX",
                        blockedExcept(MONDAY, THURSDAY),
                        1,
                        Set.of()));
    }

    @Test
    @Timeout(120)
    void proximity_laterSessionCanMove_laterOneMovesAndTheSoonOneStays() {
        fixture.session("A#1", group("A", IntervalSet.empty()), fixture.at(MONDAY, "16:00"), ta, room);
        fixture.session("B#1", group("B", IntervalSet.empty()), fixture.at(THURSDAY, "16:00"), tb, room);
        Disruption added = addX();
        WeeklyPlan published = fixture.prepare();

        RepairResult result = PlanRepairer.repair("proximity", published, List.of(added), now, RepairFixtures.OPTIONS);

        assertThat(result.repaired().getScore().isFeasible()).isTrue();
        assertThat(result.repaired().getScore().mediumScore()).isZero();
        assertThat(result.manifest().sessionIds()).containsExactlyInAnyOrder("X#1", "B#1");
        SessionChange moved = result.manifest().changes().stream()
                .filter(change -> change.sessionId().equals("B#1"))
                .findFirst()
                .orElseThrow();
        assertThat(moved.changedFields()).containsExactly("start");
        assertThat(moved.madeRoomFor()).containsExactly("X#1");
        assertThat(moved.reason()).isEqualTo("moved to make room for X#1");
        assertThat(moved.disruptionIds()).containsExactly("d-1");
    }

    @Test
    @Timeout(120)
    void proximity_laterSessionCannotMove_soonOneMoves() {
        fixture.session("A#1", group("A", IntervalSet.empty()), fixture.at(MONDAY, "16:00"), ta, room);
        fixture.session("B#1", group("B", blockedExcept(THURSDAY)), fixture.at(THURSDAY, "16:00"), tb, room);
        Disruption added = addX();
        WeeklyPlan published = fixture.prepare();

        RepairResult result = PlanRepairer.repair("proximity", published, List.of(added), now, RepairFixtures.OPTIONS);

        assertThat(result.repaired().getScore().isFeasible()).isTrue();
        assertThat(result.repaired().getScore().mediumScore()).isZero();
        assertThat(result.manifest().sessionIds()).containsExactlyInAnyOrder("X#1", "A#1");
    }
}
