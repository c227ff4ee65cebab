package org.disclosurehub.request;

/** An application with its applicant (GraphQL {@code StaffApplication}): only on the audited staff path. */
public record StaffApplication(ApplicationView application, String applicantName, String applicantIdNo,
        String applicantContact) {
}
