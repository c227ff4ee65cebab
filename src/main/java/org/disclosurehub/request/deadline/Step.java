package org.disclosurehub.request.deadline;

import java.time.LocalDate;
import java.time.LocalDateTime;

import org.disclosurehub.request.EventKind;

/**
 * One event of an application as the engine sees it: its legal day and local time in China,
 * its kind, and the raw outcome and detail columns (checked by the engine).
 *
 * @param index the event's position in the caller's list, used to report a problem against it
 */
public record Step(LocalDateTime at, EventKind kind, String outcome, String detail, int index) {

    public LocalDate on() {
        return at.toLocalDate();
    }
}
