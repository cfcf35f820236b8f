package org.linli.solver.domain;

/** Whether a tutor is a certified tutor (who may teach the knowledge track) or a partner's instructor. */
public enum TutorKind {
    CERTIFIED_TUTOR,
    PARTNER_INSTRUCTOR
}
