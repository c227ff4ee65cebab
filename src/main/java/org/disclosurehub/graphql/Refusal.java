package org.disclosurehub.graphql;

import java.util.Map;

import graphql.ErrorType;
import graphql.ExecutionResult;
import graphql.GraphqlErrorBuilder;
import org.springframework.graphql.ExecutionGraphQlRequest;
import org.springframework.graphql.ExecutionGraphQlResponse;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;

/** An answer with one error and no data, for a request the hub will not (or no longer) run. */
final class Refusal {

    private Refusal() {
    }

    static WebGraphQlResponse of(WebGraphQlRequest request, ErrorCode code, String message) {
        return new WebGraphQlResponse(execution(request, code, message));
    }

    static ExecutionGraphQlResponse execution(ExecutionGraphQlRequest request, ErrorCode code, String message) {
        ExecutionResult result = ExecutionResult.newExecutionResult()
                .addError(GraphqlErrorBuilder.newError()
                        .message(message)
                        .errorType(code == ErrorCode.TIMEOUT ? ErrorType.ExecutionAborted : ErrorType.ValidationError)
                        .extensions(Map.of("code", code.name()))
                        .build())
                .build();
        return new DefaultExecutionGraphQlResponse(request.toExecutionInput(), result);
    }
}
