package org.disclosurehub.security;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
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
 * the security headers and CORS are set by the hub's own filters. Commands on the jar (no web
 * server) need none of it.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
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
                // an upload is refused before its body is read; everything else decides per write
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.POST, "/api/import").hasAnyRole(Role.PUBLISHER.name(), Role.ADMIN.name())
                        .anyRequest().permitAll())
                .exceptionHandling(e -> e
                        .authenticationEntryPoint((request, response, ex) -> BearerTokenFilter.refuse(response,
                                "invalid_request", "This needs an agency credential: send it as `Authorization: Bearer"
                                        + " <token>`."))
                        .accessDeniedHandler((request, response, ex) -> BearerTokenFilter.forbid(response,
                                "Importing needs a PUBLISHER credential.")))
                .addFilterBefore(new BearerTokenFilter(provider), AnonymousAuthenticationFilter.class)
                .build();
    }
}
