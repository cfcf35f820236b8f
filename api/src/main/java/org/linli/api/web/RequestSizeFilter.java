package org.linli.api.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.linli.api.config.LinliProperties;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses request bodies above {@code linli.api.max-request-size} with 413: at once when the declared length is too
 * large, and while reading when a body without a declared length (chunked) grows past the limit.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
public final class RequestSizeFilter extends OncePerRequestFilter {

    private final long limit;
    private final ProblemWriter problems;

    public RequestSizeFilter(LinliProperties properties, ProblemWriter problems) {
        this.limit = properties.api().maxRequestSize().toBytes();
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long declared = request.getContentLengthLong();
        if (declared > limit) {
            problems.write(request, response, tooLarge(limit, declared));
            return;
        }
        chain.doFilter(declared >= 0 ? request : new LimitedRequest(request, limit), response);
    }

    static ProblemDetail tooLarge(long limit, long size) {
        String sizeText = size >= 0 ? size + " bytes" : "more than " + limit + " bytes";
        return Problems.of(
                HttpStatus.CONTENT_TOO_LARGE,
                "request-too-large",
                "Request too large",
                "The request body (" + sizeText + ") is larger than the limit of " + limit
                        + " bytes (linli.api.max-request-size); send a smaller plan or raise the limit.");
    }

    /** A request whose body stream fails once more than the limit has been read. */
    private static final class LimitedRequest extends HttpServletRequestWrapper {

        private final long limit;

        LimitedRequest(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            ServletInputStream in = super.getInputStream();
            return new ServletInputStream() {
                private long read;

                @Override
                public int read() throws IOException {
                    int b = in.read();
                    if (b >= 0) {
                        count(1);
                    }
                    return b;
                }

                @Override
                public int read(byte[] buffer, int offset, int length) throws IOException {
                    int n = in.read(buffer, offset, length);
                    if (n > 0) {
                        count(n);
                    }
                    return n;
                }

                private void count(int n) throws IOException {
                    read += n;
                    if (read > limit) {
                        throw new RequestTooLargeException(limit);
                    }
                }

                @Override
                public boolean isFinished() {
                    return in.isFinished();
                }

                @Override
                public boolean isReady() {
                    return in.isReady();
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    in.setReadListener(listener);
                }
            };
        }
    }
}
