package org.disclosurehub.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.TestInstance.Lifecycle;
import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * A test of agency credentials and writes against the running hub over HTTP, on a database of
 * its own holding {@link WriteData}'s agencies (no seed data), at noon on 2026-11-22 in Beijing,
 * with a known audit key. Test classes that use it share one application context and so one
 * database: each works on records of its own (fresh decision numbers, power codes) or puts back
 * what it changed.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"datahub.seed.enabled=false", "datahub.clock.fixed=" + WriteHubTest.NOW,
                "datahub.audit.hmac-key=" + WriteHubTest.AUDIT_KEY})
@AutoConfigureHttpGraphQlTester
@Import(WriteTestConfiguration.class)
@org.junit.jupiter.api.TestInstance(Lifecycle.PER_CLASS)
public @interface WriteHubTest {

    /** Noon on 2026-11-22 in Beijing. */
    String NOW = "2026-11-22T04:00:00Z";

    /** The audit trail's HMAC key in these tests (in production it comes from DATAHUB_AUDIT_KEY). */
    String AUDIT_KEY = "test-only-audit-key-0123456789abcdef";
}
