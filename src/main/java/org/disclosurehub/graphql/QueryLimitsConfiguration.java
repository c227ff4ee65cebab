package org.disclosurehub.graphql;

import java.util.Map;

import graphql.analysis.FieldComplexityCalculator;
import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.execution.AbortExecutionException;
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

    /** A connection's selection is paid once per requested item, so {@code first: 100} costs 100×. */
    static FieldComplexityCalculator connectionAwareCost(QueryLimitProperties limits) {
        return (env, childComplexity) -> {
            Object first = env.getArguments().get("first");
            boolean connection = env.getFieldDefinition().getType().toString().contains("Connection");
            int multiplier = first instanceof Integer n ? Math.max(1, Math.min(n, limits.maxPageSize()))
                    : connection ? limits.defaultPageSize() : 1;
            return 1 + childComplexity * multiplier;
        };
    }

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
