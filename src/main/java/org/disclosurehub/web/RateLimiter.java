package org.disclosurehub.web;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;

/**
 * Token buckets by client key, in bounded memory: at most {@code maxClients} buckets, and a
 * bucket left alone long enough to have filled up again is dropped (a new one would be the same).
 * Time comes from a monotonic {@link Ticker}, not the hub's legal clock: a rate is about elapsed
 * time, and tests pin the legal clock.
 */
final class RateLimiter {

    private final double perSecond;
    private final int burst;
    private final Ticker ticker;
    private final Cache<String, Bucket> buckets;

    RateLimiter(double perSecond, int burst, int maxClients, Ticker ticker) {
        if (perSecond <= 0 || burst < 1) {
            throw new IllegalArgumentException("a rate limit needs a positive rate and a burst of at least 1");
        }
        this.perSecond = perSecond;
        this.burst = burst;
        this.ticker = ticker;
        long refillNanos = (long) Math.ceil(burst / perSecond * 1e9);
        this.buckets = Caffeine.newBuilder()
                .maximumSize(maxClients)
                .expireAfterAccess(Duration.ofNanos(refillNanos).plusSeconds(1))
                .ticker(ticker)
                .build();
    }

    /** Takes one request from the key's bucket: 0 if it may go ahead, else the seconds to wait. */
    long acquire(String key) {
        return bucket(key).take(perSecond, burst, ticker.read());
    }

    /** The seconds until the key's bucket holds a request again, without taking one (0 = it does). */
    long waitFor(String key) {
        Bucket bucket = buckets.getIfPresent(key);
        return bucket == null ? 0 : bucket.waitFor(perSecond, burst, ticker.read());
    }

    /** Takes one request from the key's bucket if there is one left; never goes into debt. */
    void charge(String key) {
        bucket(key).charge(perSecond, burst, ticker.read());
    }

    private Bucket bucket(String key) {
        return buckets.get(key, k -> new Bucket(burst, ticker.read()));
    }

    private static final class Bucket {

        private double tokens;
        private long updated;

        Bucket(int burst, long now) {
            this.tokens = burst;
            this.updated = now;
        }

        synchronized long take(double perSecond, int burst, long now) {
            refill(perSecond, burst, now);
            if (tokens >= 1) {
                tokens -= 1;
                return 0;
            }
            return secondsUntilOne(perSecond);
        }

        synchronized long waitFor(double perSecond, int burst, long now) {
            refill(perSecond, burst, now);
            return tokens >= 1 ? 0 : secondsUntilOne(perSecond);
        }

        synchronized void charge(double perSecond, int burst, long now) {
            refill(perSecond, burst, now);
            tokens = Math.max(0, tokens - 1);
        }

        private void refill(double perSecond, int burst, long now) {
            long elapsed = now - updated;
            if (elapsed > 0) {
                tokens = Math.min(burst, tokens + elapsed * perSecond / TimeUnit.SECONDS.toNanos(1));
                updated = now;
            }
        }

        private long secondsUntilOne(double perSecond) {
            return Math.max(1, (long) Math.ceil((1 - tokens) / perSecond));
        }
    }
}
