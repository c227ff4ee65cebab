package org.disclosurehub.cache;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import com.github.benmanes.caffeine.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.cache.caffeine.CaffeineCache;

/** Names of the hub's caches and typed access to their Caffeine stores (for bulk loads). */
public final class HubCaches {

    public static final String AGENCIES = "agencies";
    public static final String OFFICERS = "officers";

    private HubCaches() {
    }

    @SuppressWarnings("unchecked")
    public static <K, V> Cache<K, Optional<V>> caffeine(CacheManager manager, String name) {
        var cache = manager.getCache(name);
        if (cache instanceof CaffeineCache caffeine) {
            return (Cache<K, Optional<V>>) (Cache<?, ?>) caffeine.getNativeCache();
        }
        throw new IllegalStateException("cache " + name + " is not a Caffeine cache");
    }

    /** Looks up many keys at once, loading the missing ones in one call. */
    public static <K, V> Map<K, Optional<V>> getAll(Cache<K, Optional<V>> cache, Collection<K> keys,
            Function<Collection<K>, Map<K, V>> loader) {
        return cache.getAll(keys, missing -> {
            Map<K, V> found = loader.apply((Collection<K>) missing);
            Map<K, Optional<V>> all = new java.util.HashMap<>();
            for (K key : missing) {
                all.put(key, Optional.ofNullable(found.get(key)));
            }
            return all;
        });
    }
}
