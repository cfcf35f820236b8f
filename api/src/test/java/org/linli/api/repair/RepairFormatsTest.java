package org.linli.api.repair;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.linli.datasets.PlanProblem;
import org.linli.format.TimeWindow;
import org.linli.format.Weekday;
import org.linli.solver.domain.Interval;
import org.linli.solver.domain.IntervalSet;
import org.linli.solver.domain.WeekClock;

class RepairFormatsTest {

    private final WeekClock clock = new WeekClock(LocalDate.of(2026, 7, 6), 5, ZoneId.of("Asia/Shanghai"));

    @Test
    void windows_intervalAcrossMidnight_splitIntoOneWindowPerDay() {
        IntervalSet set = IntervalSet.of(new Interval(16 * 60, 1440 + 2 * 60));

        List<TimeWindow> windows = RepairFormats.windows(set, clock);

        assertThat(windows)
                .containsExactly(
                        new TimeWindow()
                                .days(List.of(Weekday.MONDAY))
                                .start("16:00")
                                .end("24:00"),
                        new TimeWindow()
                                .days(List.of(Weekday.TUESDAY))
                                .start("00:00")
                                .end("02:00"));
    }

    @Test
    void windowsAndIntervals_roundTrip_sameMinutes() {
        IntervalSet set = IntervalSet.all(clock.weekMinutes()).minus(IntervalSet.of(new Interval(1440, 2880)));
        List<PlanProblem> problems = new ArrayList<>();

        IntervalSet back = RepairFormats.intervals(RepairFormats.windows(set, clock), clock, "$", problems);

        assertThat(problems).isEmpty();
        assertThat(back).isEqualTo(set);
    }

    @Test
    void minute_localDateTime_minutesFromTheWeekStartEvenOutsideTheWeek() {
        List<PlanProblem> problems = new ArrayList<>();

        assertThat(RepairFormats.minute("2026-07-07T09:30", clock, "$.start", problems))
                .isEqualTo(1440 + 570);
        assertThat(RepairFormats.minute("2026-07-12T00:00", clock, "$.end", problems))
                .isEqualTo(6 * 1440);
        assertThat(problems).isEmpty();
    }

    @Test
    void minute_notADateTime_problemNamingIt() {
        List<PlanProblem> problems = new ArrayList<>();

        assertThat(RepairFormats.minute("tuesday", clock, "$.start", problems)).isNull();

        assertThat(problems)
                .containsExactly(new PlanProblem(
                        "$.start", "The date-time (tuesday) is not a local date-time; write it as 2026-07-06T09:00."));
    }
}
