package org.disclosurehub.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsProcessor;
import org.springframework.web.cors.CorsUtils;
import org.springframework.web.cors.DefaultCorsProcessor;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * CORS for the portals' origins ({@code datahub.web.cors}). A cross-origin request from any other
 * origin is served as if CORS did not exist: no CORS headers, so its browser keeps the answer
 * from the page, while tools that send an {@code Origin} of their own are not broken. (Spring's
 * {@code CorsFilter} answers those with 403, which would also refuse the hub's own GraphiQL page
 * behind a proxy that changes the scheme or host.) A preflight from another origin gets 403.
 */
final class PortalCorsFilter extends OncePerRequestFilter {

    private final CorsConfiguration configuration;
    private final CorsProcessor processor = new DefaultCorsProcessor();

    PortalCorsFilter(CorsConfiguration configuration) {
        this.configuration = configuration;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!CorsUtils.isCorsRequest(request)) {
            chain.doFilter(request, response);
            return;
        }
        boolean preflight = CorsUtils.isPreFlightRequest(request);
        if (configuration.checkOrigin(request.getHeader(HttpHeaders.ORIGIN)) == null) {
            // the answer depends on the origin: a shared cache must not hand it to a portal
            response.addHeader(HttpHeaders.VARY, HttpHeaders.ORIGIN);
            if (preflight) {
                response.setStatus(HttpStatus.FORBIDDEN.value());
                return;
            }
            chain.doFilter(request, response);
            return;
        }
        boolean allowed = processor.processRequest(configuration, request, response);
        if (allowed && !preflight) {
            chain.doFilter(request, response);
        }
    }
}
