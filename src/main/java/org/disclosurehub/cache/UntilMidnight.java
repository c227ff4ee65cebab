package org.disclosurehub.cache;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import com.github.benmanes.caffeine.cache.Expiry;
import org.disclosurehub.calendar.LegalTime;

/**
 * Caffeine expiry for anything that depends on what the public sees: that changes at midnight in
 * Beijing (publication periods end), so an entry lives until the next midnight, or for the TTL (the
 * staleness bound across nodes) if that comes first. Writes clear such caches on their own.
 */
public record UntilMidnight(Clock clock, Duration ttl) implements Expiry<Object, Object> {

    @Override
    public long expireAfterCreate(Object key, Object value, long currentTime) {
        Instant now = clock.instant();
        Instant midnight = LegalTime.today(clock).plusDays(1).atStartOfDay(LegalTime.CHINA).toInstant();
        return Math.max(0, Math.min(ttl.toNanos(), Duration.between(now, midnight).toNanos()));
    }

    @Override
    public long expireAfterUpdate(Object key, Object value, long currentTime, long currentDuration) {
        return expireAfterCreate(key, value, currentTime);
    }

    @Override
    public long expireAfterRead(Object key, Object value, long currentTime, long currentDuration) {
        return currentDuration;
    }
}
