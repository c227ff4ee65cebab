package org.disclosurehub.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.disclosurehub.graphql.ErrorCode;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads {@code Authorization: Bearer <token>}. No header: the request goes on anonymously (public
 * reads need none). A token that is not valid is answered at once with 401 and a GraphQL-shaped
 * error (code UNAUTHENTICATED), whatever was asked: a system that sends a wrong credential should
 * find out now, not when its first write fails.
 */
final class BearerTokenFilter extends OncePerRequestFilter {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String BEARER = "Bearer ";

    private final BearerTokenAuthenticationProvider provider;
    private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

    BearerTokenFilter(BearerTokenAuthenticationProvider provider) {
        this.provider = provider;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null) {
            chain.doFilter(request, response);
            return;
        }
        if (!header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            refuse(response, "invalid_request", "Send the agency credential as `Authorization: Bearer <token>`.");
            return;
        }
        try {
            SecurityContext context = contexts.createEmptyContext();
            context.setAuthentication(provider.authenticate(new BearerToken(header.substring(BEARER.length()).strip())));
            contexts.setContext(context);
        } catch (AuthenticationException e) {
            refuse(response, "invalid_token", e.getMessage());
            return;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            contexts.clearContext();
        }
    }

    static void refuse(HttpServletResponse response, String error, String message) throws IOException {
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"" + error + "\"");
        write(response, HttpServletResponse.SC_UNAUTHORIZED, ErrorCode.UNAUTHENTICATED, message);
    }

    static void forbid(HttpServletResponse response, String message) throws IOException {
        write(response, HttpServletResponse.SC_FORBIDDEN, ErrorCode.FORBIDDEN, message);
    }

    private static void write(HttpServletResponse response, int status, ErrorCode code, String message) throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(JSON.writeValueAsString(Map.of("errors", List.of(Map.of("message", message,
                "extensions", Map.of("code", code.name()))))));
    }
}
