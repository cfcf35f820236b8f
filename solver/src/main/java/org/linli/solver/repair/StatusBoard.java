package org.linli.solver.repair;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.linli.solver.domain.Interval;
import org.linli.solver.domain.Session;
import org.linli.solver.domain.Site;
import org.linli.solver.domain.Track;
import org.linli.solver.domain.Tutor;
import org.linli.solver.domain.WeekClock;
import org.linli.solver.domain.WeeklyPlan;

/**
 * The three-colour board of a plan: for every site and time block of the week (each window of each track on each
 * day) whether its sessions can run as planned. A block is
 *
 * <ul>
 *   <li>RED when a venue problem hits one of its sessions: an open (not yet repaired) venue closure or equipment
 *       failure overlapping it, an open withdrawal of its venue, a venue unavailable at its time, or no venue;
 *   <li>YELLOW, failing that, when a session is understaffed: it has no tutor, its tutor has an open absence over it,
 *       is unavailable, teaches two sessions at once, or is over their daily or weekly limit;
 *   <li>GREEN otherwise: every session is staffed and placed.
 * </ul>
 *
 * A session belongs to the site of its venue (or, without one, to its group's only site, or the plan's only site) and
 * to the block its start lies in. Sessions with no start, or with no site or block, are listed in {@link #unplaced} instead.
 *
 * @param cells every site x block, sites in plan order, then tracks, then time
 * @param unplaced a sentence for each session the board cannot show
 */
public record StatusBoard(List<BoardCell> cells, List<String> unplaced) {

    public StatusBoard {
        cells = List.copyOf(cells);
        unplaced = List.copyOf(unplaced);
    }

    /**
     * @param openDisruptions the disruptions recorded since the plan was made, which it does not yet take into
     *     account; empty for a plan just repaired
     */
    public static StatusBoard of(WeeklyPlan plan, List<? extends Disruption> openDisruptions) {
        return new Builder(plan, openDisruptions).build();
    }

    /** The worst colour of the board. */
    public BoardColour colour() {
        BoardColour worst = BoardColour.GREEN;
        for (BoardCell cell : cells) {
            worst = worst.worst(cell.colour());
        }
        return worst;
    }

    public Optional<BoardCell> cell(String siteId, String trackId, int day) {
        return cells.stream()
                .filter(cell -> cell.siteId().equals(siteId) && cell.trackId().equals(trackId) && cell.day() == day)
                .findFirst();
    }

    /** The cell a session is shown in, if any. */
    public Optional<BoardCell> cellOf(String sessionId) {
        return cells.stream()
                .filter(cell -> cell.sessionIds().contains(sessionId))
                .findFirst();
    }

    public List<BoardCell> cellsOf(BoardColour colour) {
        return cells.stream().filter(cell -> cell.colour() == colour).toList();
    }

    private static final class Builder {

        private final WeeklyPlan plan;
        private final WeekClock clock;
        private final List<? extends Disruption> open;
        private final Map<String, Cell> cells = new LinkedHashMap<>();
        private final List<String> unplaced = new ArrayList<>();
        private final Map<Tutor, Map<Integer, Integer>> minutesByTutorDay = new HashMap<>();
        private final Map<Tutor, Integer> minutesByTutor = new HashMap<>();
        private final Map<Tutor, List<Session>> sessionsByTutor = new HashMap<>();

        Builder(WeeklyPlan plan, List<? extends Disruption> open) {
            this.plan = plan;
            this.clock = plan.getClock();
            this.open = open;
        }

        StatusBoard build() {
            for (Site site : plan.getSites()) {
                for (Track track : plan.getTracks()) {
                    for (Interval window : track.getWindows().intervals()) {
                        cells.put(key(site.getId(), track.getId(), window.start()), new Cell(site, track, window));
                    }
                }
            }
            for (Session session : plan.getSessions()) {
                if (session.hasStart() && session.getTutor() != null) {
                    Tutor tutor = session.getTutor();
                    minutesByTutorDay
                            .computeIfAbsent(tutor, ignored -> new HashMap<>())
                            .merge(session.getDay(), session.getLength(), Integer::sum);
                    minutesByTutor.merge(tutor, session.getLength(), Integer::sum);
                    sessionsByTutor
                            .computeIfAbsent(tutor, ignored -> new ArrayList<>())
                            .add(session);
                }
            }
            for (Session session : plan.getSessions()) {
                place(session);
            }
            return new StatusBoard(
                    cells.values().stream().map(Cell::toBoardCell).toList(), unplaced);
        }

        private void place(Session session) {
            if (!session.hasStart()) {
                unplaced.add(session.getId() + " has no start");
                return;
            }
            Site site = siteOf(session);
            if (site == null) {
                unplaced.add(session.getId() + " (" + span(session) + ") has no venue, and its group no single site");
                return;
            }
            Track track = session.getGroup().getTrack();
            Optional<Interval> window =
                    track.getWindows().overlapping(session.getStart(), session.getStart() + 1).stream()
                            .findFirst();
            Cell cell = window.isEmpty()
                    ? null
                    : cells.get(key(site.getId(), track.getId(), window.get().start()));
            if (cell == null) {
                unplaced.add(session.getId() + " (" + span(session) + ") lies outside the windows of track "
                        + track.getId());
                return;
            }
            cell.sessionIds.add(session.getId());
            venueProblems(session).forEach(reason -> cell.add(BoardColour.RED, reason));
            staffProblems(session).forEach(reason -> cell.add(BoardColour.YELLOW, reason));
        }

        /** The site of the session's venue; without one, its group's only site or the plan's only site. */
        private Site siteOf(Session session) {
            if (session.getVenue() != null) {
                return session.getVenue().getSite();
            }
            if (session.getGroup().getSites().size() == 1) {
                return session.getGroup().getSites().iterator().next();
            }
            return plan.getSites().size() == 1 ? plan.getSites().getFirst() : null;
        }

        private List<String> venueProblems(Session session) {
            List<String> reasons = new ArrayList<>();
            if (session.getVenue() == null) {
                reasons.add(session.getId() + " (" + span(session) + ") has no venue");
                return reasons;
            }
            String venueId = session.getVenue().getId();
            for (Disruption disruption : open) {
                switch (disruption) {
                    case Disruption.VenueClosed closed
                    when closed.venueId().equals(venueId)
                            && closed.interval().overlaps(session.getStart(), session.getEnd()) ->
                        reasons.add(closed.describe(clock) + ", but " + session.getId() + " (" + span(session)
                                + ") is not yet repaired (" + closed.id() + ")");
                    case Disruption.VenueWithdrawn withdrawn
                    when withdrawn.venueId().equals(venueId) ->
                        reasons.add(withdrawn.describe(clock) + ", but " + session.getId() + " (" + span(session)
                                + ") still meets there (" + withdrawn.id() + ")");
                    default -> {
                        // Not a venue problem of this session.
                    }
                }
            }
            if (!session.getVenue().getAvailability().covers(session.getStart(), session.getEnd())) {
                reasons.add(
                        "Venue " + venueId + " is unavailable during " + session.getId() + " (" + span(session) + ")");
            }
            return reasons;
        }

        private List<String> staffProblems(Session session) {
            List<String> reasons = new ArrayList<>();
            Tutor tutor = session.getTutor();
            if (tutor == null) {
                reasons.add(session.getId() + " (" + span(session) + ") has no tutor");
                return reasons;
            }
            for (Disruption disruption : open) {
                if (disruption instanceof Disruption.TutorAbsent absent
                        && absent.tutorId().equals(tutor.getId())
                        && absent.interval().overlaps(session.getStart(), session.getEnd())) {
                    reasons.add(absent.describe(clock) + ", but still teaches " + session.getId() + " (" + span(session)
                            + ") (" + absent.id() + ")");
                }
            }
            if (!tutor.getAvailability().covers(session.getStart(), session.getEnd())) {
                reasons.add("Tutor " + tutor.getId() + " is unavailable during " + session.getId() + " ("
                        + span(session) + ")");
            }
            for (Session other : sessionsByTutor.getOrDefault(tutor, List.of())) {
                if (other != session && other.overlaps(session)) {
                    reasons.add("Tutor " + tutor.getId() + " teaches " + session.getId() + " and " + other.getId()
                            + " at once");
                }
            }
            Integer perDay = tutor.getMaxMinutesPerDay();
            int dayMinutes = minutesByTutorDay.get(tutor).get(session.getDay());
            if (perDay != null && dayMinutes > perDay) {
                reasons.add("Tutor " + tutor.getId() + " teaches " + dayMinutes + " minutes on "
                        + clock.dayOfWeek(session.getStart()) + ", over the daily limit of " + perDay + " ("
                        + session.getId() + ")");
            }
            Integer perWeek = tutor.getMaxMinutesPerWeek();
            int weekMinutes = minutesByTutor.get(tutor);
            if (perWeek != null && weekMinutes > perWeek) {
                reasons.add("Tutor " + tutor.getId() + " teaches " + weekMinutes
                        + " minutes this week, over the weekly limit of " + perWeek + " (" + session.getId() + ")");
            }
            return reasons;
        }

        private String span(Session session) {
            return DisruptionCheck.span(clock, new Interval(session.getStart(), session.getEnd()));
        }

        private static String key(String siteId, String trackId, int windowStart) {
            return siteId + "\u0000" + trackId + "\u0000" + windowStart;
        }
    }

    /** A cell while the board is built. */
    private static final class Cell {

        private final Site site;
        private final Track track;
        private final Interval window;
        private final List<String> sessionIds = new ArrayList<>();
        private final List<String> reasons = new ArrayList<>();
        private BoardColour colour = BoardColour.GREEN;

        Cell(Site site, Track track, Interval window) {
            this.site = site;
            this.track = track;
            this.window = window;
        }

        void add(BoardColour problem, String reason) {
            colour = colour.worst(problem);
            reasons.add(reason);
        }

        BoardCell toBoardCell() {
            return new BoardCell(
                    site.getId(), track.getId(), WeekClock.day(window.start()), window, colour, reasons, sessionIds);
        }
    }
}
