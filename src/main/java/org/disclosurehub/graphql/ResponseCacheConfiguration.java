package org.disclosurehub.graphql;

import java.time.Clock;
import java.time.Duration;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.util.unit.DataSize;

/** Registers the {@link ResponseCache} on /graphql unless {@code datahub.cache.responses=false}. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "datahub.cache.responses", havingValue = "true", matchIfMissing = true)
class ResponseCacheConfiguration {

    @Bean
    ResponseCache responseCache(Clock clock, Environment env) {
        Duration ttl = env.getProperty("datahub.cache.ttl", Duration.class, Duration.ofMinutes(5));
        DataSize size = env.getProperty("datahub.cache.response-bytes", DataSize.class, DataSize.ofMegabytes(64));
        return new ResponseCache(clock, ttl, size.toBytes());
    }

    @Bean
    FilterRegistrationBean<ResponseCache> responseCacheRegistration(ResponseCache cache) {
        FilterRegistrationBean<ResponseCache> registration = new FilterRegistrationBean<>(cache);
        registration.addUrlPatterns("/graphql");
        return registration;
    }
}
