package org.disclosurehub.officer;

import java.time.LocalDate;

/** An officer as published (公示办法 art. 5(3)): name, agency, credential number and validity. */
public record EnforcementOfficer(
        String name,
        String agencyCode,
        String credentialNo,
        String domain,
        CredentialStatus credentialStatus,
        boolean validToday,
        LocalDate issuedOn,
        LocalDate expiresOn) implements StaffMember {

    @Override
    public StaffRole role() {
        return StaffRole.OFFICER;
    }

    @Override
    public String sortKey() {
        return credentialNo;
    }
}
