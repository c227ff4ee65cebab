package org.disclosurehub.request;

import java.time.Instant;

/**
 * An application as submitted (disclosure_requests.csv, or {@code submitApplication}), with the
 * applicant's identity: written by imports and the submission, read only on staff paths.
 *
 * @param queryCodeHash SHA-256 of the normalised query code, or null when there is none
 */
public record ApplicationRecord(String trackingNo, String agencyCode, ApplicantType applicantType, String applicantName,
        String applicantIdNo, String applicantContact, String description, InformationFormat format, Delivery delivery,
        Channel channel, Instant submittedAt, byte[] queryCodeHash, boolean publicRegister) {
}
