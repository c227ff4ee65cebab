package org.disclosurehub.support;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.disclosurehub.ingest.ResidentId;
import org.disclosurehub.policy.Decision;
import org.disclosurehub.policy.DecisionStatus;
import org.disclosurehub.policy.Exemption;
import org.disclosurehub.policy.PartyType;
import org.disclosurehub.policy.PenaltyType;
import org.disclosurehub.policy.ProcedureKind;
import org.disclosurehub.policy.Severity;

/**
 * A penalty decision for tests, built fluently from a publishable default: a legal person fined
 * 5,000 yuan by the market regulation department of {@link DatasetBuilder#validDataset()} under
 * its penalty power CF-002, general procedure, GENERAL severity, no exemption, in force, decided
 * on 2026-06-01 and handled by the department's two officers that
 * {@link DatasetBuilder#withPenaltyDecisions()} provides.
 *
 * <p>The same object serves the Java policy ({@link #build()}) and the CSV
 * ({@link DatasetBuilder#addDecision(Decision)}), so a test compares both on identical input.
 */
public final class TestDecision {

    private String decisionNo;
    private String agencyCode = DatasetBuilder.DEPARTMENT;
    private String powerCode = "CF-002";
    private PartyType partyType = PartyType.LEGAL_PERSON;
    private String partyName = "北京示例商贸有限公司";
    private String partyCreditCode = DatasetBuilder.uscc(7001);
    private String partyIdNo;
    private String legalRepresentative = "周示例";
    private String violationFacts = "当事人经营超过保质期的食品。";
    private String legalBasis = "《中华人民共和国食品安全法》第一百二十四条";
    private List<PenaltyType> penaltyTypes = List.of(PenaltyType.FINE);
    private BigDecimal fineAmount = new BigDecimal("5000.00");
    private BigDecimal confiscationAmount;
    private LocalDate decisionDate = LocalDate.of(2026, 6, 1);
    private ProcedureKind procedure = ProcedureKind.GENERAL;
    private List<String> officerCredentials = List.of(DatasetBuilder.DEPARTMENT_OFFICER,
            DatasetBuilder.DEPARTMENT_OFFICER_2);
    private Severity severity = Severity.GENERAL;
    private Exemption exemption = Exemption.NONE;
    private DecisionStatus status = DecisionStatus.EFFECTIVE;
    private LocalDate statusChangedOn;
    private String statusReason;
    private List<String> redactedPassages = List.of();
    private boolean major;
    private LocalDate legalReviewDate;
    private LocalDate publishedOn;

    private TestDecision(String decisionNo) {
        this.decisionNo = decisionNo;
    }

    public static TestDecision decision(String decisionNo) {
        return new TestDecision(decisionNo);
    }

    /** A valid resident ID number built from a serial number (check character computed). */
    public static String residentId(int serial) {
        String first17 = String.format("11010519900101%03d", serial % 1000);
        return first17 + ResidentId.checkCharacter(first17);
    }

    /** The party is a natural person with this name and ID number (no credit code, no representative). */
    public TestDecision naturalPerson(String name, String idNo) {
        partyType = PartyType.NATURAL_PERSON;
        partyName = name;
        partyIdNo = idNo;
        partyCreditCode = null;
        legalRepresentative = null;
        return this;
    }

    /** The party is an individual business: its trade name, credit code and operator. */
    public TestDecision individualBusiness(String tradeName, String creditCode, String operator) {
        partyType = PartyType.INDIVIDUAL_BUSINESS;
        partyName = tradeName;
        partyCreditCode = creditCode;
        legalRepresentative = operator;
        partyIdNo = null;
        return this;
    }

    /** The party is a legal person (or, with {@link #partyType}, another organisation). */
    public TestDecision legalPerson(String name, String creditCode, String representative) {
        partyType = PartyType.LEGAL_PERSON;
        partyName = name;
        partyCreditCode = creditCode;
        legalRepresentative = representative;
        partyIdNo = null;
        return this;
    }

    public TestDecision partyType(PartyType v) {
        partyType = v;
        return this;
    }

    public TestDecision agency(String code, String power, String... officers) {
        agencyCode = code;
        powerCode = power;
        officerCredentials = List.of(officers);
        return this;
    }

    public TestDecision power(String v) {
        powerCode = v;
        return this;
    }

    public TestDecision officers(String... v) {
        officerCredentials = List.of(v);
        return this;
    }

    public TestDecision facts(String v) {
        violationFacts = v;
        return this;
    }

    public TestDecision legalBasis(String v) {
        legalBasis = v;
        return this;
    }

    public TestDecision penalties(PenaltyType... v) {
        penaltyTypes = List.of(v);
        return this;
    }

    public TestDecision warningOnly() {
        penaltyTypes = List.of(PenaltyType.WARNING);
        fineAmount = null;
        return this;
    }

    public TestDecision fine(String yuan) {
        fineAmount = yuan == null ? null : new BigDecimal(yuan);
        return this;
    }

    public TestDecision confiscation(String yuan) {
        confiscationAmount = yuan == null ? null : new BigDecimal(yuan);
        return this;
    }

    public TestDecision decided(String day) {
        decisionDate = LocalDate.parse(day);
        return this;
    }

    public TestDecision decided(LocalDate day) {
        decisionDate = day;
        return this;
    }

    public TestDecision procedure(ProcedureKind v) {
        procedure = v;
        return this;
    }

    public TestDecision simpleProcedure() {
        return procedure(ProcedureKind.SIMPLE);
    }

    public TestDecision severity(Severity v) {
        severity = v;
        return this;
    }

    public TestDecision exemption(Exemption v) {
        exemption = v;
        return this;
    }

    public TestDecision changed(String on, String reason) {
        status = DecisionStatus.CHANGED;
        statusChangedOn = LocalDate.parse(on);
        statusReason = reason;
        return this;
    }

    public TestDecision revoked(String on, String reason) {
        status = DecisionStatus.REVOKED;
        statusChangedOn = LocalDate.parse(on);
        statusReason = reason;
        return this;
    }

    public TestDecision status(DecisionStatus v, LocalDate on, String reason) {
        status = v;
        statusChangedOn = on;
        statusReason = reason;
        return this;
    }

    public TestDecision redacted(String... passages) {
        redactedPassages = List.of(passages);
        return this;
    }

    public TestDecision major(String reviewedOn) {
        major = true;
        legalReviewDate = LocalDate.parse(reviewedOn);
        return this;
    }

    public TestDecision publishedOn(String day) {
        publishedOn = day == null ? null : LocalDate.parse(day);
        return this;
    }

    public TestDecision publishedOn(LocalDate day) {
        publishedOn = day;
        return this;
    }

    public Decision build() {
        return new Decision(decisionNo, agencyCode, powerCode, partyType, partyName, partyCreditCode, partyIdNo,
                legalRepresentative, violationFacts, legalBasis, List.copyOf(penaltyTypes), fineAmount,
                confiscationAmount, decisionDate, procedure, List.copyOf(officerCredentials), severity, exemption,
                status, statusChangedOn, statusReason, new ArrayList<>(redactedPassages), major, legalReviewDate,
                publishedOn);
    }
}
