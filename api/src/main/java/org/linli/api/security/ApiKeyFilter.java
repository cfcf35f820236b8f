package org.linli.api.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Set;
import org.linli.api.config.LinliProperties;
import org.linli.api.web.ProblemWriter;
import org.linli.api.web.Problems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Checks the {@code X-API-Key} header when API keys are configured: no valid key answers 401, a read-only key on a
 * request that changes something answers 403. Without configured keys every request passes (the API is open).
 * Health, the OpenAPI document and Swagger UI stay open, so probes and the documentation need no key.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
public final class ApiKeyFilter extends OncePerRequestFilter {

    public static final String HEADER = "X-API-Key";
    private static final Set<String> READ_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    private final List<byte[]> readOnly;
    private final List<byte[]> readWrite;
    private final boolean enabled;
    private final ProblemWriter problems;

    public ApiKeyFilter(LinliProperties properties, ProblemWriter problems) {
        LinliProperties.ApiKeys keys = properties.security().apiKeys();
        this.readOnly = bytes(keys.readOnly());
        this.readWrite = bytes(keys.readWrite());
        this.enabled = keys.configured();
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        if (!enabled) {
            return true;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals("/openapi.yaml")
                || path.startsWith("/swagger-ui")
                || path.startsWith("/v3/api-docs/swagger-config")
                || path.startsWith("/actuator/health");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = request.getHeader(HEADER);
        boolean writer = key != null && matches(readWrite, key);
        boolean reader = writer || (key != null && matches(readOnly, key));
        if (!reader) {
            problems.write(
                    request,
                    response,
                    Problems.of(
                            HttpStatus.UNAUTHORIZED,
                            "unauthorized",
                            "API key required",
                            key == null
                                    ? "The request has no " + HEADER + " header; send a configured API key in it."
                                    : "The " + HEADER + " header does not hold a configured API key; check the key."));
            return;
        }
        if (!writer && !READ_METHODS.contains(request.getMethod())) {
            problems.write(
                    request,
                    response,
                    Problems.of(
                            HttpStatus.FORBIDDEN,
                            "forbidden",
                            "Read-only API key",
                            "The API key may only read, not " + request.getMethod() + " " + request.getRequestURI()
                                    + "; use a read-write key."));
            return;
        }
        chain.doFilter(request, response);
    }

    private static List<byte[]> bytes(List<String> keys) {
        return keys.stream()
                .filter(key -> !key.isBlank())
                .map(key -> key.getBytes(StandardCharsets.UTF_8))
                .toList();
    }

    /** Compares in constant time, so response times do not tell how much of a key was right. */
    private static boolean matches(List<byte[]> keys, String key) {
        byte[] given = key.getBytes(StandardCharsets.UTF_8);
        boolean found = false;
        for (byte[] candidate : keys) {
            found |= MessageDigest.isEqual(candidate, given);
        }
        return found;
    }
}
