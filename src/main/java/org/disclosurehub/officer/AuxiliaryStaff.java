package org.disclosurehub.officer;

/**
 * Auxiliary staff as published (公示办法 art. 5(4)): duties and scope of assistance, never the
 * name. The work-card number is kept only as the list's sort key and has no GraphQL field.
 */
public record AuxiliaryStaff(
        String workCardNo,
        String agencyCode,
        String domain,
        CredentialStatus credentialStatus,
        String duties) implements StaffMember {

    @Override
    public StaffRole role() {
        return StaffRole.AUXILIARY;
    }

    @Override
    public String sortKey() {
        return workCardNo;
    }
}
