package org.disclosurehub.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.disclosurehub.support.GuardedHubTest;
import org.disclosurehub.support.Http;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointGroups;
import org.springframework.boot.health.registry.HealthContributorRegistry;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Operations see health (with the database in readiness), liveness and Prometheus metrics with
 * GraphQL request and data-fetcher timings; nobody sees configuration or the environment.
 */
@GuardedHubTest
class ActuatorTest {

    @LocalServerPort
    int port;

    @Autowired
    HealthContributorRegistry health;
    @Autowired
    HealthEndpointGroups groups;

    Http http;

    @BeforeEach
    void connect() {
        http = new Http(port);
    }

    @Test
    void healthLivenessAndReadinessIncludingTheDatabaseAreUp() {
        assertThat((String) Http.read(http.get("/actuator/health"), "$.status")).isEqualTo("UP");
        assertThat((String) Http.read(http.get("/actuator/health/liveness"), "$.status")).isEqualTo("UP");
        assertThat((String) Http.read(http.get("/actuator/health/readiness"), "$.status")).isEqualTo("UP");
        assertThat(health.getContributor("db")).as("the database is checked").isNotNull();
        assertThat(groups.get("readiness").isMember("db")).as("no traffic without the database").isTrue();
        assertThat(groups.get("liveness").isMember("db")).as("a restart does not cure a database outage").isFalse();
        assertThat(http.get("/actuator/health").body()).as("no details for anonymous callers")
                .doesNotContain("jdbc", "MariaDB", "MySQL", "diskSpace");
    }

    @Test
    void prometheusHasGraphQlRequestAndDataFetcherTimings() {
        http.postGraphQl(Http.graphQl("{ hub { today } agencies(first: 1) { totalCount } }"));

        String metrics = http.get("/actuator/prometheus").body();

        assertThat(metrics).contains("graphql_request_seconds_count{", "graphql_request_seconds_bucket{",
                "graphql_datafetcher_seconds_count{", "graphql_field_name=\"agencies\"",
                "http_server_requests_seconds_count{", "hikaricp_connections_active", "datahub_rate_limited_total{");
    }

    @Test
    void nothingThatShowsConfigurationOrTheEnvironmentIsExposed() {
        for (String endpoint : new String[] {"env", "configprops", "beans", "mappings", "loggers", "heapdump",
                "threaddump", "metrics", "conditions", "scheduledtasks", "shutdown", "caches", "sbom"}) {
            HttpResponse<String> answer = http.get("/actuator/" + endpoint);
            assertThat(answer.statusCode()).as(endpoint).isEqualTo(404);
        }
        assertThat(http.get("/actuator").body()).doesNotContain("\"env\"", "configprops", "heapdump");
        assertThat(http.get("/actuator/info").body()).doesNotContain("password", "jdbc:");
    }
}
