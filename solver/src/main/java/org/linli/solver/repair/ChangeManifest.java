package org.linli.solver.repair;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * What a repair changed, for the people who must be told: every changed, added or cancelled session with its old and
 * new values and its reason, and the same changes grouped by tutor, student and venue. A session that kept its
 * start, tutor and venue is never listed.
 */
public record ChangeManifest(List<SessionChange> changes) {

    public ChangeManifest {
        changes = List.copyOf(changes);
    }

    public boolean isEmpty() {
        return changes.isEmpty();
    }

    public List<String> sessionIds() {
        return changes.stream().map(SessionChange::sessionId).toList();
    }

    /** The changes each tutor must hear of, published or new tutor, by tutor id. */
    public SortedMap<String, List<SessionChange>> byTutor() {
        return grouped(SessionChange::tutorIds);
    }

    /** The changes each student (each family) must hear of, by student id. */
    public SortedMap<String, List<SessionChange>> byStudent() {
        return grouped(SessionChange::studentIds);
    }

    /** The changes each venue's host must hear of, published or new venue, by venue id. */
    public SortedMap<String, List<SessionChange>> byVenue() {
        return grouped(SessionChange::venueIds);
    }

    private SortedMap<String, List<SessionChange>> grouped(Function<SessionChange, Collection<String>> keys) {
        SortedMap<String, List<SessionChange>> grouped = new TreeMap<>();
        for (SessionChange change : changes) {
            for (String key : keys.apply(change)) {
                grouped.computeIfAbsent(key, ignored -> new ArrayList<>()).add(change);
            }
        }
        grouped.replaceAll((key, list) -> List.copyOf(list));
        return grouped;
    }
}
