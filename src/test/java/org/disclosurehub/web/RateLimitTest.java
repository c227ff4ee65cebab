package org.disclosurehub.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import org.disclosurehub.security.TokenStore;
import org.disclosurehub.support.AgencySystems;
import org.disclosurehub.support.GuardedHubTest;
import org.disclosurehub.support.Http;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A client that sends more than its share is answered 429 with Retry-After and a GraphQL error
 * {@code RATE_LIMITED}, and other clients go on being served. Limits here: 1 request/s with a
 * burst of 3 per address, 1/s with a burst of 2 per credential ({@link GuardedHubTest}).
 */
@GuardedHubTest
class RateLimitTest {

    private static final String QUERY = Http.graphQl("{ hub { today } }");

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TokenStore tokens;

    Http http;

    @BeforeEach
    void connect() {
        http = new Http(port);
    }

    @Test
    void aClientOverItsBurstIsToldToWaitInTheGraphQlShape() {
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            statuses.add(from("198.51.100.1").statusCode());
        }
        HttpResponse<String> refused = from("198.51.100.1");

        assertThat(statuses).containsOnly(200);
        assertThat(refused.statusCode()).isEqualTo(429);
        long retryAfter = Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow());
        assertThat(retryAfter).isBetween(1L, 2L);
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        assertThat((String) Http.read(refused, "$.errors[0].extensions.code")).isEqualTo("RATE_LIMITED");
        assertThat(((Number) Http.read(refused, "$.errors[0].extensions.retryAfter")).longValue()).isEqualTo(retryAfter);
        assertThat((String) Http.read(refused, "$.errors[0].message")).contains("retry after");
        assertThat((Object) Http.read(refused, "$.data")).isNull();
    }

    @Test
    void anotherClientIsNotSlowedByTheOneOverItsLimit() {
        for (int i = 0; i < 5; i++) {
            from("198.51.100.2");
        }
        assertThat(from("198.51.100.2").statusCode()).isEqualTo(429);

        assertThat(from("198.51.100.3").statusCode()).isEqualTo(200);
    }

    @Test
    void theBucketRefillsAtTheConfiguredRate() throws InterruptedException {
        for (int i = 0; i < 4; i++) {
            from("198.51.100.4");
        }
        HttpResponse<String> refused = from("198.51.100.4");
        assertThat(refused.statusCode()).isEqualTo(429);

        Thread.sleep(1000L * Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow()) + 100);

        assertThat(from("198.51.100.4").statusCode()).isEqualTo(200);
    }

    @Test
    void aForwardedAddressFromAProxyChainIsReadThroughTrustedProxiesOnly() {
        // 192.0.2.50 is the client, 127.0.0.1 a trusted proxy in front of the hub; "10.9.9.9"
        // was written by the client itself and must not become its identity
        for (int i = 0; i < 3; i++) {
            http.postGraphQl(QUERY, "X-Forwarded-For", "10.9.9." + i + ", 192.0.2.50");
        }
        assertThat(http.postGraphQl(QUERY, "X-Forwarded-For", "10.9.9.99, 192.0.2.50").statusCode()).isEqualTo(429);
        assertThat(http.postGraphQl(QUERY, "Forwarded", "for=192.0.2.50").statusCode())
                .as("the same client named by the standard Forwarded header").isEqualTo(429);
    }

    @Test
    void aCredentialHasABucketOfItsOwnWhereverItComesFrom() {
        String agency = AgencySystems.bearer(jdbc, tokens, "test: rate limit 1");
        String another = AgencySystems.bearer(jdbc, tokens, "test: rate limit 2");
        assertThat(List.of(fromWith("198.51.100.10", agency).statusCode(), fromWith("198.51.100.11", agency).statusCode()))
                .containsOnly(200);
        HttpResponse<String> refused = fromWith("198.51.100.12", agency);
        assertThat(refused.statusCode()).as("burst of 2 per credential, across addresses").isEqualTo(429);
        assertThat((String) Http.read(refused, "$.errors[0].extensions.code")).isEqualTo("RATE_LIMITED");

        // the addresses themselves still have their own anonymous buckets, and another credential its own
        assertThat(from("198.51.100.10").statusCode()).isEqualTo(200);
        assertThat(fromWith("198.51.100.10", another).statusCode()).isEqualTo(200);
    }

    @Test
    void theLoopbackIsExemptSoBenchmarksAndOperatorsOnTheHostAreNotLimited() {
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            statuses.add(http.postGraphQl(QUERY).statusCode());
        }
        assertThat(statuses).containsOnly(200);
    }

    private HttpResponse<String> from(String address) {
        return http.postGraphQl(QUERY, "X-Forwarded-For", address);
    }

    private HttpResponse<String> fromWith(String address, String authorization) {
        return http.postGraphQl(QUERY, "X-Forwarded-For", address, "Authorization", authorization);
    }
}
