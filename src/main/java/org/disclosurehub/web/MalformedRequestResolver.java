package org.disclosurehub.web;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.disclosurehub.graphql.ErrorCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * Answers a request to {@code /graphql} that never becomes a GraphQL request (a body that is not
 * JSON, a JSON array, a content type the endpoint does not read) with a GraphQL-shaped error,
 * {@code BAD_USER_INPUT}, and the HTTP status Spring chose. Spring's own handling would log the
 * parser's message at WARN, and that message quotes the offending text of the body: whatever
 * personal data a client sent would end up in the log. Here only the exception's type is logged,
 * at DEBUG (a flood of bad requests must not flood the log either).
 */
final class MalformedRequestResolver implements HandlerExceptionResolver, Ordered {

    private static final Logger log = LoggerFactory.getLogger(MalformedRequestResolver.class);

    @Override
    public int getOrder() {
        // after Boot's DefaultErrorAttributes (which only records the exception), before the rest
        return Ordered.HIGHEST_PRECEDENCE + 1;
    }

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
            Exception ex) {
        if (!request.getRequestURI().startsWith("/graphql") || response.isCommitted()) {
            return null;
        }
        try {
            RequestBodyLimitFilter.BodyTooLarge tooLarge = tooLarge(ex);
            if (tooLarge != null) {
                RequestBodyLimitFilter.refuse(response, tooLarge.maxBytes);
                return new ModelAndView();
            }
            int status;
            String message;
            if (ex instanceof HttpMessageNotReadableException) {
                status = HttpStatus.BAD_REQUEST.value();
                message = "The request body is not a GraphQL request: send a JSON object "
                        + "{\"query\": \"…\", \"variables\": {…}} with Content-Type: application/json.";
            } else if (ex instanceof ErrorResponse error && error.getStatusCode().is4xxClientError()) {
                status = error.getStatusCode().value();
                message = switch (status) {
                    case 405 -> "Send GraphQL requests to /graphql with POST.";
                    case 406 -> "The answer is application/json or application/graphql-response+json; accept one of them.";
                    case 415 -> "Send the request body as application/json.";
                    default -> "The request could not be read as a GraphQL request: send a JSON object "
                            + "{\"query\": \"…\", \"variables\": {…}}.";
                };
            } else {
                return null;
            }
            log.debug("Refused a malformed request to {} ({})", request.getRequestURI(), ex.getClass().getSimpleName());
            GraphQlErrorBody.write(response, status, ErrorCode.BAD_USER_INPUT, message, Map.of());
            return new ModelAndView();
        } catch (IOException e) {
            // the client went away; nothing left to answer
            return new ModelAndView();
        }
    }

    private static RequestBodyLimitFilter.BodyTooLarge tooLarge(Throwable ex) {
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (t instanceof RequestBodyLimitFilter.BodyTooLarge tooLarge) {
                return tooLarge;
            }
        }
        return null;
    }
}
