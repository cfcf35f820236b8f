package org.linli.solver.domain;

/**
 * Plan-wide settings of the rules.
 *
 * @param adjacentGapMinutes two sessions of a student on one day are back to back when the second starts at most this
 *     many minutes after the first ends
 */
public record PlanSettings(int adjacentGapMinutes) {

    public static final PlanSettings DEFAULT = new PlanSettings(15);

    public PlanSettings {
        if (adjacentGapMinutes < 0) {
            throw new IllegalArgumentException("adjacentGapMinutes (" + adjacentGapMinutes + ") must be 0 or more.");
        }
    }
}
