package org.disclosurehub.calendar;

import java.time.Instant;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code datahub.clock.fixed}: an ISO instant that pins "now" for tests and benchmarks. Unset
 * in production, where the system clock is used.
 */
@ConfigurationProperties("datahub.clock")
public record ClockProperties(Instant fixed) {
}
