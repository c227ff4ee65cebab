package org.disclosurehub.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;

/**
 * Spring Security for an API of agency tokens: every URL stays reachable anonymously (public
 * reads, GraphiQL, the schema, Actuator), a request may carry a Bearer token, and each write
 * decides for itself through {@link WriteAccess} (one GraphQL endpoint carries reads and writes,
 * so URL rules cannot). No sessions, no cookies, hence no CSRF. Security's own header writers are
 * off: its default {@code Cache-Control: no-store} would defeat the caching of public reads, and
 * the security headers and CORS are set by the hub's own filters.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    @Bean
    SecurityFilterChain agencyTokens(HttpSecurity http, BearerTokenAuthenticationProvider provider) throws Exception {
        return http
                .csrf(AbstractHttpConfigurer::disable)
                .headers(AbstractHttpConfigurer::disable)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .addFilterBefore(new BearerTokenFilter(provider), AnonymousAuthenticationFilter.class)
                .build();
    }
}
