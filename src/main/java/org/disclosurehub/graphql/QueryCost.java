package org.disclosurehub.graphql;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.Map;

import graphql.introspection.Introspection;
import graphql.language.Argument;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.IntValue;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.language.Value;
import graphql.language.VariableReference;
import graphql.schema.GraphQLCompositeType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;

/**
 * How deep an operation nests and what it would cost, worked out on the document itself.
 * <p>
 * Every use of a fragment is paid for, but each fragment is evaluated once: the work is linear in
 * the size of the document, however often fragments spread each other. graphql-java's own
 * {@code MaxQueryComplexityInstrumentation} visits a fragment only the first time it meets it, so
 * a small document that spreads one fragment ten times at each of five levels (10⁵ fields) was
 * counted as a few dozen; and building graphql-java's normalized operation to count instead
 * expands every spread, which takes minutes for a document of a few hundred bytes.
 * <p>
 * A field costs 1 plus its selection's cost times the number of items it may return: {@code first}
 * for a connection (at most {@code maxPageSize}, the default page size when absent),
 * {@value #PLAIN_LIST_ITEMS} for a plain list such as an agency's children, 1 otherwise.
 * Introspection fields cost 1 each: they are bounded by the size of the schema, and journalists'
 * tools need them. Repeated fields are paid for each time they are written (execution would merge
 * them), which errs on the safe side.
 *
 * @param depth deepest field nesting; a top-level field is at depth 1
 * @param cost  the cost, saturated at {@link Long#MAX_VALUE}
 */
record QueryCost(int depth, long cost) {

    static final int PLAIN_LIST_ITEMS = 10;

    private static final QueryCost NONE = new QueryCost(0, 0);

    static QueryCost of(GraphQLSchema schema, SelectionSet operation, GraphQLCompositeType rootType,
            Map<String, FragmentDefinition> fragments, Map<String, Object> variables, QueryLimitProperties limits) {
        return new Walker(schema, fragments, variables, limits).selection(operation, rootType);
    }

    private static final class Walker {

        private final GraphQLSchema schema;
        private final Map<String, FragmentDefinition> fragments;
        private final Map<String, Object> variables;
        private final QueryLimitProperties limits;
        private final Map<String, QueryCost> fragmentCosts = new HashMap<>();

        Walker(GraphQLSchema schema, Map<String, FragmentDefinition> fragments, Map<String, Object> variables,
                QueryLimitProperties limits) {
            this.schema = schema;
            this.fragments = fragments;
            this.variables = variables;
            this.limits = limits;
        }

        QueryCost selection(SelectionSet set, GraphQLCompositeType type) {
            long cost = 0;
            int depth = 0;
            for (Selection<?> selection : set.getSelections()) {
                QueryCost part;
                if (selection instanceof Field field) {
                    part = field(field, type);
                } else if (selection instanceof InlineFragment inline) {
                    part = selection(inline.getSelectionSet(), inline.getTypeCondition() == null
                            ? type : (GraphQLCompositeType) schema.getType(inline.getTypeCondition().getName()));
                } else if (selection instanceof FragmentSpread spread) {
                    part = fragment(spread.getName());
                } else {
                    part = NONE;
                }
                cost = add(cost, part.cost());
                depth = Math.max(depth, part.depth());
            }
            return new QueryCost(depth, cost);
        }

        /** Fragments cannot spread themselves (validation refuses cycles), so this ends. */
        private QueryCost fragment(String name) {
            QueryCost known = fragmentCosts.get(name);
            if (known == null) {
                FragmentDefinition definition = fragments.get(name);
                known = definition == null ? NONE : selection(definition.getSelectionSet(),
                        (GraphQLCompositeType) schema.getType(definition.getTypeCondition().getName()));
                fragmentCosts.put(name, known);
            }
            return known;
        }

        private QueryCost field(Field field, GraphQLCompositeType parent) {
            GraphQLFieldDefinition definition = definition(field.getName(), parent);
            if (definition == null || field.getSelectionSet() == null) {
                return new QueryCost(1, 1);
            }
            GraphQLType type = GraphQLTypeUtil.unwrapAll(definition.getType());
            QueryCost children = type instanceof GraphQLCompositeType composite
                    ? selection(field.getSelectionSet(), composite) : NONE;
            long cost = add(1, multiply(children.cost(), itemsPerCall(field, definition, parent)));
            return new QueryCost(children.depth() + 1, cost);
        }

        private GraphQLFieldDefinition definition(String name, GraphQLCompositeType parent) {
            if (name.equals(Introspection.TypeNameMetaFieldDef.getName())) {
                return Introspection.TypeNameMetaFieldDef;
            }
            if (parent == schema.getQueryType()) {
                if (name.equals(Introspection.SchemaMetaFieldDef.getName())) {
                    return Introspection.SchemaMetaFieldDef;
                }
                if (name.equals(Introspection.TypeMetaFieldDef.getName())) {
                    return Introspection.TypeMetaFieldDef;
                }
            }
            return parent instanceof GraphQLFieldsContainer container ? container.getFieldDefinition(name) : null;
        }

        private long itemsPerCall(Field field, GraphQLFieldDefinition definition, GraphQLCompositeType parent) {
            if (field.getName().startsWith("__") || parent.getName().startsWith("__")) {
                return 1;
            }
            Long first = first(field);
            if (first != null) {
                return Math.max(1, Math.min(first, limits.maxPageSize()));
            }
            GraphQLType type = GraphQLTypeUtil.unwrapNonNull(definition.getType());
            if (GraphQLTypeUtil.simplePrint(type).endsWith("Connection")) {
                return limits.defaultPageSize();
            }
            if (GraphQLTypeUtil.isList(type) && !field.getName().equals("edges")) {
                // a connection's edges are already paid for by its first
                return PLAIN_LIST_ITEMS;
            }
            return 1;
        }

        private Long first(Field field) {
            for (Argument argument : field.getArguments()) {
                if (argument.getName().equals("first")) {
                    return number(argument.getValue());
                }
            }
            return null;
        }

        private Long number(Value<?> value) {
            if (value instanceof IntValue literal) {
                BigInteger n = literal.getValue();
                return n.bitLength() < 63 ? n.longValue() : (n.signum() > 0 ? Long.MAX_VALUE : Long.MIN_VALUE);
            }
            if (value instanceof VariableReference ref && variables.get(ref.getName()) instanceof Number n) {
                return n.longValue();
            }
            return null;
        }
    }

    private static long add(long a, long b) {
        long sum = a + b;
        return sum < 0 ? Long.MAX_VALUE : sum;
    }

    private static long multiply(long a, long b) {
        return b != 0 && a > Long.MAX_VALUE / b ? Long.MAX_VALUE : a * b;
    }
}
