package org.disclosurehub.policy;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Conditions on the public list of penalty decisions. Every condition runs against the public
 * form: a party name is matched against the masked name, so a real name finds nothing.
 */
public record DecisionQuery(
        String agencyCode,
        String district,
        String partyNameContains,
        String partyCreditCode,
        String decisionNo,
        LocalDate decidedFrom,
        LocalDate decidedTo,
        PenaltyType penaltyType,
        BigDecimal fineMin,
        BigDecimal fineMax,
        String powerCode,
        String officerCredential) {

    public static final DecisionQuery ALL = new DecisionQuery(null, null, null, null, null, null, null, null, null,
            null, null, null);

    public DecisionQuery withAgency(String code) {
        return new DecisionQuery(code, district, partyNameContains, partyCreditCode, decisionNo, decidedFrom, decidedTo,
                penaltyType, fineMin, fineMax, powerCode, officerCredential);
    }

    public DecisionQuery withPower(String code) {
        return new DecisionQuery(agencyCode, district, partyNameContains, partyCreditCode, decisionNo, decidedFrom,
                decidedTo, penaltyType, fineMin, fineMax, code, officerCredential);
    }

    public DecisionQuery withOfficer(String credential) {
        return new DecisionQuery(agencyCode, district, partyNameContains, partyCreditCode, decisionNo, decidedFrom,
                decidedTo, penaltyType, fineMin, fineMax, powerCode, credential);
    }
}
