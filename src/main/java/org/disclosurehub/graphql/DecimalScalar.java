package org.disclosurehub.graphql;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.FloatValue;
import graphql.language.IntValue;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;
import graphql.schema.GraphQLScalarType;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;

/** {@code Decimal}: yuan as a string with two decimals; accepts a string or a number as input. */
@Configuration(proxyBeanMethods = false)
class DecimalScalar {

    @Bean
    RuntimeWiringConfigurer decimalScalarWiring() {
        GraphQLScalarType decimal = GraphQLScalarType.newScalar().name("Decimal").coercing(new DecimalCoercing()).build();
        return wiring -> wiring.scalar(decimal);
    }

    static final class DecimalCoercing implements Coercing<BigDecimal, String> {

        @Override
        public String serialize(Object value, GraphQLContext context, Locale locale) {
            if (value instanceof BigDecimal d) {
                return d.setScale(2, RoundingMode.HALF_UP).toPlainString();
            }
            throw new CoercingSerializeException("Not a decimal");
        }

        @Override
        public BigDecimal parseValue(Object input, GraphQLContext context, Locale locale) {
            try {
                if (input instanceof String s) {
                    return new BigDecimal(s.strip());
                }
                if (input instanceof Number n) {
                    return new BigDecimal(n.toString());
                }
            } catch (NumberFormatException e) {
                // fall through
            }
            throw new CoercingParseValueException("Expected an amount in yuan such as \"1500.00\", got '" + input + "'");
        }

        @Override
        public BigDecimal parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context, Locale locale) {
            try {
                if (input instanceof StringValue s) {
                    return new BigDecimal(s.getValue().strip());
                }
                if (input instanceof IntValue i) {
                    return new BigDecimal(i.getValue());
                }
                if (input instanceof FloatValue f) {
                    return f.getValue();
                }
            } catch (NumberFormatException e) {
                // fall through
            }
            throw new CoercingParseLiteralException("Expected an amount in yuan such as \"1500.00\"");
        }
    }
}
