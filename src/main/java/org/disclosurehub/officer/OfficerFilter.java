package org.disclosurehub.officer;

/** Conditions on the personnel list (GraphQL input OfficerFilter). */
public record OfficerFilter(String agencyCode, StaffRole role, CredentialStatus credentialStatus) {

    public static final OfficerFilter NONE = new OfficerFilter(null, null, null);
}
