package org.disclosurehub.request.deadline;

import java.time.LocalDate;

import org.disclosurehub.request.ReviewKind;
import org.disclosurehub.request.ReviewResult;

/**
 * An administrative reconsideration or lawsuit about the application.
 *
 * @param result null while it is pending (尚未审结)
 */
public record Review(ReviewKind kind, LocalDate filedOn, LocalDate decidedOn, ReviewResult result) {

    public boolean pendingOn(LocalDate day) {
        return !filedOn.isAfter(day) && (decidedOn == null || decidedOn.isAfter(day));
    }
}
