package org.linli.solver.explain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.linli.solver.domain.Session;
import org.linli.solver.domain.WeekClock;

/**
 * The timed sessions of each tutor, venue or cohort, sorted by start, so that the reasoner asks "is it busy then?",
 * "what comes before and after?" and "how much does it teach that day?" with a binary search instead of a scan over
 * every session of the plan. Every query leaves out the session being reasoned about.
 */
final class BusyIndex<K> {

    private static final Comparator<Session> BY_START =
            Comparator.comparingInt(Session::getStart).thenComparing(Session::getId);

    private final Map<K, Timeline> timelines;

    private BusyIndex(Map<K, Timeline> timelines) {
        this.timelines = timelines;
    }

    static <K> Builder<K> builder() {
        return new Builder<>();
    }

    static final class Builder<K> {
        private final Map<K, List<Session>> sessions = new HashMap<>();

        /** Adds a session that has a start. */
        void add(K key, Session session) {
            sessions.computeIfAbsent(key, ignored -> new ArrayList<>()).add(session);
        }

        BusyIndex<K> build() {
            Map<K, Timeline> timelines = new HashMap<>();
            sessions.forEach((key, list) -> timelines.put(key, new Timeline(list)));
            return new BusyIndex<>(timelines);
        }
    }

    /** Whether another session of the key overlaps {@code [start, end)}. */
    boolean isBusy(K key, int start, int end, Session self) {
        Timeline timeline = timelines.get(key);
        return timeline != null && timeline.firstOverlapping(start, end, self) != null;
    }

    /** The other session of the key that overlaps {@code [start, end)}, or null. */
    Session overlapping(K key, int start, int end, Session self) {
        Timeline timeline = timelines.get(key);
        return timeline == null ? null : timeline.firstOverlapping(start, end, self);
    }

    /** The last other session of the key starting before {@code start} on the same day, or null. */
    Session previousOnDay(K key, int start, Session self) {
        Timeline timeline = timelines.get(key);
        return timeline == null ? null : timeline.previousOnDay(start, self);
    }

    /** The first other session of the key starting at or after {@code start} on the same day, or null. */
    Session nextOnDay(K key, int start, Session self) {
        Timeline timeline = timelines.get(key);
        return timeline == null ? null : timeline.nextOnDay(start, self);
    }

    /** The minutes of the other sessions of the key that start on the day. */
    int minutesOnDay(K key, int day, Session self) {
        Timeline timeline = timelines.get(key);
        return timeline == null ? 0 : timeline.minutesOnDay(day, self);
    }

    /** The minutes of all other sessions of the key. */
    int minutesInWeek(K key, Session self) {
        Timeline timeline = timelines.get(key);
        return timeline == null ? 0 : timeline.minutesInWeek(self);
    }

    private static final class Timeline {
        private final Session[] sessions;
        private final int[] starts;
        private final int maxLength;
        private final int totalMinutes;

        Timeline(List<Session> list) {
            sessions = list.toArray(new Session[0]);
            Arrays.sort(sessions, BY_START);
            starts = new int[sessions.length];
            int longest = 0;
            int total = 0;
            for (int i = 0; i < sessions.length; i++) {
                starts[i] = sessions[i].getStart();
                longest = Math.max(longest, sessions[i].getLength());
                total += sessions[i].getLength();
            }
            maxLength = longest;
            totalMinutes = total;
        }

        /** The index of the first session starting at or after {@code minute}. */
        private int firstStartingAtOrAfter(int minute) {
            int low = 0;
            int high = starts.length;
            while (low < high) {
                int middle = (low + high) >>> 1;
                if (starts[middle] < minute) {
                    low = middle + 1;
                } else {
                    high = middle;
                }
            }
            return low;
        }

        Session firstOverlapping(int start, int end, Session self) {
            for (int i = firstStartingAtOrAfter(start - maxLength); i < sessions.length && starts[i] < end; i++) {
                Session other = sessions[i];
                if (other != self && other.getEnd() > start) {
                    return other;
                }
            }
            return null;
        }

        Session previousOnDay(int start, Session self) {
            int day = WeekClock.day(start);
            for (int i = firstStartingAtOrAfter(start) - 1; i >= 0 && WeekClock.day(starts[i]) == day; i--) {
                if (sessions[i] != self) {
                    return sessions[i];
                }
            }
            return null;
        }

        Session nextOnDay(int start, Session self) {
            int day = WeekClock.day(start);
            for (int i = firstStartingAtOrAfter(start); i < sessions.length && WeekClock.day(starts[i]) == day; i++) {
                if (sessions[i] != self) {
                    return sessions[i];
                }
            }
            return null;
        }

        int minutesOnDay(int day, Session self) {
            int dayStart = day * WeekClock.MINUTES_PER_DAY;
            int dayEnd = dayStart + WeekClock.MINUTES_PER_DAY;
            int minutes = 0;
            for (int i = firstStartingAtOrAfter(dayStart); i < sessions.length && starts[i] < dayEnd; i++) {
                if (sessions[i] != self) {
                    minutes += sessions[i].getLength();
                }
            }
            return minutes;
        }

        int minutesInWeek(Session self) {
            if (self.getStart() != null) {
                int start = self.getStart();
                for (int i = firstStartingAtOrAfter(start); i < sessions.length && starts[i] == start; i++) {
                    if (sessions[i] == self) {
                        return totalMinutes - self.getLength();
                    }
                }
            }
            return totalMinutes;
        }
    }
}
