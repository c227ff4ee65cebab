package org.disclosurehub.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.disclosurehub.DisclosureHubApplication;
import org.disclosurehub.support.HubTest;
import org.disclosurehub.support.Http;
import org.disclosurehub.support.TableLock;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Stopping the hub (SIGTERM, a redeploy) lets the requests in flight finish and answers them
 * before it exits ({@code server.shutdown: graceful}).
 */
class GracefulShutdownTest {

    @Test
    void aRequestInFlightWhenTheHubIsStoppedIsStillAnswered() throws Exception {
        ConfigurableApplicationContext hub = new SpringApplicationBuilder(DisclosureHubApplication.class)
                .run("--server.port=0", "--datahub.seed.enabled=false", "--datahub.clock.fixed=" + HubTest.NOW);
        int port = ((WebServerApplicationContext) hub).getWebServer().getPort();
        Http http = new Http(port);
        DataSource dataSource = hub.getBean(DataSource.class);

        CompletableFuture<HttpResponse<String>> inFlight;
        CompletableFuture<Void> stopping;
        try (TableLock lock = new TableLock(dataSource, "officer")) {
            inFlight = CompletableFuture.supplyAsync(() -> http.postGraphQl(Http.graphQl(
                    "query($no: String!) { credentialCheck(credentialNo: $no) { found advice } }", Map.of("no", "G-1"))));
            lock.awaitWaiter(10_000);
            stopping = CompletableFuture.runAsync(hub::close);
            Thread.sleep(500);
            assertThat(stopping).as("waits for the request in flight").isNotDone();
        }

        HttpResponse<String> answer = inFlight.get(20, TimeUnit.SECONDS);
        stopping.get(30, TimeUnit.SECONDS);
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat((Boolean) Http.read(answer, "$.data.credentialCheck.found")).isFalse();
        assertThat(hub.isActive()).isFalse();
    }
}
