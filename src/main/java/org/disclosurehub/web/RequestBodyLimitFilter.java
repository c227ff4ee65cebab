package org.disclosurehub.web;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.disclosurehub.graphql.ErrorCode;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a {@code POST /graphql} body larger than {@code datahub.graphql.max-request-size} with
 * HTTP 413 and {@code QUERY_TOO_COMPLEX}. A declared length is checked before anything is read; a
 * chunked body is counted as it is read, and reading stops at the limit
 * ({@link MalformedRequestResolver} then gives the same answer).
 */
final class RequestBodyLimitFilter extends OncePerRequestFilter {

    private final long maxBytes;

    RequestBodyLimitFilter(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long declared = request.getContentLengthLong();
        if (declared > maxBytes) {
            refuse(response, maxBytes);
            return;
        }
        chain.doFilter(declared >= 0 ? request : new CountedRequest(request, maxBytes), response);
    }

    static void refuse(HttpServletResponse response, long maxBytes) throws IOException {
        GraphQlErrorBody.write(response, HttpStatus.CONTENT_TOO_LARGE.value(), ErrorCode.QUERY_TOO_COMPLEX,
                "The request body is larger than " + maxBytes + " bytes, the most accepted.", Map.of());
    }

    /** Thrown by a counted body at its limit. */
    static final class BodyTooLarge extends IOException {

        final long maxBytes;

        BodyTooLarge(long maxBytes) {
            super("request body over " + maxBytes + " bytes", null);
            this.maxBytes = maxBytes;
        }
    }

    private static final class CountedRequest extends HttpServletRequestWrapper {

        private final long maxBytes;
        private ServletInputStream counted;

        CountedRequest(HttpServletRequest request, long maxBytes) {
            super(request);
            this.maxBytes = maxBytes;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (counted == null) {
                counted = new Counted(super.getInputStream(), maxBytes);
            }
            return counted;
        }

        @Override
        public java.io.BufferedReader getReader() throws IOException {
            return new java.io.BufferedReader(new java.io.InputStreamReader(getInputStream(),
                    getCharacterEncoding() == null ? "UTF-8" : getCharacterEncoding()));
        }
    }

    private static final class Counted extends ServletInputStream {

        private final ServletInputStream in;
        private final long maxBytes;
        private long read;

        Counted(ServletInputStream in, long maxBytes) {
            this.in = in;
            this.maxBytes = maxBytes;
        }

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
            if (read > maxBytes) {
                throw new BodyTooLarge(maxBytes);
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
    }
}
