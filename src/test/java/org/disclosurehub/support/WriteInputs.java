package org.disclosurehub.support;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Valid mutation inputs over {@link WriteData}'s agencies, as maps a test then changes one field of. */
public final class WriteInputs {

    private WriteInputs() {
    }

    /**
     * {@code PublishPenaltyDecisionInput}: the department fines a legal person 5,000 yuan, handled
     * by its two officers (as {@link TestDecision}'s default).
     */
    public static Map<String, Object> decision(String decisionNo) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("decisionNo", decisionNo);
        d.put("agencyCode", DatasetBuilder.DEPARTMENT);
        d.put("powerCode", "CF-002");
        d.put("partyType", "LEGAL_PERSON");
        d.put("partyName", "北京示例商贸有限公司");
        d.put("partyCreditCode", DatasetBuilder.uscc(7001));
        d.put("legalRepresentative", "周示例");
        d.put("violationFacts", "当事人经营超过保质期的食品。");
        d.put("legalBasis", "《中华人民共和国食品安全法》第一百二十四条");
        d.put("penaltyTypes", List.of("FINE"));
        d.put("fineAmount", "5000.00");
        d.put("decisionDate", "2026-06-01");
        d.put("procedure", "GENERAL");
        d.put("officerCredentials", List.of(DatasetBuilder.DEPARTMENT_OFFICER, DatasetBuilder.DEPARTMENT_OFFICER_2));
        d.put("severity", "GENERAL");
        return d;
    }

    /** {@code AddPowerInput}: a penalty power of the department, in force from 2026-01-01. */
    public static Map<String, Object> power(String code) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("code", code);
        p.put("agencyCode", DatasetBuilder.DEPARTMENT);
        p.put("name", "对销售未经检验的食品添加剂的处罚");
        p.put("category", "PENALTY");
        p.put("legalBasis", "《食品安全法》第一百二十五条");
        p.put("effectiveFrom", "2026-01-01");
        return p;
    }
}
