package org.disclosurehub.penalty;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.disclosurehub.graphql.HubException;
import org.disclosurehub.policy.DecisionQuery;
import org.disclosurehub.policy.PenaltyType;

/** GraphQL input PenaltyDecisionFilter. */
record DecisionFilter(String agencyCode, String district, String partyNameContains, String partyCreditCode,
        String decisionNo, LocalDate decidedFrom, LocalDate decidedTo, PenaltyType penaltyType, BigDecimal fineMin,
        BigDecimal fineMax, String powerCode) {

    DecisionQuery toQuery() {
        if (partyNameContains != null && partyNameContains.codePointCount(0, partyNameContains.length()) > 100) {
            throw HubException.badInput("partyNameContains is longer than 100 characters.");
        }
        if (decidedFrom != null && decidedTo != null && decidedTo.isBefore(decidedFrom)) {
            throw HubException.badInput("decidedTo is before decidedFrom.");
        }
        if (fineMin != null && fineMax != null && fineMax.compareTo(fineMin) < 0) {
            throw HubException.badInput("fineMax is less than fineMin.");
        }
        String contains = partyNameContains == null || partyNameContains.isBlank() ? null : partyNameContains.strip();
        return new DecisionQuery(agencyCode, district, contains, partyCreditCode, decisionNo, decidedFrom, decidedTo,
                penaltyType, fineMin, fineMax, powerCode, null);
    }
}
