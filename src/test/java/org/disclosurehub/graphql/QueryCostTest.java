package org.disclosurehub.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import graphql.introspection.IntrospectionQuery;
import graphql.language.Document;
import graphql.language.FragmentDefinition;
import graphql.language.OperationDefinition;
import graphql.parser.Parser;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * What a query costs and how deep it nests, worked out on the hub's schema without running it.
 * Fragments cost what they would cost written out, however often they are spread.
 */
class QueryCostTest {

    private static final QueryLimitProperties LIMITS = new QueryLimitProperties(0, 0, 0, 0, 0, 0, null, null, 0);

    static GraphQLSchema schema;

    @BeforeAll
    static void loadSchema() throws IOException {
        TypeDefinitionRegistry types = new TypeDefinitionRegistry();
        for (Resource file : new PathMatchingResourcePatternResolver().getResources("classpath:graphql/*.graphqls")) {
            types.merge(new SchemaParser().parse(file.getContentAsString(StandardCharsets.UTF_8)));
        }
        schema = new SchemaGenerator().makeExecutableSchema(types, RuntimeWiring.MOCKED_WIRING);
    }

    @Test
    void aFieldCostsOnePlusItsSelectionTimesTheItemsItMayReturn() {
        // agencies(first: 10): 1 + 10 × (edges 1 + node 1 + name 1 + children 1 + 10 × name 1)
        assertThat(cost("{ agencies(first: 10) { edges { node { name children { name } } } } }"))
                .isEqualTo(new QueryCost(5, 1 + 10 * (1 + 1 + 1 + (1 + 10))));
        assertThat(cost("{ agencies { totalCount } }")).as("default page of 20").isEqualTo(new QueryCost(2, 1 + 20));
        assertThat(cost("{ agencies(first: 5000) { totalCount } }").cost()).as("first counts up to 100").isEqualTo(101);
    }

    @Test
    void aVariableFirstIsReadFromTheVariables() {
        Document document = Parser.parse("query($n: Int) { agencies(first: $n) { totalCount } }");

        assertThat(cost(document, Map.of("n", 50)).cost()).isEqualTo(51);
    }

    @Test
    void aFragmentCostsWhatItWouldCostWrittenOutAtEachUse() {
        String inline = "{ agencies(first: 2) { edges { node { a: parent { name } b: parent { name } } } } }";
        String withFragments = "{ agencies(first: 2) { edges { node { a: parent { ...N } b: parent { ...N } } } } } "
                + "fragment N on Agency { name }";

        assertThat(cost(withFragments)).isEqualTo(cost(inline));
    }

    @Test
    void fragmentsSpreadMillionsOfTimesAreCountedInFullAndQuickly() {
        StringBuilder query = new StringBuilder("{ ...F0 }");
        for (int level = 0; level < 12; level++) {
            query.append(" fragment F").append(level).append(" on Query { ")
                    .append(level < 11 ? ("...F" + (level + 1) + " ").repeat(10) : "hub { today }").append("}");
        }

        long start = System.nanoTime();
        QueryCost cost = cost(query.toString());

        assertThat(cost.cost()).isEqualTo(2 * (long) Math.pow(10, 11));
        assertThat((System.nanoTime() - start) / 1_000_000).as("ms").isLessThan(1_000);
    }

    @Test
    void graphiQlsIntrospectionQueryFitsTheLimits() {
        QueryCost cost = cost(IntrospectionQuery.INTROSPECTION_QUERY);

        assertThat(cost.depth()).isEqualTo(13).isLessThanOrEqualTo(LIMITS.maxDepth());
        assertThat(cost.cost()).isLessThanOrEqualTo(LIMITS.maxComplexity());
    }

    private static QueryCost cost(String query) {
        return cost(Parser.parse(query), Map.of());
    }

    private static QueryCost cost(Document document, Map<String, Object> variables) {
        OperationDefinition operation = document.getDefinitionsOfType(OperationDefinition.class).get(0);
        Map<String, FragmentDefinition> fragments = new java.util.HashMap<>();
        document.getDefinitionsOfType(FragmentDefinition.class).forEach(f -> fragments.put(f.getName(), f));
        return QueryCost.of(schema, operation.getSelectionSet(), schema.getQueryType(), fragments, variables, LIMITS);
    }
}
