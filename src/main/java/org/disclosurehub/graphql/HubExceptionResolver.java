package org.disclosurehub.graphql;

import java.util.Map;
import java.util.UUID;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.stereotype.Component;

/**
 * Turns exceptions from data fetchers into GraphQL errors with an {@code extensions.code}.
 * Anything unexpected becomes {@code INTERNAL} with an incident id: the client never sees the
 * exception's message (it could quote SQL or a record), and the log gets only the type and
 * where it was thrown.
 */
@Component
class HubExceptionResolver extends DataFetcherExceptionResolverAdapter {

    private static final Logger log = LoggerFactory.getLogger(HubExceptionResolver.class);

    HubExceptionResolver() {
        setThreadLocalContextAware(false);
    }

    @Override
    protected GraphQLError resolveToSingleError(Throwable ex, DataFetchingEnvironment env) {
        if (ex instanceof HubException hub) {
            return error(env, hub.code(), hub.getMessage());
        }
        String incident = UUID.randomUUID().toString();
        log.error("Internal error {} in field {}: {} at {}", incident,
                env.getExecutionStepInfo().getPath(), ex.getClass().getName(), firstHubFrame(ex));
        return error(env, ErrorCode.INTERNAL, "Internal error; incident " + incident + ".");
    }

    static GraphQLError error(DataFetchingEnvironment env, ErrorCode code, String message) {
        return GraphqlErrorBuilder.newError(env)
                .message(message)
                .extensions(Map.of("code", code.name()))
                .build();
    }

    private static String firstHubFrame(Throwable ex) {
        for (StackTraceElement frame : ex.getStackTrace()) {
            if (frame.getClassName().startsWith("org.disclosurehub")) {
                return frame.toString();
            }
        }
        return ex.getStackTrace().length > 0 ? ex.getStackTrace()[0].toString() : "?";
    }
}
