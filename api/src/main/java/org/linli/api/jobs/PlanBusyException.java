package org.linli.api.jobs;

/** A plan was submitted while a job of a plan with the same id is still queued or solving. */
public final class PlanBusyException extends RuntimeException {

    private final String planId;
    private final String jobId;

    public PlanBusyException(String planId, String jobId) {
        super("Plan (" + planId + ") is still being solved by job (" + jobId + "); wait for it to end or terminate"
                + " it (POST /jobs/" + jobId + "/termination), then submit again.");
        this.planId = planId;
        this.jobId = jobId;
    }

    public String planId() {
        return planId;
    }

    public String jobId() {
        return jobId;
    }
}
