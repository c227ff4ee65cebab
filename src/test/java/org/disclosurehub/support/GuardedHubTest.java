package org.disclosurehub.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;

/**
 * A test of the public endpoint's guards against the running hub over HTTP, on an empty database
 * (no seed data), with limits small enough to reach in a test: per client address 1 request/s
 * with a burst of 3, per credential 1/s with a burst of 2. The test client is on the loopback,
 * which is exempt and a trusted proxy, so a test plays a client by sending
 * {@code X-Forwarded-For}; each test class uses addresses of its own (one context is shared).
 * The portal origin {@link #PORTAL} is allowed CORS.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "datahub.seed.enabled=false", "datahub.clock.fixed=" + HubTest.NOW,
        "datahub.web.rate-limit.requests-per-second=1", "datahub.web.rate-limit.burst=3",
        "datahub.web.rate-limit.credential-requests-per-second=1", "datahub.web.rate-limit.credential-burst=2",
        "datahub.web.cors.allowed-origins=" + GuardedHubTest.PORTAL + ",https://*.beijing.gov.cn"})
public @interface GuardedHubTest {

    String PORTAL = "https://portal.example.gov.cn";
}
