package org.disclosurehub.graphql;

import java.io.ByteArrayInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.disclosurehub.cache.Invalidations;
import org.disclosurehub.cache.UntilMidnight;
import org.disclosurehub.calendar.LegalTime;
import org.disclosurehub.database.DataChangedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.springframework.web.util.WebUtils;

/**
 * A full-response cache in front of {@code POST /graphql} for anonymous reads: portals send the
 * same queries with the same variables over and over. The key is the exact request body; only
 * successful answers without errors are kept. What the public sees changes only on a write (every
 * entry is dropped at once) or at midnight in Beijing (no entry lives past it), so a cached answer
 * never outlives what it shows. Requests with credentials and anything that may be a mutation
 * are never cached. Switched by {@code datahub.cache.responses}.
 */
public class ResponseCache extends OncePerRequestFilter {

    static final int MAX_BODY = 16 * 1024;
    private static final String KEY = ResponseCache.class.getName() + ".key";
    private static final String STAMP = ResponseCache.class.getName() + ".stamp";

    private final Cache<String, byte[]> cache;
    private final Clock clock;
    private final Invalidations invalidations;

    public ResponseCache(Clock clock, Duration ttl, long maxBytes, Invalidations invalidations) {
        this.clock = clock;
        this.invalidations = invalidations;
        this.cache = Caffeine.newBuilder()
                .maximumWeight(maxBytes)
                .weigher((String key, byte[] value) -> key.length() * 2 + value.length)
                .expireAfter(new UntilMidnight(clock, ttl))
                .build();
    }

    @EventListener
    void on(DataChangedEvent event) {
        invalidations.advance();
        cache.invalidateAll();
    }

    @Override
    protected boolean shouldNotFilterAsyncDispatch() {
        return false;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || !"/graphql".equals(request.getRequestURI())
                || request.getHeader(HttpHeaders.AUTHORIZATION) != null
                || request.getContentLengthLong() < 0 || request.getContentLengthLong() > MAX_BODY;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpServletRequest req = request;
        HttpServletResponse res = response;
        if (!isAsyncDispatch(request)) {
            byte[] body = request.getInputStream().readNBytes(MAX_BODY + 1);
            req = new BodyRequest(request, body);
            String text = new String(body, StandardCharsets.UTF_8);
            // the day is part of the key: what is shown depends on it, whatever the cache's own timer says
            String key = LegalTime.today(clock) + text;
            if (body.length <= MAX_BODY && !text.contains("mutation")) {
                byte[] cached = cache.getIfPresent(key);
                if (cached != null) {
                    response.setContentType(MediaType.APPLICATION_JSON_VALUE);
                    response.setContentLength(cached.length);
                    response.getOutputStream().write(cached);
                    return;
                }
                req.setAttribute(KEY, key);
                // taken before the query reads anything: an answer that raced a write is not kept
                req.setAttribute(STAMP, invalidations.stamp());
            }
            res = new ContentCachingResponseWrapper(response);
        }
        chain.doFilter(req, res);
        if (!isAsyncStarted(req)) {
            ContentCachingResponseWrapper captured = WebUtils.getNativeResponse(res, ContentCachingResponseWrapper.class);
            if (captured != null) {
                Object key = req.getAttribute(KEY);
                byte[] bytes = captured.getContentAsByteArray();
                if (key instanceof String k && captured.getStatus() == 200 && !contains(bytes, "\"errors\"")) {
                    cache.put(k, bytes);
                    if (!(req.getAttribute(STAMP) instanceof Long stamp) || invalidations.movedSince(stamp)) {
                        cache.invalidate(k);
                    }
                }
                captured.copyBodyToResponse();
            }
        }
    }

    private static boolean contains(byte[] bytes, String text) {
        return new String(bytes, StandardCharsets.UTF_8).contains(text);
    }

    /** The request with its body already read, so the GraphQL handler can read it again. */
    private static final class BodyRequest extends HttpServletRequestWrapper {

        private final byte[] body;

        BodyRequest(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException();
                }

                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
        }
    }

}
