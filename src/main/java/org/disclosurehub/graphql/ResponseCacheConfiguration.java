package org.disclosurehub.graphql;

import java.time.Clock;

import org.disclosurehub.cache.CacheProperties;
import org.disclosurehub.cache.Invalidations;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Registers the {@link ResponseCache} on /graphql unless {@code datahub.cache.responses=false}. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "datahub.cache.responses", havingValue = "true", matchIfMissing = true)
class ResponseCacheConfiguration {

    @Bean
    ResponseCache responseCache(Clock clock, CacheProperties properties, Invalidations invalidations) {
        return new ResponseCache(clock, properties.ttl(), properties.responseBytes().toBytes(), invalidations);
    }

    @Bean
    FilterRegistrationBean<ResponseCache> responseCacheRegistration(ResponseCache cache) {
        FilterRegistrationBean<ResponseCache> registration = new FilterRegistrationBean<>(cache);
        registration.addUrlPatterns("/graphql");
        return registration;
    }
}
