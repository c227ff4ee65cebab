package org.disclosurehub.web;

import java.util.List;

import com.github.benmanes.caffeine.cache.Ticker;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.disclosurehub.graphql.QueryLimitProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.web.cors.CorsConfiguration;

/**
 * The servlet filters that guard the public endpoint, in this order, all ahead of any security
 * filter chain (Spring Security's runs at order -100), so that they work with or without it and
 * every answer, refusals included, carries them:
 * <ol>
 * <li>security headers, on every response;</li>
 * <li>CORS for the portals, so that a 429 or 413 reaches a portal's script too;</li>
 * <li>per-client rate limits;</li>
 * <li>the request body limit of {@code POST /graphql};</li>
 * <li>GraphQL-shaped bodies for the bare 405 and 415 of {@code /graphql}.</li>
 * </ol>
 * The response cache ({@code graphql/ResponseCache}) runs after all of them.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(WebProperties.class)
class WebProtectionConfiguration {

    static final int HEADERS_ORDER = -300;
    static final int CORS_ORDER = -290;
    static final int RATE_LIMIT_ORDER = -280;
    static final int BODY_LIMIT_ORDER = -270;
    static final int BARE_STATUS_ORDER = -260;

    @Bean
    ClientAddresses clientAddresses(WebProperties web) {
        return new ClientAddresses(AddressRanges.of(web.trustedProxies()));
    }

    @Bean
    FilterRegistrationBean<SecurityHeadersFilter> securityHeadersFilter(WebProperties web, ClientAddresses addresses) {
        FilterRegistrationBean<SecurityHeadersFilter> registration =
                new FilterRegistrationBean<>(new SecurityHeadersFilter(web.headers(), addresses));
        registration.setOrder(HEADERS_ORDER);
        return registration;
    }

    @Bean
    FilterRegistrationBean<PortalCorsFilter> portalCorsFilter(WebProperties web) {
        WebProperties.Cors cors = web.cors();
        CorsConfiguration configuration = new CorsConfiguration();
        configuration.setAllowedOriginPatterns(cors.allowedOrigins());
        configuration.setAllowedMethods(cors.allowedMethods());
        configuration.setAllowedHeaders(cors.allowedHeaders());
        // a portal's script may read how long to wait after a 429
        configuration.setExposedHeaders(List.of(HttpHeaders.RETRY_AFTER));
        configuration.setAllowCredentials(false);
        configuration.setMaxAge(cors.maxAge());
        FilterRegistrationBean<PortalCorsFilter> registration =
                new FilterRegistrationBean<>(new PortalCorsFilter(configuration));
        registration.addUrlPatterns("/graphql", "/graphql/*");
        registration.setOrder(CORS_ORDER);
        return registration;
    }

    @Bean
    @ConditionalOnProperty(name = "datahub.web.rate-limit.enabled", havingValue = "true", matchIfMissing = true)
    FilterRegistrationBean<RateLimitFilter> rateLimitFilter(WebProperties web, ClientAddresses addresses,
            ObjectProvider<MeterRegistry> meters) {
        WebProperties.RateLimit limits = web.rateLimit();
        Ticker ticker = Ticker.systemTicker();
        RateLimitFilter filter = new RateLimitFilter(addresses, AddressRanges.of(limits.exemptAddresses()),
                new RateLimiter(limits.requestsPerSecond(), limits.burst(), limits.maxClients(), ticker),
                new RateLimiter(limits.credentialRequestsPerSecond(), limits.credentialBurst(), limits.maxClients(), ticker),
                new RateLimiter(limits.requestsPerSecond(), limits.burst(), limits.maxClients(), ticker),
                meters.getIfAvailable(SimpleMeterRegistry::new));
        FilterRegistrationBean<RateLimitFilter> registration = new FilterRegistrationBean<>(filter);
        registration.setOrder(RATE_LIMIT_ORDER);
        return registration;
    }

    @Bean
    FilterRegistrationBean<RequestBodyLimitFilter> requestBodyLimitFilter(QueryLimitProperties limits) {
        FilterRegistrationBean<RequestBodyLimitFilter> registration =
                new FilterRegistrationBean<>(new RequestBodyLimitFilter(limits.maxRequestSize().toBytes()));
        registration.addUrlPatterns("/graphql");
        registration.setOrder(BODY_LIMIT_ORDER);
        return registration;
    }

    @Bean
    FilterRegistrationBean<BareStatusFilter> bareStatusFilter() {
        FilterRegistrationBean<BareStatusFilter> registration = new FilterRegistrationBean<>(new BareStatusFilter());
        registration.addUrlPatterns("/graphql");
        registration.setOrder(BARE_STATUS_ORDER);
        return registration;
    }

    @Bean
    MalformedRequestResolver malformedRequestResolver() {
        return new MalformedRequestResolver();
    }
}
