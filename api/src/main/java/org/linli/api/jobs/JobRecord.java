package org.linli.api.jobs;

import java.time.Instant;

/**
 * The state of one job as stored and as answered to status reads: immutable, so a reader always sees one consistent
 * state while the solver moves on.
 *
 * @param score the best score so far as text, or null before the first solution
 * @param feasible whether that score breaks no hard rule, or null before the first solution
 * @param solutionVersion how many versions of the best solution are stored
 * @param resumed whether the job was resumed from its stored best solution after a restart
 * @param error why a failed job failed, or null
 */
public record JobRecord(
        String jobId,
        String planId,
        long problemId,
        SolveState state,
        JobSettings settings,
        String score,
        Boolean feasible,
        int solutionVersion,
        Instant submittedAt,
        Instant startedAt,
        Instant endedAt,
        boolean resumed,
        String error) {

    public JobRecord withState(SolveState newState) {
        return new JobRecord(
                jobId,
                planId,
                problemId,
                newState,
                settings,
                score,
                feasible,
                solutionVersion,
                submittedAt,
                startedAt,
                endedAt,
                resumed,
                error);
    }

    public JobRecord withProblemId(long newProblemId) {
        return new JobRecord(
                jobId,
                planId,
                newProblemId,
                state,
                settings,
                score,
                feasible,
                solutionVersion,
                submittedAt,
                startedAt,
                endedAt,
                resumed,
                error);
    }

    public JobRecord started(Instant at, boolean isResumed) {
        return new JobRecord(
                jobId,
                planId,
                problemId,
                SolveState.SOLVING,
                settings,
                score,
                feasible,
                solutionVersion,
                submittedAt,
                at,
                null,
                isResumed,
                error);
    }

    public JobRecord withSolution(String newScore, boolean isFeasible, int version) {
        return new JobRecord(
                jobId,
                planId,
                problemId,
                state,
                settings,
                newScore,
                isFeasible,
                version,
                submittedAt,
                startedAt,
                endedAt,
                resumed,
                error);
    }

    public JobRecord ended(SolveState finalState, Instant at, String failure) {
        return new JobRecord(
                jobId,
                planId,
                problemId,
                finalState,
                settings,
                score,
                feasible,
                solutionVersion,
                submittedAt,
                startedAt,
                at,
                resumed,
                failure);
    }

    public JobRecord requeued() {
        return new JobRecord(
                jobId,
                planId,
                problemId,
                SolveState.QUEUED,
                settings,
                score,
                feasible,
                solutionVersion,
                submittedAt,
                startedAt,
                null,
                true,
                error);
    }
}
