package org.disclosurehub.request;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code datahub.applications}: how hard the public application endpoints push back.
 *
 * @param lookupFailures  failed {@code application(trackingNo, queryCode)} look-ups a client may make
 *                        per {@code lookupWindow}; after that every look-up of that client answers
 *                        RATE_LIMITED until the window ends (the tracking number is never locked)
 * @param lookupWindow    the window for failed look-ups
 * @param submissions     applications a client may submit per {@code submissionWindow}
 * @param submissionWindow the window for submissions
 */
@ConfigurationProperties("datahub.applications")
public record ApplicationProperties(@DefaultValue("20") int lookupFailures, @DefaultValue("10m") Duration lookupWindow,
        @DefaultValue("5") int submissions, @DefaultValue("1h") Duration submissionWindow) {
}
