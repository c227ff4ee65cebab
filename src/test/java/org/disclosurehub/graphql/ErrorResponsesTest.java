package org.disclosurehub.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.disclosurehub.support.HubTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * Bad requests get a clear message and a machine-readable {@code extensions.code}, and never a
 * stack trace or SQL.
 */
@HubTest
class ErrorResponsesTest {

    @Autowired
    HttpGraphQlTester graphQl;

    @Test
    void firstMustBeBetweenOneAndOneHundred() {
        for (int first : new int[] {0, -1, 101}) {
            assertSingleError("{ agencies(first: " + first + ") { totalCount } }", "BAD_USER_INPUT", "first");
        }
        graphQl.document("{ powers(first: 100) { edges { node { code } } } }").execute().errors().verify();
    }

    @Test
    void aCursorTheHubDidNotIssueIsRejected() {
        assertSingleError("{ agencies(after: \"not-a-cursor\") { totalCount } }", "BAD_USER_INPUT", "cursor");
        // a well-formed cursor of another list (powers are keyed by code only)
        String powersCursor = graphQl.document("{ powers(first: 1) { pageInfo { endCursor } } }").execute()
                .path("powers.pageInfo.endCursor").entity(String.class).get();
        assertSingleError("{ agencies(after: \"" + powersCursor + "\") { totalCount } }", "BAD_USER_INPUT", "cursor");
    }

    @Test
    void syntaxAndValidationErrorsCarryACode() {
        assertSingleError("{ agencies(first: 5) { edges { node { name }", "BAD_USER_INPUT", null);
        assertSingleError("{ agencies { nope } }", "BAD_USER_INPUT", "nope");
        assertSingleError("{ agencies(filter: {kind: PALACE}) { totalCount } }", "BAD_USER_INPUT", null);
        assertSingleError("{ calendar(year: 3000) { known } }", "BAD_USER_INPUT", "year");
    }

    @Test
    void aVariableOfTheWrongTypeIsBadInput() {
        graphQl.document("query($n: Int) { agencies(first: $n) { totalCount } }").variable("n", "many").execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement()
                        .satisfies(e -> assertThat(e.getExtensions()).containsEntry("code", "BAD_USER_INPUT")));
    }

    @Test
    void tooDeepAQueryIsRefusedBeforeItRuns() {
        String deep = "{ agencies { edges { node { " + "parent { ".repeat(12) + "name" + " }".repeat(12) + " } } } }";
        assertSingleError(deep, "QUERY_TOO_COMPLEX", "deep");
    }

    @Test
    void tooCostlyAQueryIsRefusedBeforeItRuns() {
        String costly = "{ a: agencies(first: 100) { edges { node { children { name children { name children { name "
                + "powerCount officerCount } } } } } } b: powers(first: 100) { edges { node { history { kind } agency "
                + "{ name children { name } } } } } }";
        assertSingleError(costly, "QUERY_TOO_COMPLEX", "cost");
        // the same query answered from the document cache is refused just the same
        assertSingleError(costly, "QUERY_TOO_COMPLEX", "cost");
    }

    @Test
    void introspectionStaysOpenForGraphiQlAndCodeGenerators() {
        graphQl.document(graphql.introspection.IntrospectionQuery.INTROSPECTION_QUERY).execute()
                .errors().verify()
                .path("__schema.queryType.name").entity(String.class).isEqualTo("Query");
    }

    private void assertSingleError(String document, String code, String messagePart) {
        graphQl.document(document).execute().errors().satisfy(errors -> {
            assertThat(errors).hasSize(1);
            ResponseError error = errors.get(0);
            assertThat(error.getExtensions()).containsEntry("code", code);
            if (messagePart != null) {
                assertThat(error.getMessage()).containsIgnoringCase(messagePart);
            }
            assertThat(error.getMessage()).doesNotContain("Exception", "SELECT", "\tat ");
        });
    }

    static List<String> codes(List<ResponseError> errors) {
        return errors.stream().map(e -> String.valueOf(e.getExtensions().get("code"))).toList();
    }
}
