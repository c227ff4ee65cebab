package org.disclosurehub.graphql;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import graphql.ErrorClassification;
import graphql.ErrorType;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Gives every error an {@code extensions.code}. Parse and validation errors (a misspelt field, a
 * variable of the wrong type) never reach the exception resolvers, so they are classified here,
 * after execution, from graphql-java's own error type.
 */
@Component
class ErrorCodeInterceptor implements WebGraphQlInterceptor {

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        return chain.next(request).map(response -> {
            List<ResponseError> errors = response.getErrors();
            if (errors.isEmpty() || errors.stream().allMatch(e -> e.getExtensions().containsKey("code"))) {
                return response;
            }
            List<GraphQLError> coded = new ArrayList<>(errors.size());
            for (ResponseError error : errors) {
                coded.add(withCode(error));
            }
            return response.transform(builder -> builder.errors(coded));
        });
    }

    private static GraphQLError withCode(ResponseError error) {
        Map<String, Object> extensions = new LinkedHashMap<>(error.getExtensions());
        extensions.putIfAbsent("code", (parsingCancelled(error) ? ErrorCode.QUERY_TOO_COMPLEX
                : codeFor(error.getErrorType())).name());
        GraphqlErrorBuilder<?> builder = GraphqlErrorBuilder.newError()
                .message(error.getMessage())
                .errorType(error.getErrorType())
                .extensions(extensions);
        // some errors have neither (graphql-java's good-faith introspection check, for one)
        if (error.getLocations() != null && !error.getLocations().isEmpty()) {
            builder.locations(error.getLocations());
        }
        if (error.getParsedPath() != null && !error.getParsedPath().isEmpty()) {
            builder.path(error.getParsedPath());
        }
        return builder.build();
    }

    /**
     * The parser gave up on a document with more tokens or characters than
     * {@code datahub.graphql.max-tokens} / {@code .max-query-length} allow: a size limit, like
     * depth and cost. graphql-java reports it as a syntax error, told apart only by its message.
     */
    static boolean parsingCancelled(ResponseError error) {
        String message = error.getMessage();
        return error.getErrorType() == ErrorType.InvalidSyntax && message != null && message.startsWith("More than ")
                && message.contains("parsing has been cancelled");
    }

    static ErrorCode codeFor(ErrorClassification type) {
        if (type == ErrorType.InvalidSyntax || type == ErrorType.ValidationError) {
            return ErrorCode.BAD_USER_INPUT;
        }
        if (type == ErrorType.ExecutionAborted || (type != null && "BadFaithIntrospection".equals(type.toString()))) {
            // graphql-java's limit on introspection (one __schema and one __type per query) is a cost limit too
            return ErrorCode.QUERY_TOO_COMPLEX;
        }
        if (type == org.springframework.graphql.execution.ErrorType.BAD_REQUEST) {
            return ErrorCode.BAD_USER_INPUT;
        }
        if (type == org.springframework.graphql.execution.ErrorType.NOT_FOUND) {
            return ErrorCode.NOT_FOUND;
        }
        return ErrorCode.INTERNAL;
    }
}
