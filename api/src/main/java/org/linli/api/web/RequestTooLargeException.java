package org.linli.api.web;

import java.io.IOException;

/** A request body grew past the configured limit while it was read. */
final class RequestTooLargeException extends IOException {

    private final long limit;

    RequestTooLargeException(long limit) {
        super("The request body is larger than the limit of " + limit + " bytes (linli.api.max-request-size).");
        this.limit = limit;
    }

    long limit() {
        return limit;
    }
}
