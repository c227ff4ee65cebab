package org.disclosurehub.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.disclosurehub.support.GuardedHubTest;
import org.disclosurehub.support.Http;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The portals' pages may call the hub from their browsers ({@code datahub.web.cors}); a page
 * from any other origin gets no CORS headers, so its browser keeps the answer from it.
 */
@GuardedHubTest
class CorsTest {

    private static final String QUERY = Http.graphQl("{ hub { today } }");

    @LocalServerPort
    int port;

    Http http;

    @BeforeEach
    void connect() {
        http = new Http(port);
    }

    @Test
    void aPortalsPreflightIsAnsweredForGetAndPost() {
        HttpResponse<String> preflight = http.options("/graphql", "Origin", GuardedHubTest.PORTAL,
                "Access-Control-Request-Method", "POST", "Access-Control-Request-Headers", "content-type");

        assertThat(preflight.statusCode()).isEqualTo(200);
        assertThat(header(preflight, "Access-Control-Allow-Origin")).isEqualTo(GuardedHubTest.PORTAL);
        assertThat(header(preflight, "Access-Control-Allow-Methods")).contains("GET", "POST");
        assertThat(header(preflight, "Access-Control-Allow-Headers")).containsIgnoringCase("content-type");
        assertThat(header(preflight, "Access-Control-Max-Age")).isEqualTo("3600");
        assertThat(header(preflight, "Access-Control-Allow-Credentials")).as("no cookies, ever").isNull();
    }

    @Test
    void aPortalsPostAndGetCarryTheCorsHeaders() {
        HttpResponse<String> post = http.postGraphQl(QUERY, "Origin", GuardedHubTest.PORTAL);
        assertThat(post.statusCode()).isEqualTo(200);
        assertThat(header(post, "Access-Control-Allow-Origin")).isEqualTo(GuardedHubTest.PORTAL);
        assertThat(header(post, "Access-Control-Expose-Headers")).as("a script may read Retry-After").contains("Retry-After");
        assertThat(post.headers().allValues("Vary")).contains("Origin");

        HttpResponse<String> schema = http.get("/graphql/schema", "Origin", GuardedHubTest.PORTAL);
        assertThat(schema.statusCode()).isEqualTo(200);
        assertThat(header(schema, "Access-Control-Allow-Origin")).isEqualTo(GuardedHubTest.PORTAL);
    }

    @Test
    void anOriginMatchingAConfiguredPatternIsAllowed() {
        HttpResponse<String> post = http.postGraphQl(QUERY, "Origin", "https://www.beijing.gov.cn");

        assertThat(header(post, "Access-Control-Allow-Origin")).isEqualTo("https://www.beijing.gov.cn");
    }

    @Test
    void anyOtherOriginGetsNoCorsHeaders() {
        HttpResponse<String> post = http.postGraphQl(QUERY, "Origin", "https://elsewhere.example.com");
        assertThat(post.statusCode()).as("answered, but the browser will not show it").isEqualTo(200);
        assertThat(post.headers().map().keySet()).noneMatch(name -> name.toLowerCase().startsWith("access-control-"));
        assertThat(post.headers().allValues("Vary")).contains("Origin");

        HttpResponse<String> preflight = http.options("/graphql", "Origin", "https://elsewhere.example.com",
                "Access-Control-Request-Method", "POST");
        assertThat(preflight.statusCode()).isEqualTo(403);
        assertThat(preflight.headers().map().keySet()).noneMatch(name -> name.toLowerCase().startsWith("access-control-"));

        HttpResponse<String> lookalike = http.postGraphQl(QUERY, "Origin", "https://portal.example.gov.cn.evil.example");
        assertThat(header(lookalike, "Access-Control-Allow-Origin")).isNull();
    }

    @Test
    void aRateLimitedPortalRequestStillCarriesCorsSoItsScriptCanReadTheWait() {
        HttpResponse<String> last = null;
        for (int i = 0; i < 5; i++) {
            last = http.postGraphQl(QUERY, "Origin", GuardedHubTest.PORTAL, "X-Forwarded-For", "198.51.100.77");
        }
        assertThat(last.statusCode()).isEqualTo(429);
        assertThat(header(last, "Access-Control-Allow-Origin")).isEqualTo(GuardedHubTest.PORTAL);
        assertThat(header(last, "Retry-After")).isNotNull();
    }

    private static String header(HttpResponse<String> response, String name) {
        return response.headers().firstValue(name).orElse(null);
    }
}
