package org.disclosurehub.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLSchema;
import org.disclosurehub.support.HubTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.GraphQlSource;

/** The schema documents itself for journalists in GraphiQL: every type, field, argument and value. */
@HubTest
class SchemaContractTest {

    private static final Pattern CHINESE = Pattern.compile("\\p{IsHan}");

    @Autowired
    GraphQlSource source;

    @Test
    void everyTypeFieldArgumentAndEnumValueHasADescriptionNamingTheChineseTerm() {
        GraphQLSchema schema = source.schema();
        List<String> undocumented = new ArrayList<>();
        for (GraphQLNamedType type : schema.getAllTypesAsList()) {
            if (type.getName().startsWith("__") || List.of("String", "Int", "Boolean", "ID", "Float").contains(type.getName())) {
                continue;
            }
            check(type.getName(), type.getDescription(), undocumented);
            if (type instanceof GraphQLFieldsContainer container) {
                container.getFieldDefinitions().forEach(f -> {
                    check(type.getName() + "." + f.getName(), f.getDescription(), undocumented);
                    f.getArguments().forEach(a -> check(type.getName() + "." + f.getName() + "(" + a.getName() + ")",
                            a.getDescription(), undocumented));
                });
            }
            if (type instanceof GraphQLInputObjectType input) {
                input.getFieldDefinitions().forEach(f -> check(type.getName() + "." + f.getName(), f.getDescription(),
                        undocumented));
            }
            if (type instanceof GraphQLEnumType e) {
                e.getValues().forEach(v -> check(type.getName() + "." + v.getName(), v.getDescription(), undocumented));
            }
        }
        assertThat(undocumented).as("schema elements without an English description naming the Chinese term")
                .isEmpty();
    }

    private static void check(String what, String description, List<String> undocumented) {
        if (description == null || description.isBlank() || !CHINESE.matcher(description).find()
                || !description.matches("(?s).*[A-Za-z]{3,}.*")) {
            undocumented.add(what);
        }
    }
}
