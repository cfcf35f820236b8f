package org.linli.solver.repair;

import java.util.List;
import org.linli.solver.domain.Interval;
import org.linli.solver.domain.WeekClock;

/**
 * One site in one time block: one window of one track on one day, such as the knowledge track at site-3 on Tuesday
 * 16:00-19:00.
 *
 * @param block the window, in minutes of the plan's week
 * @param reasons what makes it yellow or red, one sentence each; empty when green
 * @param sessionIds the sessions starting in the block at the site
 */
public record BoardCell(
        String siteId,
        String trackId,
        int day,
        Interval block,
        BoardColour colour,
        List<String> reasons,
        List<String> sessionIds) {

    public BoardCell {
        reasons = List.copyOf(reasons);
        sessionIds = List.copyOf(sessionIds);
    }

    /** A line a planner can read, such as {@code site-3 knowledge Tue 16:00-19:00 YELLOW: T2 has no tutor}. */
    public String describe(WeekClock clock) {
        return "%s %s %s %s%s"
                .formatted(
                        siteId,
                        trackId,
                        DisruptionCheck.span(clock, block),
                        colour,
                        reasons.isEmpty() ? "" : ": " + String.join("; ", reasons));
    }
}
