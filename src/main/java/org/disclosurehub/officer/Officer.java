package org.disclosurehub.officer;

import java.time.LocalDate;

/**
 * A row of officers.csv: an enforcement officer (执法人员) or an auxiliary staff member (辅助人员)
 * with their credential or work card. Internal: public types are {@link EnforcementOfficer} and
 * {@link AuxiliaryStaff}, which show what the law lets each show.
 */
public record Officer(
        String credentialNo,
        String name,
        String agencyCode,
        StaffRole role,
        String domain,
        CredentialStatus credentialStatus,
        LocalDate issuedOn,
        LocalDate expiresOn,
        String duties) {

    /**
     * Validity on a day: the recorded status first (a suspension or revocation wins), then the
     * dates (valid from {@code issuedOn}, no longer valid on {@code expiresOn}).
     */
    public CredentialValidity validityOn(LocalDate day) {
        return switch (credentialStatus) {
            case SUSPENDED -> CredentialValidity.SUSPENDED;
            case REVOKED -> CredentialValidity.REVOKED;
            case EXPIRED -> CredentialValidity.EXPIRED;
            case VALID -> {
                if (issuedOn != null && day.isBefore(issuedOn)) {
                    yield CredentialValidity.NOT_YET_VALID;
                }
                if (expiresOn != null && !day.isBefore(expiresOn)) {
                    yield CredentialValidity.EXPIRED;
                }
                yield CredentialValidity.VALID;
            }
        };
    }
}
