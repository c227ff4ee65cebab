package org.disclosurehub.cache;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import com.github.benmanes.caffeine.cache.Cache;
import org.springframework.stereotype.Component;

/**
 * Closes the gap between a cache fill and a write. A read that loaded the old state just before
 * a write committed can put it in a cache just after the write cleared that cache; it would then
 * be served until the entry expires. So every cache clear on a write first {@link #advance}s a
 * counter, and every fill takes a {@link #stamp} before it reads the database and, once its value
 * is in the cache, drops it again if the counter moved: either the fill came before the clear
 * (and the clear removes it) or it sees the counter moved.
 */
@Component
public class Invalidations {

    private final AtomicLong count = new AtomicLong();

    /** Taken before reading what a cache entry is filled from. */
    public long stamp() {
        return count.get();
    }

    /** Called on a write, before clearing a cache. */
    public void advance() {
        count.incrementAndGet();
    }

    /** Whether a write cleared the caches since the stamp was taken: what was read then may be old. */
    public boolean movedSince(long stamp) {
        return count.get() != stamp;
    }

    /** {@link Cache#get} whose fill is dropped again if it raced a write. */
    public <K, V> V get(Cache<K, V> cache, K key, Function<? super K, ? extends V> loader) {
        long stamp = stamp();
        V value = cache.get(key, loader);
        if (movedSince(stamp)) {
            cache.invalidate(key);
        }
        return value;
    }

    /** {@link HubCaches#getAll} whose fills are dropped again if they raced a write. */
    public <K, V> Map<K, Optional<V>> getAll(Cache<K, Optional<V>> cache,
            Collection<K> keys, Function<Collection<K>, Map<K, V>> loader) {
        long stamp = stamp();
        Map<K, Optional<V>> values = HubCaches.getAll(cache, keys, loader);
        if (movedSince(stamp)) {
            cache.invalidateAll(keys);
        }
        return values;
    }
}
