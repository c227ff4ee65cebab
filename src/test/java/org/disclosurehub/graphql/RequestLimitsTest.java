package org.disclosurehub.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import graphql.introspection.IntrospectionQuery;
import org.disclosurehub.support.GuardedHubTest;
import org.disclosurehub.support.Http;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Abusive and malformed requests are refused cheaply, with a GraphQL-shaped error and a code,
 * before they cost anything: oversized bodies and documents, token and alias bombs, fragments
 * that multiply, batches, and requests that are not GraphQL at all. Introspection stays open.
 */
@GuardedHubTest
class RequestLimitsTest {

    @LocalServerPort
    int port;

    Http http;

    @BeforeEach
    void connect() {
        http = new Http(port);
    }

    @Test
    void aBodyOverTheLimitIsRefusedWith413WhetherItsLengthIsDeclaredOrNot() {
        String body = Http.graphQl("{ hub { today } }", Map.of("padding", "x".repeat(200_000)));

        for (HttpResponse<String> refused : new HttpResponse[] {http.postGraphQl(body), http.postGraphQlChunked(body)}) {
            assertThat(refused.statusCode()).isEqualTo(413);
            assertThat(code(refused)).isEqualTo("QUERY_TOO_COMPLEX");
            assertThat(message(refused)).contains("131072 bytes");
        }
        assertThat(http.postGraphQlChunked(Http.graphQl("{ hub { today } }")).statusCode())
                .as("a small chunked body is read as usual").isEqualTo(200);
    }

    @Test
    void anOverlongDocumentIsRefusedBeforeItIsParsed() {
        String query = "{ hub { today } }" + " ".repeat(16_001);

        HttpResponse<String> refused = http.postGraphQl(Http.graphQl(query));

        assertThat(code(refused)).isEqualTo("QUERY_TOO_COMPLEX");
        assertThat(message(refused)).contains("16018 characters", "at most 16000");
    }

    @Test
    void anAliasBombStopsAtTheParsersTokenLimit() {
        // 900 aliases of 6 tokens each, in 14,000 characters
        String query = IntStream.range(0, 900).mapToObj(i -> "a" + i + ":hub{today}")
                .collect(Collectors.joining(" ", "{ ", " }"));

        HttpResponse<String> refused = http.postGraphQl(Http.graphQl(query));

        assertThat(query.length()).isLessThan(16_000);
        assertThat(code(refused)).isEqualTo("QUERY_TOO_COMPLEX");
        assertThat(message(refused)).contains("5,000", "tokens");
    }

    @Test
    void fragmentsThatSpreadEachOtherArePaidForEveryTimeTheyAreUsed() {
        // 5 levels of 10 spreads: 100,000 fields in under 1,300 characters
        StringBuilder query = new StringBuilder("{ ...L0 } fragment L0 on Query { ");
        for (int j = 0; j < 10; j++) {
            query.append("a").append(j).append(": agencies(first: 1) { edges { node { ...L1 } } } ");
        }
        query.append("}");
        for (int level = 1; level < 5; level++) {
            query.append(" fragment L").append(level).append(" on Agency { ");
            for (int j = 0; j < 10; j++) {
                query.append("a").append(j).append(level < 4 ? ": parent { ...L" + (level + 1) + " } " : ": name ");
            }
            query.append("}");
        }

        long start = System.nanoTime();
        HttpResponse<String> refused = http.postGraphQl(Http.graphQl(query.toString()));

        assertThat(code(refused)).isEqualTo("QUERY_TOO_COMPLEX");
        assertThat(message(refused)).contains("would cost");
        assertThat((Object) Http.read(refused, "$.data")).isNull();
        assertThat((System.nanoTime() - start) / 1_000_000).as("ms to refuse").isLessThan(5_000);
    }

    @Test
    void oneFragmentSpreadMillionsOfTimesIsRefusedNotExpanded() {
        StringBuilder query = new StringBuilder("{ ...F0 }");
        for (int level = 0; level < 8; level++) {
            query.append(" fragment F").append(level).append(" on Query { ")
                    .append(level < 7 ? ("...F" + (level + 1) + " ").repeat(10) : "hub { today }").append("}");
        }

        HttpResponse<String> refused = http.postGraphQl(Http.graphQl(query.toString()));

        assertThat(code(refused)).isEqualTo("QUERY_TOO_COMPLEX");
    }

    @Test
    void firstBeyondOneHundredIsBadInput() {
        HttpResponse<String> refused = http.postGraphQl(Http.graphQl("{ agencies(first: 10000) { totalCount } }"));

        assertThat(code(refused)).isEqualTo("BAD_USER_INPUT");
        assertThat(message(refused)).contains("first");
    }

    @Test
    void aBatchOfOperationsIsNotAGraphQlRequest() {
        HttpResponse<String> batch = http.postGraphQl("[" + Http.graphQl("{ hub { today } }") + ","
                + Http.graphQl("{ hub { apiVersion } }") + "]");
        assertThat(batch.statusCode()).isEqualTo(400);
        assertThat(code(batch)).isEqualTo("BAD_USER_INPUT");

        HttpResponse<String> twoOperations = http.postGraphQl(Http.graphQl("query A { hub { today } } query B { hub { apiVersion } }"));
        assertThat(code(twoOperations)).as("which one?").isEqualTo("BAD_USER_INPUT");
    }

    @Test
    void requestsThatAreNotGraphQlGetAGraphQlShapedError() {
        HttpResponse<String> notJson = http.postGraphQl("{\"query\": 张三 110105199001011234}");
        assertThat(notJson.statusCode()).isEqualTo(400);
        assertThat(code(notJson)).isEqualTo("BAD_USER_INPUT");
        assertThat(notJson.body()).as("the input is not echoed").doesNotContain("110105199001011234", "张三");

        HttpResponse<String> noQuery = http.postGraphQl("{\"variables\": {}}");
        assertThat(noQuery.statusCode()).isEqualTo(400);
        assertThat(code(noQuery)).isEqualTo("BAD_USER_INPUT");

        HttpResponse<String> xml = http.post("/graphql", "application/xml", "<query/>");
        assertThat(xml.statusCode()).isEqualTo(415);
        assertThat(code(xml)).isEqualTo("BAD_USER_INPUT");

        HttpResponse<String> get = http.get("/graphql");
        assertThat(get.statusCode()).isEqualTo(405);
        assertThat(code(get)).isEqualTo("BAD_USER_INPUT");
    }

    @Test
    void unknownTopLevelKeysAreIgnoredAndUnknownFieldsRefused() {
        HttpResponse<String> extraKey = http.postGraphQl("{\"query\": \"{ hub { today } }\", \"extra\": 1}");
        assertThat(extraKey.statusCode()).isEqualTo(200);
        assertThat((String) Http.read(extraKey, "$.data.hub.today")).isEqualTo("2026-11-22");

        HttpResponse<String> unknownField = http.postGraphQl(Http.graphQl("{ hub { today secret } }"));
        assertThat(code(unknownField)).isEqualTo("BAD_USER_INPUT");
    }

    @Test
    void aSyntaxErrorDoesNotQuoteWhatTheClientTyped() {
        HttpResponse<String> refused = http.postGraphQl(Http.graphQl("{ credentialCheck(credentialNo: 110105199001011234X) }"));

        assertThat(code(refused)).isEqualTo("BAD_USER_INPUT");
        assertThat(refused.body()).doesNotContain("110105199001011234");
    }

    @Test
    void introspectionStaysOpenToAnonymousClients() {
        HttpResponse<String> answer = http.postGraphQl(Http.graphQl(IntrospectionQuery.INTROSPECTION_QUERY));

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat((Object) Http.read(answer, "$.errors")).isNull();
        assertThat((String) Http.read(answer, "$.data.__schema.queryType.name")).isEqualTo("Query");
    }

    private static String code(HttpResponse<String> response) {
        return Http.read(response, "$.errors[0].extensions.code");
    }

    private static String message(HttpResponse<String> response) {
        return Http.read(response, "$.errors[0].message");
    }
}
