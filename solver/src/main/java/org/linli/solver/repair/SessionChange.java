package org.linli.solver.repair;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.linli.solver.domain.WeekClock;

/**
 * One session a repair changed: its published and its new values and why it changed.
 *
 * @param before the published values; {@link SessionValues#NONE} for an added session
 * @param after the repaired values; {@link SessionValues#NONE} for a cancelled session
 * @param disruptionIds the disruptions behind the change: those that affected the session itself, or, for a session
 *     moved to make room, those that affected the sessions it made room for
 * @param madeRoomFor the affected sessions this unaffected session moved for; empty when it was affected itself
 * @param reason why, in words
 * @param studentIds the students of the session's group, who must be told
 */
public record SessionChange(
        String sessionId,
        String groupId,
        ChangeKind kind,
        SessionValues before,
        SessionValues after,
        List<String> disruptionIds,
        List<String> madeRoomFor,
        String reason,
        List<String> studentIds) {

    public SessionChange {
        Objects.requireNonNull(sessionId, "sessionId");
        disruptionIds = List.copyOf(disruptionIds);
        madeRoomFor = List.copyOf(madeRoomFor);
        studentIds = List.copyOf(studentIds);
    }

    public boolean startChanged() {
        return !Objects.equals(before.start(), after.start());
    }

    public boolean tutorChanged() {
        return !Objects.equals(before.tutorId(), after.tutorId());
    }

    public boolean venueChanged() {
        return !Objects.equals(before.venueId(), after.venueId());
    }

    /** Which of start, tutor and venue changed, in that order. */
    public List<String> changedFields() {
        List<String> fields = new ArrayList<>();
        if (startChanged()) {
            fields.add("start");
        }
        if (tutorChanged()) {
            fields.add("tutor");
        }
        if (venueChanged()) {
            fields.add("venue");
        }
        return fields;
    }

    /** The published and the new tutor, who must both be told. */
    public Set<String> tutorIds() {
        return present(before.tutorId(), after.tutorId());
    }

    /** The published and the new venue, whose hosts must both be told. */
    public Set<String> venueIds() {
        return present(before.venueId(), after.venueId());
    }

    private static Set<String> present(String first, String second) {
        Set<String> ids = new LinkedHashSet<>();
        Stream.of(first, second).filter(Objects::nonNull).forEach(ids::add);
        return ids;
    }

    /** A line a planner can read, such as {@code G1#2 changed: Tue 16:30, T2, room-1 -> Tue 16:30, T3, room-1}. */
    public String describe(WeekClock clock) {
        return "%s %s: %s -> %s (%s)"
                .formatted(
                        sessionId,
                        kind.name().toLowerCase(java.util.Locale.ROOT),
                        before.describe(clock),
                        after.describe(clock),
                        reason);
    }
}
