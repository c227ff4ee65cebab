package org.disclosurehub.request;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.disclosurehub.calendar.LegalTime;
import org.disclosurehub.request.deadline.DeadlineEngine;
import org.disclosurehub.request.deadline.Life;
import org.disclosurehub.request.deadline.Step;
import org.disclosurehub.request.deadline.WorkCalendar;

/** Turns stored events into the engine's steps: legal days in Asia/Shanghai, oldest first. */
public final class Histories {

    /** Oldest first; two events at the same instant in the lifecycle order of {@link EventKind}. */
    public static final Comparator<EventRecord> ORDER = Comparator.comparing(EventRecord::at)
            .thenComparing(EventRecord::kind);

    private Histories() {
    }

    public static LocalDateTime local(Instant instant) {
        return LocalDateTime.ofInstant(instant, LegalTime.CHINA);
    }

    /** Derives the life of an application from its events, which must already be in {@link #ORDER}. */
    public static Life derive(Channel channel, Instant submittedAt, List<EventRecord> sortedEvents, WorkCalendar calendar) {
        return derive(channel, submittedAt, sortedEvents, calendar, true);
    }

    /** Without {@code explain}, the due-date explanation is left empty (statistics over many applications). */
    public static Life derive(Channel channel, Instant submittedAt, List<EventRecord> sortedEvents, WorkCalendar calendar,
            boolean explain) {
        List<Step> steps = new ArrayList<>(sortedEvents.size());
        for (int i = 0; i < sortedEvents.size(); i++) {
            EventRecord e = sortedEvents.get(i);
            steps.add(new Step(local(e.at()), e.kind(), e.outcome(), e.detail(), i));
        }
        return DeadlineEngine.derive(channel, local(submittedAt), steps, calendar, explain);
    }
}
