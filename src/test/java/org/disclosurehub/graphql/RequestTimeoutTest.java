package org.disclosurehub.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import org.disclosurehub.support.HubTest;
import org.disclosurehub.support.Http;
import org.disclosurehub.support.TableLock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A request stuck longer than {@code datahub.graphql.timeout} (here 500 ms) is answered at the
 * deadline with a GraphQL error {@code TIMEOUT} over the open connection, and the hub goes on
 * serving. The stall is real: the table the request reads is write-locked in the database.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "datahub.seed.enabled=false", "datahub.clock.fixed=" + HubTest.NOW, "datahub.graphql.timeout=500ms",
        "datahub.cache.responses=false"})
class RequestTimeoutTest {

    private static final String CHECK = "query($no: String!) { credentialCheck(credentialNo: $no) { found } }";

    @LocalServerPort
    int port;
    @Autowired
    DataSource dataSource;

    Http http;

    @BeforeEach
    void connect() {
        http = new Http(port);
    }

    @Test
    void aStuckRequestGetsATimeoutErrorAtTheDeadline() throws Exception {
        HttpResponse<String> answer;
        long millis;
        try (TableLock lock = new TableLock(dataSource, "officer")) {
            long start = System.nanoTime();
            // the lock is held until the answer is in: without the timeout this would wait 30 s for the client's own
            answer = http.postGraphQl(check());
            millis = (System.nanoTime() - start) / 1_000_000;
        }

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat((String) Http.read(answer, "$.errors[0].extensions.code")).isEqualTo("TIMEOUT");
        assertThat((String) Http.read(answer, "$.errors[0].message")).contains("500 ms");
        assertThat((Object) Http.read(answer, "$.data")).isNull();
        assertThat(millis).isBetween(450L, 5_000L);
    }

    @Test
    void theHubAnswersNormallyOnceTheStallIsOver() throws Exception {
        try (TableLock lock = new TableLock(dataSource, "officer")) {
            assertThat((String) Http.read(http.postGraphQl(check()), "$.errors[0].extensions.code")).isEqualTo("TIMEOUT");
        }

        HttpResponse<String> answer = http.postGraphQl(check());

        assertThat((Object) Http.read(answer, "$.errors")).isNull();
        assertThat((Boolean) Http.read(answer, "$.data.credentialCheck.found")).isFalse();
    }

    @Test
    void requestsThatDoNotTouchTheStalledTableAreServedMeanwhile() throws Exception {
        try (TableLock lock = new TableLock(dataSource, "officer")) {
            HttpResponse<String> answer = http.postGraphQl(Http.graphQl("{ hub { today } }"));

            assertThat((String) Http.read(answer, "$.data.hub.today")).isEqualTo("2026-11-22");
        }
    }

    private static String check() {
        // a number never asked before, so no cache can answer for the database
        return Http.graphQl(CHECK, Map.of("no", "T" + UUID.randomUUID().toString().substring(0, 12)));
    }
}
