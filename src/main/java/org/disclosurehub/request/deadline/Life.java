package org.disclosurehub.request.deadline;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.disclosurehub.request.Outcome;

/**
 * Everything derived from an application's events and the working-day calendar. Nothing here is
 * stored: it is recomputed from the events whenever it is needed, so a new event or a changed
 * holiday shows at once.
 *
 * <p>An application waiting for a correction or a fee lapses by itself when its deadline passes
 * ({@link #lapseAfter}); whether that has happened depends on the day asked about, so the
 * day-dependent answers take that day ({@link #statusOn}, {@link #concludedOn(LocalDate)}).
 *
 * @param status             where it stands after its last event (before any lapse)
 * @param receivedOn         the legal receipt date (art. 31), or null until receipt is confirmed
 * @param clockStart         the day after which the answer period counts: receipt, or the correction
 * @param dueDate            the answer deadline; null while the clock waits for a correction or a fee,
 *                           and for an application that lapsed or was withdrawn
 * @param dueDateProvisional the date rests on an assumed receipt date or on a year without calendar data
 * @param explanation        how the due date was computed, in words
 * @param calendarGaps       years without an official schedule that the computation passed through
 * @param excludedDays       working days of consultation and fee payment not counted (art. 32–34, 42)
 * @param extensionDays      working days of the art. 33 extension (0 if none)
 * @param lapseAfter         the last day for the awaited correction or payment; null if none is awaited
 * @param lapseOutcome       the outcome if that day passes (OTHER_NO_CORRECTION or OTHER_FEE_UNPAID)
 * @param concludedOn        the day an answer or a withdrawal closed it (a lapse is in {@link #lapseAfter})
 * @param outcome            the answer's outcome; OTHER for a withdrawal
 * @param answeredOn         the day of the (last) answer event
 * @param problems           steps that the rules do not allow; empty for a valid history
 */
public record Life(
        ApplicationStatus status,
        LocalDate receivedOn,
        LocalDate clockStart,
        LocalDate dueDate,
        boolean dueDateProvisional,
        String explanation,
        Set<Integer> calendarGaps,
        LocalDate correctionRequestedOn,
        LocalDate correctionAnswerBy,
        LocalDate correctedOn,
        int excludedDays,
        LocalDate extendedOn,
        int extensionDays,
        LocalDate delayedTo,
        LocalDate lapseAfter,
        Outcome lapseOutcome,
        LocalDate concludedOn,
        Outcome outcome,
        boolean withdrawn,
        LocalDate answeredOn,
        String answerDetail,
        Integer workingDaysToAnswer,
        List<Review> reviews,
        List<StepProblem> problems) {

    /** Whether the answer period has been extended (art. 33). */
    public boolean extended() {
        return extendedOn != null;
    }

    public boolean correctionRequested() {
        return correctionRequestedOn != null;
    }

    /** The day it was closed (answered, withdrawn or lapsed) as known on {@code day}, or null if open then. */
    public LocalDate concludedOn(LocalDate day) {
        if (concludedOn != null) {
            return concludedOn.isAfter(day) ? null : concludedOn;
        }
        if (lapseAfter != null && day.isAfter(lapseAfter)) {
            return lapseAfter.plusDays(1);
        }
        return null;
    }

    /** The outcome as known on {@code day}, or null while it is open. */
    public Outcome outcomeOn(LocalDate day) {
        if (concludedOn != null) {
            return concludedOn.isAfter(day) ? null : outcome;
        }
        return lapseAfter != null && day.isAfter(lapseAfter) ? lapseOutcome : null;
    }

    public ApplicationStatus statusOn(LocalDate day) {
        if (concludedOn == null && lapseAfter != null && day.isAfter(lapseAfter)) {
            return ApplicationStatus.LAPSED;
        }
        return status;
    }

    /** Open on {@code day} and past its due date. */
    public boolean overdueOn(LocalDate day) {
        return receivedOn != null && !receivedOn.isAfter(day) && concludedOn(day) == null && dueDate != null
                && day.isAfter(dueDate);
    }

    /** Answered on the merits on or before the due date; null when it was not answered that way. */
    public Boolean answeredOnTime() {
        if (answeredOn == null || withdrawn || outcome == null || outcome.lapse() || dueDate == null) {
            return null;
        }
        return !answeredOn.isAfter(dueDate);
    }

    public boolean valid() {
        return problems.isEmpty();
    }
}
