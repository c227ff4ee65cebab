package org.disclosurehub.graphql;

import java.util.Map;

import graphql.ExecutionResult;
import graphql.execution.AbortExecutionException;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.language.OperationDefinition;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Maximum query depth and cost ({@link QueryCost}), answered with {@code QUERY_TOO_COMPLEX}
 * before anything runs.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(QueryLimitProperties.class)
class QueryLimitsConfiguration {

    @Bean
    QueryCostInstrumentation queryCostInstrumentation(QueryLimitProperties limits) {
        return new QueryCostInstrumentation(limits);
    }

    /** Checks each operation after validation, with its variables, before the first field is fetched. */
    static final class QueryCostInstrumentation extends SimplePerformantInstrumentation {

        private final QueryLimitProperties limits;

        QueryCostInstrumentation(QueryLimitProperties limits) {
            this.limits = limits;
        }

        @Override
        public InstrumentationContext<ExecutionResult> beginExecuteOperation(
                InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
            ExecutionContext context = parameters.getExecutionContext();
            OperationDefinition operation = context.getOperationDefinition();
            QueryCost cost = QueryCost.of(context.getGraphQLSchema(), operation.getSelectionSet(),
                    rootType(context.getGraphQLSchema(), operation), context.getFragmentsByName(),
                    context.getCoercedVariables().toMap(), limits);
            if (cost.depth() > limits.maxDepth()) {
                throw new TooComplex("The query is nested " + cost.depth() + " levels deep; at most "
                        + limits.maxDepth() + " are allowed.");
            }
            if (cost.cost() > limits.maxComplexity()) {
                throw new TooComplex("The query would cost " + (cost.cost() == Long.MAX_VALUE ? "more than "
                        + Long.MAX_VALUE : cost.cost()) + "; at most " + limits.maxComplexity()
                        + " is allowed. Ask for fewer fields or smaller pages (first).");
            }
            return super.beginExecuteOperation(parameters, state);
        }

        private static GraphQLObjectType rootType(GraphQLSchema schema, OperationDefinition operation) {
            return switch (operation.getOperation()) {
                case MUTATION -> schema.getMutationType();
                case SUBSCRIPTION -> schema.getSubscriptionType();
                default -> schema.getQueryType();
            };
        }
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
