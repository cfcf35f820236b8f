package org.linli.datasets.itc2007;

import java.util.List;
import java.util.Optional;

/**
 * Reference costs for the seven ITC2007 Track 3 early instances, so benchmark reports can put an engine's cost next to
 * the state of the art and the competition's result.
 *
 * <p>{@code bestKnown} is the best known (upper bound) cost of a feasible timetable under the competition formulation
 * (UD2), as collected in the curriculum-based course timetabling literature and on the CB-CTT benchmark site of the
 * University of Udine (Bettinelli, Cacchiani, Roberti, Toth: "An overview of curriculum-based course timetabling", TOP
 * 23 (2015); the site lists the current bounds per instance). Better solutions may have been published since.
 *
 * <p>{@code itc2007WinnerAverage} is the average cost, rounded to the nearest integer, of the ITC2007 Track 3 winner
 * (Tomáš Müller's constraint-based solver) over the organisers' runs, as published on the ITC2007 results pages (Queen's
 * University Belfast, {@code cs.qub.ac.uk/itc2007}) and in Müller, "ITC2007 solver description: a hybrid approach",
 * Annals of Operations Research 172 (2009).
 */
public final class ItcBestKnown {

    /** Reference costs for one instance. */
    public record Entry(String instance, int bestKnown, int itc2007WinnerAverage) {}

    private static final List<Entry> ENTRIES = List.of(
            new Entry("comp01", 5, 5),
            new Entry("comp02", 24, 61),
            new Entry("comp03", 66, 95),
            new Entry("comp04", 35, 43),
            new Entry("comp05", 284, 344),
            new Entry("comp06", 27, 57),
            new Entry("comp07", 6, 34));

    private ItcBestKnown() {}

    /** All entries, {@code comp01} to {@code comp07}. */
    public static List<Entry> all() {
        return ENTRIES;
    }

    /**
     * The entry for an instance, by bundled name ({@code comp01}, optionally with {@code .ctt}); empty for instances
     * without published references, such as {@code toy}.
     */
    public static Optional<Entry> of(String instance) {
        String base = instance.endsWith(".ctt") ? instance.substring(0, instance.length() - ".ctt".length()) : instance;
        return ENTRIES.stream().filter(e -> e.instance().equals(base)).findFirst();
    }
}
