package org.disclosurehub.cache;

import com.github.benmanes.caffeine.cache.Caffeine;
import org.disclosurehub.database.DataChangedEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.cache.autoconfigure.CacheManagerCustomizer;
import org.springframework.cache.CacheManager;
import org.springframework.cache.annotation.EnableCaching;
import org.springframework.cache.caffeine.CaffeineCacheManager;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;

/**
 * Caffeine caches for reference data (agencies, officers). Entries hold records, never
 * judgements that depend on the day (a credential's validity is computed per request), and every
 * write to the data clears them at once on this node; other nodes see the write within
 * {@code datahub.cache.ttl}.
 */
@Configuration(proxyBeanMethods = false)
@EnableCaching
@EnableConfigurationProperties(CacheProperties.class)
class CacheConfiguration {

    @Bean
    CacheManagerCustomizer<CaffeineCacheManager> hubCaches(CacheProperties properties) {
        return manager -> {
            manager.setAllowNullValues(false);
            manager.registerCustomCache(HubCaches.AGENCIES, Caffeine.newBuilder()
                    .maximumSize(10_000).expireAfterWrite(properties.ttl()).build());
            manager.registerCustomCache(HubCaches.OFFICERS, Caffeine.newBuilder()
                    .maximumSize(100_000).expireAfterWrite(properties.ttl()).build());
        };
    }

    @Bean
    CacheInvalidator cacheInvalidator(CacheManager caches, Invalidations invalidations) {
        return new CacheInvalidator(caches, invalidations);
    }

    /** Clears every cache after a write has committed. */
    static final class CacheInvalidator {

        private final CacheManager caches;
        private final Invalidations invalidations;

        CacheInvalidator(CacheManager caches, Invalidations invalidations) {
            this.caches = caches;
            this.invalidations = invalidations;
        }

        @EventListener
        void on(DataChangedEvent event) {
            invalidations.advance();
            caches.getCacheNames().forEach(name -> {
                var cache = caches.getCache(name);
                if (cache != null) {
                    cache.clear();
                }
            });
        }
    }
}
