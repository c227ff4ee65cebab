package org.disclosurehub.graphql;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
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

/** The {@code Date} (a day in China) and {@code DateTime} scalars. */
@Configuration(proxyBeanMethods = false)
class DateScalars {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    @Bean
    RuntimeWiringConfigurer dateScalarWiring() {
        GraphQLScalarType date = GraphQLScalarType.newScalar().name("Date").coercing(new DateCoercing()).build();
        GraphQLScalarType dateTime = GraphQLScalarType.newScalar().name("DateTime")
                .coercing(new DateTimeCoercing()).build();
        return wiring -> wiring.scalar(date).scalar(dateTime);
    }

    static final class DateCoercing implements Coercing<LocalDate, String> {

        @Override
        public String serialize(Object value, GraphQLContext context, Locale locale) {
            if (value instanceof LocalDate d) {
                return d.toString();
            }
            throw new CoercingSerializeException("Not a date");
        }

        @Override
        public LocalDate parseValue(Object input, GraphQLContext context, Locale locale) {
            if (input instanceof String s) {
                try {
                    return LocalDate.parse(s);
                } catch (DateTimeParseException e) {
                    // fall through to the error below
                }
            }
            throw new CoercingParseValueException("Expected a date as yyyy-MM-dd, got '" + input + "'");
        }

        @Override
        public LocalDate parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context,
                Locale locale) {
            if (input instanceof StringValue s) {
                try {
                    return LocalDate.parse(s.getValue());
                } catch (DateTimeParseException e) {
                    // fall through to the error below
                }
            }
            throw new CoercingParseLiteralException("Expected a date as \"yyyy-MM-dd\"");
        }
    }

    static final class DateTimeCoercing implements Coercing<Instant, String> {

        @Override
        public String serialize(Object value, GraphQLContext context, Locale locale) {
            if (value instanceof Instant i) {
                return OffsetDateTime.ofInstant(i, CHINA).toString();
            }
            throw new CoercingSerializeException("Not an instant");
        }

        @Override
        public Instant parseValue(Object input, GraphQLContext context, Locale locale) {
            if (input instanceof String s) {
                try {
                    return OffsetDateTime.parse(s).toInstant();
                } catch (DateTimeParseException e) {
                    // fall through to the error below
                }
            }
            throw new CoercingParseValueException("Expected an ISO-8601 instant with offset, got '" + input + "'");
        }

        @Override
        public Instant parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context,
                Locale locale) {
            if (input instanceof StringValue s) {
                try {
                    return OffsetDateTime.parse(s.getValue()).toInstant();
                } catch (DateTimeParseException e) {
                    // fall through to the error below
                }
            }
            throw new CoercingParseLiteralException("Expected an ISO-8601 instant with offset");
        }
    }
}
