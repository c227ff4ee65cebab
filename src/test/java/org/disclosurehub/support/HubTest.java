package org.disclosurehub.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A test against the running hub over HTTP, on its own database loaded with seed-data/, on the
 * day 2026-11-22 in Beijing (noon). Test classes that share it share one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"datahub.clock.fixed=" + HubTest.NOW, "datahub.seed.enabled=true"})
@AutoConfigureHttpGraphQlTester
public @interface HubTest {

    /** Noon on 2026-11-22 in Beijing. */
    String NOW = "2026-11-22T04:00:00Z";
}
