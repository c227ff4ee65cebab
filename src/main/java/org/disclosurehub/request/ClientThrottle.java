package org.disclosurehub.request;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Counts what each client did in a fixed window that starts with its first count: a window's
 * counter is created on first use and dropped {@code window} later, so a client starts afresh.
 * Bounded: at most 100,000 clients are tracked at once (the least recent go first).
 */
final class ClientThrottle {

    private final Cache<String, AtomicInteger> counts;
    private final int limit;

    ClientThrottle(int limit, Duration window) {
        this.limit = limit;
        this.counts = Caffeine.newBuilder().expireAfterWrite(window).maximumSize(100_000).build();
    }

    /** Whether the client has used up its allowance. */
    boolean exhausted(String client) {
        AtomicInteger n = counts.getIfPresent(client);
        return n != null && n.get() >= limit;
    }

    /** Counts one more for the client; false if that goes past the allowance. */
    boolean count(String client) {
        return counts.get(client, k -> new AtomicInteger()).incrementAndGet() <= limit;
    }
}
