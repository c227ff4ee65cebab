package org.disclosurehub.calendar;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/** Legal dates are calendar days in China, whatever the server's own time zone. */
public final class LegalTime {

    public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private LegalTime() {
    }

    public static LocalDate today(Clock clock) {
        return LocalDate.ofInstant(clock.instant(), CHINA);
    }
}
