package org.linli.datasets.generator;

import java.util.ArrayList;
import java.util.List;

/** A generated venue: a community room or a partner's space, with when it may be used and when it is taken. */
final class Place {

    final String id;
    final String name;
    final String siteId;
    final int capacity;
    final List<String> features;
    final PartnerKind partnerKind;
    final String partnerName;
    /** When the venue may be used, in minutes of the week; null for a community room, which may be used any time. */
    final List<int[]> lending;
    /** The day (0 = Monday) and times of day of a closure, or null. */
    int[] closure;

    final List<int[]> taken = new ArrayList<>();
    int usedMinutes;

    Place(
            String id,
            String name,
            String siteId,
            int capacity,
            List<String> features,
            PartnerKind partnerKind,
            String partnerName,
            List<int[]> lending) {
        this.id = id;
        this.name = name;
        this.siteId = siteId;
        this.capacity = capacity;
        this.features = new ArrayList<>(features);
        this.partnerKind = partnerKind;
        this.partnerName = partnerName;
        this.lending = lending;
    }

    boolean isPartner() {
        return partnerKind != null;
    }

    /** Whether the venue can take a session of a group at {@code [start, end)}, given what it already holds. */
    boolean canHost(Offering group, int start, int end) {
        if (capacity < group.size() || !features.containsAll(group.course.features())) {
            return false;
        }
        if (lending != null && lending.stream().noneMatch(window -> window[0] <= start && end <= window[1])) {
            return false;
        }
        if (closure != null && Minutes.of(closure[0], closure[1]) < end && start < Minutes.of(closure[0], closure[2])) {
            return false;
        }
        Integer quota = isPartner() ? partnerKind.weeklyQuotaMinutes() : null;
        if (quota != null && usedMinutes + (end - start) > quota) {
            return false;
        }
        return Minutes.noneOverlaps(taken, start, end);
    }

    void reset() {
        taken.clear();
        usedMinutes = 0;
    }

    void take(int start, int end) {
        taken.add(new int[] {start, end});
        usedMinutes += end - start;
    }

    void release(int start, int end) {
        taken.removeIf(interval -> interval[0] == start && interval[1] == end);
        usedMinutes -= end - start;
    }
}
