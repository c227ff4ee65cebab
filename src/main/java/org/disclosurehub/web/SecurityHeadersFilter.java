package org.disclosurehub.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Security headers on every response, set before anything else runs so that refusals and error
 * pages carry them too ({@code datahub.web.headers}). No {@code Cache-Control} is set: public
 * GraphQL reads may be cached by browsers and proxies as HTTP allows.
 */
final class SecurityHeadersFilter extends OncePerRequestFilter {

    private final WebProperties.Headers headers;
    private final ClientAddresses addresses;
    private final String hsts;

    SecurityHeadersFilter(WebProperties.Headers headers, ClientAddresses addresses) {
        this.headers = headers;
        this.addresses = addresses;
        this.hsts = "max-age=" + headers.hstsMaxAge().toSeconds();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", headers.referrerPolicy());
        response.setHeader("Content-Security-Policy", headers.contentSecurityPolicy());
        response.setHeader("Permissions-Policy", headers.permissionsPolicy());
        response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
        if (addresses.isHttps(request)) {
            // over plain HTTP a browser ignores it, and a man in the middle could strip it anyway
            response.setHeader("Strict-Transport-Security", hsts);
        }
        chain.doFilter(request, response);
    }
}
