package org.disclosurehub.support;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

import org.disclosurehub.calendar.LegalTime;

/**
 * The hub's clock in {@link PolicyHubTest}: fixed at {@code datahub.clock.fixed}, but a test may
 * move it (e.g. to the last second of a publication period and to the first second after) and
 * must {@link #reset()} it when done. The hub reads "today" from its clock on every request, so
 * one application context can be asked on several days.
 */
public final class MovableClock extends Clock {

    private final Instant initial;
    private final AtomicReference<Instant> now;

    public MovableClock(Instant initial) {
        this.initial = initial;
        this.now = new AtomicReference<>(initial);
    }

    public void set(Instant instant) {
        now.set(instant);
    }

    public void reset() {
        now.set(initial);
    }

    @Override
    public ZoneId getZone() {
        return LegalTime.CHINA;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(now.get(), zone);
    }

    @Override
    public Instant instant() {
        return now.get();
    }
}
