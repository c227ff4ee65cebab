package org.disclosurehub.web;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.disclosurehub.graphql.ErrorCode;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives the bare refusals of {@code /graphql} a GraphQL-shaped body: Spring for GraphQL's routes
 * answer a {@code GET} with 405 and a body type it does not read with 415, status and headers
 * only. A client then gets {@code BAD_USER_INPUT} and a sentence, like for every other refusal.
 */
final class BareStatusFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(request, response);
        if (request.isAsyncStarted() || response.isCommitted()) {
            return;
        }
        String length = response.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null && !length.equals("0")) {
            return;
        }
        String message = switch (response.getStatus()) {
            case 405 -> "Send GraphQL requests to /graphql with POST.";
            case 406 -> "The answer is application/json or application/graphql-response+json; accept one of them.";
            case 415 -> "Send the request body as application/json.";
            default -> null;
        };
        if (message != null) {
            response.resetBuffer();
            GraphQlErrorBody.write(response, response.getStatus(), ErrorCode.BAD_USER_INPUT, message, Map.of());
        }
    }
}
