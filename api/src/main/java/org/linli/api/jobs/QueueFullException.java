package org.linli.api.jobs;

/** The solver queue is full (or the service is stopping): the client should retry later. */
public final class QueueFullException extends RuntimeException {

    private final long retryAfterSeconds;

    public QueueFullException(String message, long retryAfterSeconds) {
        super(message);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
