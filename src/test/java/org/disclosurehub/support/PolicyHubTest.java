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
 * A test of the disclosure policy against the running hub over HTTP, on an empty database (no
 * seed data) and at noon on 2026-11-22 in Beijing. Test classes that use it share one
 * application context and so one database: each one {@link PolicyData#reset clears} the decision
 * tables and imports its own dataset before its tests, and leaves the {@link MovableClock} as it
 * found it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"datahub.seed.enabled=false", "datahub.clock.fixed=" + PolicyHubTest.NOW})
@AutoConfigureHttpGraphQlTester
@Import(PolicyTestConfiguration.class)
@org.junit.jupiter.api.TestInstance(Lifecycle.PER_CLASS)
public @interface PolicyHubTest {

    /** Noon on 2026-11-22 in Beijing. */
    String NOW = "2026-11-22T04:00:00Z";
}
