package org.disclosurehub.officer;

import java.time.LocalDate;

/** The answer to "is the card this person shows me valid?" (执法证件查询). */
public record CredentialCheck(
        String credentialNo,
        boolean found,
        CredentialKind kind,
        boolean mayEnforce,
        CredentialValidity validity,
        CredentialStatus status,
        String holderName,
        String agencyCode,
        String domain,
        LocalDate issuedOn,
        LocalDate expiresOn,
        String duties,
        LocalDate checkedOn,
        String advice) {
}
