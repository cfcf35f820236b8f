package org.linli.api.jobs;

/** Where a solve job is in its life; the same names as the API's {@code JobState}. */
public enum SolveState {
    QUEUED,
    SOLVING,
    SOLVED,
    FAILED,
    TERMINATED,
    INTERRUPTED;

    /** Whether the job has ended and will not change again. */
    public boolean isFinal() {
        return this != QUEUED && this != SOLVING;
    }
}
