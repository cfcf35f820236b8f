package org.linli.solver.repair;

/** How a repair changed a session. */
public enum ChangeKind {
    /** Its start, tutor or venue differs from the published plan. */
    CHANGED,
    /** It is new: its group was added after the plan was published. */
    ADDED,
    /** It no longer takes place: its group was cancelled. */
    CANCELLED
}
