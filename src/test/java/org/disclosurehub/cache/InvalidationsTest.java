package org.disclosurehub.cache;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.junit.jupiter.api.Test;

/**
 * A cache fill that read the database before a write committed, but stores its value after the
 * write cleared the cache, must not stay: it would serve the old state until it expired.
 */
class InvalidationsTest {

    private final Invalidations invalidations = new Invalidations();
    private final Cache<String, String> cache = Caffeine.newBuilder().build();

    /** A write, as every cache's listener handles DataChangedEvent: advance first, then clear. */
    private void write() {
        invalidations.advance();
        cache.invalidateAll();
    }

    @Test
    void aFillThatRacedAWriteIsAnsweredButNotKept() {
        String value = invalidations.get(cache, "k", k -> {
            // the old state was read here, then the write committed and cleared the cache
            write();
            return "old";
        });

        assertThat(value).isEqualTo("old");
        assertThat(cache.getIfPresent("k")).isNull();
    }

    @Test
    void aFillAfterTheWriteIsKept() {
        write();

        invalidations.get(cache, "k", k -> "new");

        assertThat(cache.getIfPresent("k")).isEqualTo("new");
    }

    @Test
    void aStampTakenBeforeAWriteSaysTheStateMayBeOld() {
        long stamp = invalidations.stamp();
        assertThat(invalidations.movedSince(stamp)).isFalse();

        write();

        assertThat(invalidations.movedSince(stamp)).isTrue();
    }
}
