package org.linli.datasets;

import java.util.Objects;

/**
 * One thing wrong with a plan: where it is, as a JSON path such as {@code $.sessions[3].tutor}, and what is wrong
 * with it and what to do, naming the bad value in parentheses.
 */
public record PlanProblem(String path, String message) {

    public PlanProblem {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return path + ": " + message;
    }
}
