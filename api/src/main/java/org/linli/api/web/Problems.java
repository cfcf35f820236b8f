package org.linli.api.web;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * Builds the RFC 9457 problem details the service answers errors with: a type per kind of error, a title, a detail
 * saying what to do, and for bad requests an {@code errors} array of {path, message}, one per problem found.
 */
public final class Problems {

    /** The base of the problem type URIs; each kind of error has its own, documented in openapi.yaml. */
    public static final String TYPE_BASE = "https://linli.org/problems/";

    private Problems() {}

    public static ProblemDetail of(HttpStatus status, String type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_BASE + type));
        problem.setTitle(title);
        return problem;
    }

    public static ProblemDetail invalid(String title, String detail, List<FieldProblem> errors) {
        ProblemDetail problem = of(HttpStatus.BAD_REQUEST, "invalid-request", title, detail);
        problem.setProperty("errors", errors.stream().map(FieldProblem::asMap).toList());
        return problem;
    }

    /** The problem as a plain map, for the filters that answer before Spring MVC's message converters run. */
    public static Map<String, Object> asMap(ProblemDetail problem, String instance) {
        java.util.LinkedHashMap<String, Object> body = new java.util.LinkedHashMap<>();
        body.put("type", String.valueOf(problem.getType()));
        body.put("title", problem.getTitle());
        body.put("status", problem.getStatus());
        body.put("detail", problem.getDetail());
        body.put("instance", instance);
        if (problem.getProperties() != null) {
            body.putAll(problem.getProperties());
        }
        return body;
    }

    /** One problem of a request: where it is (a JSON path or a parameter name) and what is wrong. */
    public record FieldProblem(String path, String message) {

        Map<String, String> asMap() {
            return Map.of("path", path, "message", message);
        }
    }
}
