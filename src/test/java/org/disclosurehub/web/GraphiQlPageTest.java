package org.disclosurehub.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.disclosurehub.support.HubTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The hub's GraphiQL works on an intranet with no internet: the page and everything it loads
 * come from the hub itself. (That nothing else is fetched at run time is shown in a real browser
 * by scripts/check-graphiql-offline.sh.) The WebTestClient comes with @HubTest's GraphQL tester
 * and is bound to the hub's random port.
 */
@HubTest
class GraphiQlPageTest {

    private static final Pattern ASSET = Pattern.compile("<(?:script|link)\\b[^>]*?\\b(?:src|href)=\"([^\"]+)\"");
    private static final Pattern ABSOLUTE_URL = Pattern.compile("(?i)\\bhttps?://[^\\s\"'<>()]+");
    private static final Pattern CSS_URL = Pattern.compile("(?i)url\\(\\s*['\"]?([^'\")]+)");
    private static final Pattern CSS_IMPORT = Pattern.compile("(?i)@import\\s+(?:url\\()?\\s*['\"]?([^'\")\\s;]+)");
    private static final Pattern OPERATION = Pattern.compile("(?m)^query\\s+(\\w+)");

    @Autowired
    WebTestClient http;

    @Autowired
    HttpGraphQlTester graphQl;

    @Test
    void thePageIsHtmlThatStartsGraphiQl() {
        String page = get("/graphiql", MediaType.TEXT_HTML);

        assertThat(page).contains("<title>Disclosure Hub — GraphiQL</title>", "<div id=\"graphiql\">",
                "graphiql.min.js", "react.production.min.js", "react-dom.production.min.js",
                "graphiql.min.css", "graphiql/graphiql-init.js");
    }

    @Test
    void everyScriptAndStylesheetIsServedByTheHub() {
        List<String> assets = assetsOf(get("/graphiql", MediaType.TEXT_HTML));

        assertThat(assets).hasSizeGreaterThanOrEqualTo(6);
        for (String asset : assets) {
            assertLocal(asset);
            // The type matters: with X-Content-Type-Options: nosniff a browser runs nothing else.
            MediaType type = asset.endsWith(".css") ? new MediaType("text", "css")
                    : asset.endsWith(".js") ? new MediaType("text", "javascript") : MediaType.ALL;
            assertThat(get(pageUri().resolve(asset).getRawPath(), type)).as(asset).isNotBlank();
        }
    }

    @Test
    void noUrlInThePageOrItsOwnFilesPointsAwayFromTheHub() {
        String page = get("/graphiql", MediaType.TEXT_HTML);
        assertThat(absoluteUrls(page)).as("absolute URLs in the page").isEmpty();
        assertThat(absoluteUrls(get("/graphiql/graphiql-init.js", null))).as("in graphiql-init.js").isEmpty();
        assertThat(absoluteUrls(get("/graphiql/graphiql.css", null))).as("in graphiql.css").isEmpty();
    }

    /** GraphiQL's own stylesheet embeds its fonts; an upgrade that fetched them from a CDN must fail here. */
    @Test
    void stylesheetsFetchNothingFromElsewhere() {
        for (String asset : assetsOf(get("/graphiql", MediaType.TEXT_HTML))) {
            if (!asset.endsWith(".css")) {
                continue;
            }
            String css = get(pageUri().resolve(asset).getRawPath(), null);
            assertThat(matches(CSS_IMPORT, css)).as("@import in " + asset).allSatisfy(this::assertLocal);
            assertThat(matches(CSS_URL, css)).as("url() in " + asset).allSatisfy(this::assertLocal);
        }
    }

    /** The page builds GraphiQL's schema from the printed SDL (introspection is deeper than max-depth). */
    @Test
    void theSchemaThePageLoadsIsPrinted() {
        assertThat(get("/graphql/schema", null)).contains("type Query", "credentialCheck");
    }

    @Test
    void everyExampleQueryRunsWithoutErrors() {
        String examples = get("/graphiql/examples.graphql", null);
        List<String> operations = matches(OPERATION, examples);

        assertThat(operations).contains("Agencies", "RandomInspectionItems", "CredentialCheck", "OfficersPage",
                "PenaltyDecisionSearch", "TrackApplication");
        for (String operation : operations) {
            graphQl.document(examples).operationName(operation).execute().errors().verify();
        }
        graphQl.document(examples).operationName("TrackApplication").execute()
                .path("application.trackingNo").entity(String.class).isEqualTo("CY2021-00001");
        // the application example, with what a newcomer would type into Variables
        graphQl.document(examples).operationName("SubmitApplication")
                .variable("input", Map.of("agencyCode", "11110105000000027U", "applicantType", "NATURAL_PERSON",
                        "applicantName", "柯雨桐", "applicantIdNo", "110105198503174029",
                        "applicantContact", "邮箱：ke@example.com", "description", "申请公开2025年度食品安全抽检结果汇总表",
                        "format", "ELECTRONIC", "delivery", "EMAIL"))
                .execute()
                .path("submitApplication.userErrors").entityList(Object.class).hasSize(0)
                .path("submitApplication.trackingNo").entity(String.class).satisfies(no -> assertThat(no).isNotBlank())
                .path("submitApplication.queryCode").entity(String.class).satisfies(code -> assertThat(code).hasSizeGreaterThanOrEqualTo(16));
        graphQl.document(examples).operationName(operations.get(0)).execute()
                .path("agencies.edges[0].node.name").entity(String.class)
                .satisfies(name -> assertThat(name).startsWith("北京市朝阳区"));
    }

    private String get(String path, MediaType expected) {
        // graphiql.min.js is about 1 MB; the client's default buffer is 256 KB.
        WebTestClient client = http.mutate().codecs(c -> c.defaultCodecs().maxInMemorySize(8 * 1024 * 1024)).build();
        byte[] body = client.get().uri(path).exchange()
                .expectStatus().isOk()
                .expectHeader().value("Content-Type", type -> {
                    if (expected != null) {
                        assertThat(MediaType.parseMediaType(type).isCompatibleWith(expected)).as(type).isTrue();
                    }
                })
                .expectBody().returnResult().getResponseBody();
        assertThat(body).as(path).isNotNull();
        return new String(body, StandardCharsets.UTF_8);
    }

    /** Where the browser is: the page's own URL, against which its relative URLs resolve. */
    private static URI pageUri() {
        return URI.create("http://hub.invalid/graphiql");
    }

    private void assertLocal(String url) {
        assertThat(url).as(url).satisfiesAnyOf(
                u -> assertThat(u).startsWith("data:"),
                u -> assertThat(u).doesNotContain(":").doesNotStartWith("//"));
    }

    private static List<String> assetsOf(String page) {
        return matches(ASSET, page);
    }

    private static List<String> absoluteUrls(String text) {
        List<String> found = new ArrayList<>();
        Matcher m = ABSOLUTE_URL.matcher(text);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }

    private static List<String> matches(Pattern pattern, String text) {
        List<String> found = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }
}
