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
}
