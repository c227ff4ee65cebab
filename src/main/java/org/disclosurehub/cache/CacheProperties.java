package org.disclosurehub.cache;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * {@code datahub.cache.*}: the hub's in-memory caches.
 *
 * @param ttl           longest life of any cached entry: the staleness bound across nodes (a write
 *                      clears the caches of the node that made it at once)
 * @param responses     whether whole answers to anonymous reads are cached (graphql/ResponseCache)
 * @param responseBytes the size bound of that response cache
 */
@ConfigurationProperties("datahub.cache")
public record CacheProperties(Duration ttl, boolean responses, DataSize responseBytes) {

    public CacheProperties {
        ttl = ttl == null ? Duration.ofMinutes(5) : ttl;
        responseBytes = responseBytes == null ? DataSize.ofMegabytes(64) : responseBytes;
    }
}
