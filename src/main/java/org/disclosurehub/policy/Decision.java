package org.disclosurehub.policy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A penalty decision as an agency sent it (a row of penalty_decisions.csv), with everything the
 * law forbids showing. It never leaves the hub: public paths see {@link PublicDecision}.
 */
public record Decision(
        String decisionNo,
        String agencyCode,
        String powerCode,
        PartyType partyType,
        String partyName,
        String partyCreditCode,
        String partyIdNo,
        String legalRepresentative,
        String violationFacts,
        String legalBasis,
        List<PenaltyType> penaltyTypes,
        BigDecimal fineAmount,
        BigDecimal confiscationAmount,
        LocalDate decisionDate,
        ProcedureKind procedure,
        List<String> officerCredentials,
        Severity severity,
        Exemption exemption,
        DecisionStatus status,
        LocalDate statusChangedOn,
        String statusReason,
        List<String> redactedPassages,
        boolean major,
        LocalDate legalReviewDate,
        LocalDate publishedOn) {

    public boolean warningOnly() {
        return penaltyTypes.size() == 1 && penaltyTypes.get(0) == PenaltyType.WARNING;
    }
}
