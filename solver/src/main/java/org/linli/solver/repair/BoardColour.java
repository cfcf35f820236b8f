package org.linli.solver.repair;

/** The state of a site in a time block, from best to worst. */
public enum BoardColour {
    /** Every session is staffed and placed. */
    GREEN,
    /** Understaffed: a session lacks a tutor, its tutor is absent, double-booked or over a limit. */
    YELLOW,
    /** A venue problem: a closure, an equipment failure or a withdrawal not yet repaired, or a session with no venue. */
    RED;

    BoardColour worst(BoardColour other) {
        return other.ordinal() > ordinal() ? other : this;
    }
}
