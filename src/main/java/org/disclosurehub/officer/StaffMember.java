package org.disclosurehub.officer;

/** Public view of someone working in enforcement (GraphQL interface StaffMember). */
public sealed interface StaffMember permits EnforcementOfficer, AuxiliaryStaff {

    StaffRole role();

    String agencyCode();

    /** Cursor key: the list is ordered by credential number, which is never shown for auxiliary staff. */
    String sortKey();

    static StaffMember of(Officer o, java.time.LocalDate today) {
        return o.role() == StaffRole.OFFICER
                ? new EnforcementOfficer(o.name(), o.agencyCode(), o.credentialNo(), o.domain(), o.credentialStatus(),
                        o.validityOn(today) == CredentialValidity.VALID, o.issuedOn(), o.expiresOn())
                : new AuxiliaryStaff(o.credentialNo(), o.agencyCode(), o.domain(), o.credentialStatus(), o.duties());
    }
}
