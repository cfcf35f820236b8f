package org.linli.api.web;

import jakarta.validation.ConstraintViolationException;
import java.util.ArrayList;
import java.util.List;
import org.linli.api.jobs.JobNotFoundException;
import org.linli.api.jobs.PlanBusyException;
import org.linli.api.jobs.QueueFullException;
import org.linli.api.web.Problems.FieldProblem;
import org.linli.datasets.PlanProblem;
import org.linli.datasets.PlanValidationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;

/**
 * Turns every error into RFC 9457 problem details. A client's mistake answers 4xx with every problem and its path in
 * {@code errors}; only a fault of the service itself answers 500.
 */
@RestControllerAdvice
public class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    @ExceptionHandler(PlanValidationException.class)
    ResponseEntity<Object> planInvalid(PlanValidationException e) {
        List<FieldProblem> errors = new ArrayList<>();
        for (PlanProblem problem : e.problems()) {
            errors.add(new FieldProblem(problem.path(), problem.message()));
        }
        return answer(Problems.invalid(
                "Invalid plan",
                "The request has " + errors.size() + " problem(s), listed in errors; fix them and submit again.",
                errors));
    }

    @ExceptionHandler(JobNotFoundException.class)
    ResponseEntity<Object> notFound(JobNotFoundException e) {
        return answer(Problems.of(HttpStatus.NOT_FOUND, "not-found", "Not found", e.getMessage()));
    }

    @ExceptionHandler(PlanBusyException.class)
    ResponseEntity<Object> planBusy(PlanBusyException e) {
        ProblemDetail problem = Problems.of(HttpStatus.CONFLICT, "plan-busy", "Plan still solving", e.getMessage());
        problem.setProperty("planId", e.planId());
        problem.setProperty("jobId", e.jobId());
        return answer(problem);
    }

    @ExceptionHandler(QueueFullException.class)
    ResponseEntity<Object> queueFull(QueueFullException e) {
        ProblemDetail problem =
                Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "queue-full", "Solver queue full", e.getMessage());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(e.retryAfterSeconds()))
                .body(problem);
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<Object> constraintViolation(ConstraintViolationException e) {
        List<FieldProblem> errors = e.getConstraintViolations().stream()
                .map(violation -> new FieldProblem(
                        parameterName(violation.getPropertyPath().toString()), violation.getMessage()))
                .toList();
        return answer(Problems.invalid("Invalid request", "The request has invalid parameters.", errors));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Object> typeMismatch(MethodArgumentTypeMismatchException e) {
        return answer(Problems.invalid(
                "Invalid request",
                "The parameter (" + e.getName() + ") has a value it cannot take.",
                List.of(new FieldProblem(e.getName(), "The value (" + e.getValue() + ") is not allowed here."))));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception e) {
        log.error("Request failed: error ({}).", e.toString(), e);
        return answer(Problems.of(
                HttpStatus.INTERNAL_SERVER_ERROR,
                "internal-error",
                "Internal error",
                "The service failed to answer; the error is in its log."));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> errors = new ArrayList<>();
        for (FieldError error : e.getBindingResult().getFieldErrors()) {
            errors.add(new FieldProblem("$." + error.getField(), String.valueOf(error.getDefaultMessage())));
        }
        e.getBindingResult()
                .getGlobalErrors()
                .forEach(error -> errors.add(new FieldProblem("$", String.valueOf(error.getDefaultMessage()))));
        return answer(Problems.invalid(
                "Invalid plan",
                "The request has " + errors.size() + " problem(s), listed in errors; fix them and submit again.",
                errors));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(
            HandlerMethodValidationException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> errors = new ArrayList<>();
        e.getParameterValidationResults().forEach(result -> {
            String name = result.getMethodParameter().getParameterName();
            for (MessageSourceResolvable error : result.getResolvableErrors()) {
                errors.add(new FieldProblem(String.valueOf(name), String.valueOf(error.getDefaultMessage())));
            }
        });
        return answer(Problems.invalid("Invalid request", "The request has invalid parameters.", errors));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        RequestTooLargeException tooLarge = cause(e, RequestTooLargeException.class);
        if (tooLarge != null) {
            return answer(RequestSizeFilter.tooLarge(tooLarge.limit(), -1));
        }
        JacksonException parse = cause(e, JacksonException.class);
        String path = parse == null ? "$" : jsonPath(parse.getPath());
        String message = parse == null ? "The request body is missing or unreadable." : parse.getOriginalMessage();
        return answer(Problems.invalid(
                "Malformed JSON",
                "The request body is not a weekly plan in JSON; see errors for where reading stopped.",
                List.of(new FieldProblem(path, message))));
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(
            Exception e, Object body, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (status.is5xxServerError()) {
            log.error("Request failed: status ({}), error ({}).", status.value(), e.toString(), e);
        }
        return super.handleExceptionInternal(e, body, headers, status, request);
    }

    private static ResponseEntity<Object> answer(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).body(problem);
    }

    /** A JSON path such as {@code $.sessions[3].start} from Jackson's reference chain. */
    static String jsonPath(List<JacksonException.Reference> references) {
        StringBuilder path = new StringBuilder("$");
        for (JacksonException.Reference reference : references) {
            if (reference.getPropertyName() != null) {
                path.append('.').append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    /** The parameter name of a method validation path such as {@code listPlans.size}. */
    private static String parameterName(String propertyPath) {
        int dot = propertyPath.lastIndexOf('.');
        return dot < 0 ? propertyPath : propertyPath.substring(dot + 1);
    }

    private static <T extends Throwable> T cause(Throwable error, Class<T> type) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
        }
        return null;
    }
}
