package org.linli.solver.cases;

import static java.time.DayOfWeek.MONDAY;
import static org.assertj.core.api.Assertions.assertThat;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.linli.solver.PlanFixture;
import org.linli.solver.domain.Group;
import org.linli.solver.domain.IntervalSet;
import org.linli.solver.domain.PlanPreparation;
import org.linli.solver.domain.Session;
import org.linli.solver.domain.Site;
import org.linli.solver.domain.Track;
import org.linli.solver.domain.Tutor;
import org.linli.solver.domain.WeeklyPlan;
import org.linli.solver.rules.Rule;

/**
 * Case 1, from timetabling tools that compared sessions by slot index: a 90-minute session and a 60-minute session of
 * one tutor must not overlap in real time. Session A (90 minutes) is pinned to Monday 16:00; session B (60 minutes)
 * may start at 16:00, 17:00 or 17:30. Only 17:30 is free: intervals are half-open, so [16:00,17:30) and [17:30,18:30)
 * touch without clashing, while 17:00 overlaps A by 30 minutes.
 *
 * <p>No track grid yields exactly these three starts: touching windows merge, and a 30-minute grid over
 * [16:00,18:30) also yields 16:30. So B's prepared start range is narrowed by hand, as a pre-filter would.
 */
class C01OverlapOfDifferentLengthsTest {

    private final PlanFixture fixture = new PlanFixture();
    private final Track track =
            fixture.track("knowledge", false, 30, IntervalSet.of(fixture.between(MONDAY, "16:00", "18:30")));
    private final Site site = fixture.site("site-1");
    private final Tutor tutor = fixture.tutor("t-only", "math");
    private final Group ninety = fixture.group("ninety", track, "math", 1, 90, List.of());
    private final Group sixty = fixture.group("sixty", track, "math", 1, 60, List.of());

    private int monday(String time) {
        return fixture.at(MONDAY, time);
    }

    /** A pinned at 16:00 in room-1; B free, with starts 16:00, 17:00 and 17:30 only. */
    private WeeklyPlan plan() {
        fixture.venue("room-1", site, 10);
        fixture.venue("room-2", site, 10);
        fixture.pinned("A", ninety, monday("16:00"), tutor, fixture.venues.getFirst());
        Session b = fixture.session("B", sixty, null, null, null);
        WeeklyPlan plan = fixture.prepare();
        b.setValueRanges(
                List.of(monday("16:00"), monday("17:00"), monday("17:30")), b.getTutorRange(), b.getVenueRange());
        return plan;
    }

    @Test
    void candidateStarts_thirtyMinuteGridAlsoYieldsSixteenThirty() {
        List<Integer> starts = PlanPreparation.candidateStarts(sixty, EnumSet.allOf(Rule.class));

        assertThat(starts).containsExactly(monday("16:00"), monday("16:30"), monday("17:00"), monday("17:30"));
    }

    @Test
    @Timeout(60)
    void sixtyMinuteSession_startsWhenTheNinetyMinuteSessionEnds() {
        WeeklyPlan plan = plan();

        WeeklyPlan solved = CaseSolver.solve(plan, 200);

        Session a = CaseSolver.session(solved, "A");
        Session b = CaseSolver.session(solved, "B");
        assertThat(b.getStart()).as("B's start").isEqualTo(monday("17:30"));
        assertThat(b.getTutor()).isSameAs(tutor);
        assertThat(b.getVenue()).isNotNull();
        assertThat(a.getStart()).as("pinned A").isEqualTo(monday("16:00"));
        assertThat(a.overlaps(b)).isFalse();
        assertThat(solved.getScore().hardScore()).isZero();
        assertThat(solved.getScore().mediumScore()).isZero();
    }

    @Test
    @Timeout(60)
    void sixtyMinuteSession_atSeventeenOverlapsThirtyRealMinutes() {
        WeeklyPlan plan = plan();
        Session b = CaseSolver.session(plan, "B");
        b.setTutor(tutor);
        b.setVenue(fixture.venues.get(1));

        b.setStart(monday("17:00"));
        HardMediumSoftScore atSeventeen = CaseSolver.score(plan);
        b.setStart(monday("17:30"));
        HardMediumSoftScore atSeventeenThirty = CaseSolver.score(plan);
        b.setStart(monday("16:00"));
        HardMediumSoftScore atSixteen = CaseSolver.score(plan);

        assertThat(atSeventeen.hardScore())
                .as("[17:00,18:00) overlaps [16:00,17:30) by 30 minutes")
                .isEqualTo(-30);
        assertThat(atSeventeenThirty.hardScore())
                .as("[17:30,18:30) touches [16:00,17:30)")
                .isZero();
        assertThat(atSixteen.hardScore())
                .as("[16:00,17:00) lies inside [16:00,17:30)")
                .isEqualTo(-60);
    }
}
