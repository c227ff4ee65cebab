package org.disclosurehub.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.disclosurehub.support.HubTest;
import org.disclosurehub.support.Http;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every response carries the security headers, refusals and error pages included, and the
 * Content-Security-Policy still lets the hub's own GraphiQL page run (its scripts and styles are
 * files the hub serves; scripts/check-graphiql-offline.sh shows it in a real browser).
 */
@HubTest
class SecurityHeadersTest {

    private static final Pattern SCRIPT = Pattern.compile("<script\\b([^>]*)>(.*?)</script>", Pattern.DOTALL);

    @LocalServerPort
    int port;

    Http http;

    @BeforeEach
    void connect() {
        http = new Http(port);
    }

    @Test
    void graphQlAnswersCarryTheHeadersButNoCacheBan() {
        HttpResponse<String> answer = http.postGraphQl(Http.graphQl("{ hub { today } }"));

        assertThat(answer.statusCode()).isEqualTo(200);
        assertSecurityHeaders(answer);
        assertThat(answer.headers().firstValue("Cache-Control")).as("public reads may be cached").isEmpty();
        assertThat(answer.headers().firstValue("Strict-Transport-Security")).as("plain HTTP").isEmpty();
    }

    @Test
    void refusalsErrorPagesGraphiQlAndActuatorCarryThemToo() {
        assertSecurityHeaders(http.postGraphQl("{not json"));
        assertSecurityHeaders(http.get("/no-such-page"));
        assertSecurityHeaders(http.get("/graphiql"));
        assertSecurityHeaders(http.get("/actuator/health"));
    }

    @Test
    void overHttpsPerATrustedProxyStrictTransportSecurityIsSent() {
        HttpResponse<String> answer = http.postGraphQl(Http.graphQl("{ hub { today } }"), "X-Forwarded-Proto", "https");

        assertThat(answer.headers().firstValue("Strict-Transport-Security")).hasValue("max-age=31536000");
    }

    @Test
    void thePolicyAllowsExactlyWhatTheGraphiQlPageUses() {
        String csp = http.get("/graphiql").headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(csp).contains("script-src 'self'", "style-src 'self'", "connect-src 'self'", "frame-ancestors 'none'")
                .doesNotContain("unsafe-inline", "unsafe-eval", "http:", "https:");

        // so the page may have no inline script and no inline style: every script is a file
        String page = http.get("/graphiql").body();
        List<String> scripts = new ArrayList<>();
        Matcher script = SCRIPT.matcher(page);
        while (script.find()) {
            assertThat(script.group(1)).as("script tag").contains("src=");
            assertThat(script.group(2)).as("inline script").isBlank();
            scripts.add(script.group(1));
        }
        assertThat(scripts).hasSizeGreaterThanOrEqualTo(4);
        assertThat(page).doesNotContain("<style", " style=", "javascript:");
    }

    @Test
    void theLoopbackIsNotRateLimitedByDefaultSoTestsAndBenchmarksRunFree() {
        // 350 requests at once is past the default burst of 300 for any other client
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 350; i++) {
            statuses.add(http.postGraphQl(Http.graphQl("{ hub { today } }")).statusCode());
        }
        assertThat(statuses).containsOnly(200);
    }

    private static void assertSecurityHeaders(HttpResponse<String> response) {
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
        assertThat(response.headers().firstValue("Content-Security-Policy"))
                .hasValueSatisfying(csp -> assertThat(csp).startsWith("default-src 'self'"));
        assertThat(response.headers().firstValue("Permissions-Policy"))
                .hasValueSatisfying(policy -> assertThat(policy).contains("camera=()", "geolocation=()"));
    }
}
