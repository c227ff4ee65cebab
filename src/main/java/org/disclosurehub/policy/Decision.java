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

    /**
     * The generated record form, {@code Decision[decisionNo=…, …]}, written out: the hash that tells
     * a changed decision from an unchanged one is taken of it, and the JDK's generated version
     * formats with String.format, a tenth of a million-row import's Java time.
     */
    @Override
    public String toString() {
        return appendTo(new StringBuilder(1024)).toString();
    }

    /** Appends {@link #toString()}'s text, for a hash taken without a String of it. */
    StringBuilder appendTo(StringBuilder out) {
        return out.append("Decision[")
                .append("decisionNo=").append(decisionNo)
                .append(", agencyCode=").append(agencyCode)
                .append(", powerCode=").append(powerCode)
                .append(", partyType=").append(partyType)
                .append(", partyName=").append(partyName)
                .append(", partyCreditCode=").append(partyCreditCode)
                .append(", partyIdNo=").append(partyIdNo)
                .append(", legalRepresentative=").append(legalRepresentative)
                .append(", violationFacts=").append(violationFacts)
                .append(", legalBasis=").append(legalBasis)
                .append(", penaltyTypes=").append(penaltyTypes)
                .append(", fineAmount=").append(fineAmount)
                .append(", confiscationAmount=").append(confiscationAmount)
                .append(", decisionDate=").append(decisionDate)
                .append(", procedure=").append(procedure)
                .append(", officerCredentials=").append(officerCredentials)
                .append(", severity=").append(severity)
                .append(", exemption=").append(exemption)
                .append(", status=").append(status)
                .append(", statusChangedOn=").append(statusChangedOn)
                .append(", statusReason=").append(statusReason)
                .append(", redactedPassages=").append(redactedPassages)
                .append(", major=").append(major)
                .append(", legalReviewDate=").append(legalReviewDate)
                .append(", publishedOn=").append(publishedOn)
                .append(']');
    }
}
