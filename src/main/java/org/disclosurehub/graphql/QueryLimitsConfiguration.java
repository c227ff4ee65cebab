package org.disclosurehub.graphql;

import java.util.Map;

import graphql.analysis.FieldComplexityCalculator;
import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.execution.AbortExecutionException;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Maximum query depth and complexity, answered with {@code QUERY_TOO_COMPLEX}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(QueryLimitProperties.class)
class QueryLimitsConfiguration {

    @Bean
    MaxQueryDepthInstrumentation maxQueryDepthInstrumentation(QueryLimitProperties limits) {
        return new MaxQueryDepthInstrumentation(limits.maxDepth()) {
            @Override
            protected AbortExecutionException mkAbortException(int depth, int maxDepth) {
                return new TooComplex("The query is nested " + depth + " levels deep; at most "
                        + maxDepth + " are allowed.");
            }
        };
    }

    @Bean
    MaxQueryComplexityInstrumentation maxQueryComplexityInstrumentation(QueryLimitProperties limits) {
        return new MaxQueryComplexityInstrumentation(limits.maxComplexity(), connectionAwareCost(limits)) {
            @Override
            protected AbortExecutionException mkAbortException(int complexity, int maxComplexity) {
                return new TooComplex("The query would cost " + complexity + "; at most " + maxComplexity
                        + " is allowed. Ask for fewer fields or smaller pages (first).");
            }
        };
    }

    /**
     * A list's selection is paid once per item it may return: {@code first} items for a
     * connection ({@code first: 100} costs 100×), and an assumed {@value #PLAIN_LIST_ITEMS} for
     * a plain list such as an agency's children.
     */
    static FieldComplexityCalculator connectionAwareCost(QueryLimitProperties limits) {
        return (env, childComplexity) -> {
            Object first = env.getArguments().get("first");
            GraphQLType type = GraphQLTypeUtil.unwrapNonNull(env.getFieldDefinition().getType());
            int multiplier;
            if (env.getField().getName().startsWith("__") || env.getParentType().getName().startsWith("__")) {
                // introspection: bounded by the size of the schema, and journalists' tools need it
                multiplier = 1;
            } else if (first instanceof Integer n) {
                multiplier = Math.max(1, Math.min(n, limits.maxPageSize()));
            } else if (GraphQLTypeUtil.simplePrint(type).endsWith("Connection")) {
                multiplier = limits.defaultPageSize();
            } else if (GraphQLTypeUtil.isList(type) && !env.getField().getName().equals("edges")) {
                // a connection's edges are already paid for by its first
                multiplier = PLAIN_LIST_ITEMS;
            } else {
                multiplier = 1;
            }
            return 1 + childComplexity * multiplier;
        };
    }

    static final int PLAIN_LIST_ITEMS = 10;

    static final class TooComplex extends AbortExecutionException {

        TooComplex(String message) {
            super(message);
        }

        @Override
        public Map<String, Object> getExtensions() {
            return Map.of("code", ErrorCode.QUERY_TOO_COMPLEX.name());
        }
    }
}
