package org.disclosurehub.request;

import java.time.LocalDate;

import org.disclosurehub.request.deadline.ApplicationStatus;

/** An entry of the public register (GraphQL {@code RegisterEntry}): description and outcome, never the applicant. */
public record RegisterEntry(String trackingNo, String agencyCode, LocalDate submittedOn, String description,
        ApplicationStatus status, Outcome outcome, LocalDate concludedOn) {
}
