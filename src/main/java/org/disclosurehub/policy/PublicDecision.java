package org.disclosurehub.policy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The public form of a penalty decision, as built by {@link PublicDecisionBuilder}: natural
 * persons' names masked, redacted passages replaced, no ID number. Only this type backs the
 * public GraphQL type PenaltyDecision.
 *
 * @param visibleUntil the first day it is no longer shown (its publication period ends the day before)
 */
public record PublicDecision(
        String decisionNo,
        String agencyCode,
        String district,
        String powerCode,
        PartyType partyType,
        String partyName,
        String partyCreditCode,
        String legalRepresentative,
        String violationFacts,
        String legalBasis,
        List<PenaltyType> penaltyTypes,
        BigDecimal fineAmount,
        BigDecimal confiscationAmount,
        LocalDate decisionDate,
        LocalDate visibleUntil,
        DecisionStatus status,
        LocalDate correctedOn,
        String correctionReason,
        boolean major,
        LocalDate legalReviewDate,
        LocalDate publishedOn) {

    /**
     * The generated record form, {@code PublicDecision[decisionNo=…, …]}, written out: the hash that
     * tells a correction from a republication is taken of it, and the JDK's generated version formats
     * with String.format, slow for a million decisions.
     */
    @Override
    public String toString() {
        return appendTo(new StringBuilder(1024)).toString();
    }

    /** Appends {@link #toString()}'s text, for a hash taken without a String of it. */
    StringBuilder appendTo(StringBuilder out) {
        return out.append("PublicDecision[")
                .append("decisionNo=").append(decisionNo)
                .append(", agencyCode=").append(agencyCode)
                .append(", district=").append(district)
                .append(", powerCode=").append(powerCode)
                .append(", partyType=").append(partyType)
                .append(", partyName=").append(partyName)
                .append(", partyCreditCode=").append(partyCreditCode)
                .append(", legalRepresentative=").append(legalRepresentative)
                .append(", violationFacts=").append(violationFacts)
                .append(", legalBasis=").append(legalBasis)
                .append(", penaltyTypes=").append(penaltyTypes)
                .append(", fineAmount=").append(fineAmount)
                .append(", confiscationAmount=").append(confiscationAmount)
                .append(", decisionDate=").append(decisionDate)
                .append(", visibleUntil=").append(visibleUntil)
                .append(", status=").append(status)
                .append(", correctedOn=").append(correctedOn)
                .append(", correctionReason=").append(correctionReason)
                .append(", major=").append(major)
                .append(", legalReviewDate=").append(legalReviewDate)
                .append(", publishedOn=").append(publishedOn)
                .append(']');
    }
}
