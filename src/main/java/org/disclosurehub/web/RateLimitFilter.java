package org.disclosurehub.web;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.disclosurehub.graphql.ErrorCode;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Per-client rate limits ({@code datahub.web.rate-limit}). Over the limit a client gets HTTP 429,
 * a {@code Retry-After} header and a GraphQL error with {@code extensions.code = RATE_LIMITED}
 * and {@code extensions.retryAfter} (seconds), before any other work is done for it.
 * <p>
 * A request is charged to its client address ({@link ClientAddresses}), unless it carries an
 * {@code Authorization: Bearer} credential: then to that credential (by its hash; the credential
 * itself is never kept), with the credential limits, so an agency's system is not slowed by
 * public traffic from the same network. So that inventing credentials buys no fresh buckets, a
 * credential that is refused (the answer is HTTP 401) is charged to its address as well, in a
 * bucket of its own with the address limits; once that is empty, the address's credentialed
 * requests wait too.
 */
final class RateLimitFilter extends OncePerRequestFilter {

    private final ClientAddresses addresses;
    private final AddressRanges exempt;
    private final RateLimiter byAddress;
    private final RateLimiter byCredential;
    private final RateLimiter refusedCredentials;
    private final Counter limitedAddresses;
    private final Counter limitedCredentials;

    RateLimitFilter(ClientAddresses addresses, AddressRanges exempt, RateLimiter byAddress, RateLimiter byCredential,
            RateLimiter refusedCredentials, MeterRegistry meters) {
        this.addresses = addresses;
        this.exempt = exempt;
        this.byAddress = byAddress;
        this.byCredential = byCredential;
        this.refusedCredentials = refusedCredentials;
        this.limitedAddresses = limited(meters, "address");
        this.limitedCredentials = limited(meters, "credential");
    }

    private static Counter limited(MeterRegistry meters, String client) {
        return Counter.builder("datahub.rate.limited")
                .description("Requests answered 429 by the per-client rate limit")
                .tag("client", client)
                .register(meters);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        InetAddress client = addresses.clientOf(request);
        request.setAttribute(ClientAddresses.ATTRIBUTE, client.getHostAddress());
        if (exempt.contains(client)) {
            chain.doFilter(request, response);
            return;
        }
        String address = client.getHostAddress();
        String credential = bearer(request);
        if (credential == null) {
            long wait = byAddress.acquire(address);
            if (wait > 0) {
                limitedAddresses.increment();
                refuse(response, wait);
                return;
            }
            chain.doFilter(request, response);
            return;
        }
        long wait = refusedCredentials.waitFor(address);
        if (wait == 0) {
            wait = byCredential.acquire(hash(credential));
        }
        if (wait > 0) {
            limitedCredentials.increment();
            refuse(response, wait);
            return;
        }
        chain.doFilter(request, response);
        whenAnswered(request, response, () -> {
            if (response.getStatus() == HttpStatus.UNAUTHORIZED.value()) {
                refusedCredentials.charge(address);
            }
        });
    }

    private static void refuse(HttpServletResponse response, long seconds) throws IOException {
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        GraphQlErrorBody.write(response, HttpStatus.TOO_MANY_REQUESTS.value(), ErrorCode.RATE_LIMITED,
                "Too many requests from this client; retry after " + seconds + " s.", Map.of("retryAfter", seconds));
    }

    /** The credential of an {@code Authorization: Bearer …} header, or null. */
    private static String bearer(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || header.length() <= 7 || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return null;
        }
        String credential = header.substring(7).strip();
        return credential.isEmpty() ? null : credential;
    }

    private static String hash(String credential) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(credential.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /** Runs {@code check} once the status is final: now, or when an asynchronous request completes. */
    private static void whenAnswered(HttpServletRequest request, HttpServletResponse response, Runnable check) {
        if (!request.isAsyncStarted()) {
            check.run();
            return;
        }
        request.getAsyncContext().addListener(new AsyncListener() {
            @Override
            public void onComplete(AsyncEvent event) {
                check.run();
            }

            @Override
            public void onTimeout(AsyncEvent event) {
            }

            @Override
            public void onError(AsyncEvent event) {
            }

            @Override
            public void onStartAsync(AsyncEvent event) {
            }
        }, request, response);
    }
}
