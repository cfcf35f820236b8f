package org.linli.api.jobs;

/** No job, plan or resource with the asked id exists. */
public final class JobNotFoundException extends RuntimeException {

    public JobNotFoundException(String message) {
        super(message);
    }

    public static JobNotFoundException job(String jobId) {
        return new JobNotFoundException("No job with id (" + jobId + "); submit a plan (POST /plans) to get one.");
    }
}
