package org.disclosurehub.penalty;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.disclosurehub.policy.Decision;
import org.disclosurehub.policy.DecisionStatus;
import org.disclosurehub.policy.Exemption;
import org.disclosurehub.policy.PartyType;
import org.disclosurehub.policy.PenaltyType;
import org.disclosurehub.policy.ProcedureKind;
import org.disclosurehub.policy.Severity;
import org.springframework.graphql.data.ArgumentValue;

/** The inputs of the penalty-decision mutations (schema/write.graphqls). */
final class DecisionInputs {

    private DecisionInputs() {
    }

    record PublishPenaltyDecisionInput(String decisionNo, String agencyCode, String powerCode, PartyType partyType,
            String partyName, String partyCreditCode, String partyIdNo, String legalRepresentative, String violationFacts,
            String legalBasis, List<PenaltyType> penaltyTypes, BigDecimal fineAmount, BigDecimal confiscationAmount,
            LocalDate decisionDate, ProcedureKind procedure, List<String> officerCredentials, Severity severity,
            Exemption exemption, List<String> redactedPassages, Boolean major, LocalDate legalReviewDate,
            LocalDate publishedOn) {

        /** The decision as made: in force, never changed. */
        Decision toDecision() {
            return new Decision(strip(decisionNo), agencyCode, strip(powerCode), partyType, strip(partyName),
                    strip(partyCreditCode), strip(partyIdNo), strip(legalRepresentative), strip(violationFacts),
                    strip(legalBasis), list(penaltyTypes), money(fineAmount), money(confiscationAmount), decisionDate, procedure,
                    list(officerCredentials).stream().map(String::strip).toList(), severity,
                    exemption == null ? Exemption.NONE : exemption, DecisionStatus.EFFECTIVE, null, null,
                    list(redactedPassages), Boolean.TRUE.equals(major), legalReviewDate, publishedOn);
        }
    }

    /** An omitted field keeps its stored value; null clears it. */
    record CorrectPenaltyDecisionInput(String decisionNo, Integer expectedVersion, LocalDate correctedOn, String reason,
            ArgumentValue<String> powerCode, ArgumentValue<PartyType> partyType, ArgumentValue<String> partyName,
            ArgumentValue<String> partyCreditCode, ArgumentValue<String> partyIdNo,
            ArgumentValue<String> legalRepresentative, ArgumentValue<String> violationFacts,
            ArgumentValue<String> legalBasis, ArgumentValue<List<PenaltyType>> penaltyTypes,
            ArgumentValue<BigDecimal> fineAmount, ArgumentValue<BigDecimal> confiscationAmount,
            ArgumentValue<LocalDate> decisionDate, ArgumentValue<ProcedureKind> procedure,
            ArgumentValue<List<String>> officerCredentials, ArgumentValue<Severity> severity,
            ArgumentValue<Exemption> exemption, ArgumentValue<List<String>> redactedPassages,
            ArgumentValue<Boolean> major, ArgumentValue<LocalDate> legalReviewDate, ArgumentValue<LocalDate> publishedOn) {

        /** The stored decision with the corrections applied, marked CHANGED on {@code correctedOn} for {@code reason}. */
        Decision applyTo(Decision d) {
            return new Decision(d.decisionNo(), d.agencyCode(), strip(or(powerCode, d.powerCode())),
                    or(partyType, d.partyType()), strip(or(partyName, d.partyName())),
                    strip(or(partyCreditCode, d.partyCreditCode())), strip(or(partyIdNo, d.partyIdNo())),
                    strip(or(legalRepresentative, d.legalRepresentative())), strip(or(violationFacts, d.violationFacts())),
                    strip(or(legalBasis, d.legalBasis())), list(or(penaltyTypes, d.penaltyTypes())),
                    money(or(fineAmount, d.fineAmount())), money(or(confiscationAmount, d.confiscationAmount())),
                    or(decisionDate, d.decisionDate()), or(procedure, d.procedure()),
                    list(or(officerCredentials, d.officerCredentials())).stream().map(String::strip).toList(),
                    or(severity, d.severity()), or(exemption, d.exemption()), DecisionStatus.CHANGED, correctedOn,
                    strip(reason), list(or(redactedPassages, d.redactedPassages())),
                    Boolean.TRUE.equals(or(major, d.major())), or(legalReviewDate, d.legalReviewDate()),
                    or(publishedOn, d.publishedOn()));
        }
    }

    record WithdrawPenaltyDecisionInput(String decisionNo, LocalDate withdrawnOn, String reason, Integer expectedVersion) {

        /** The stored decision, revoked on {@code withdrawnOn} for {@code reason}. */
        Decision applyTo(Decision d) {
            return new Decision(d.decisionNo(), d.agencyCode(), d.powerCode(), d.partyType(), d.partyName(),
                    d.partyCreditCode(), d.partyIdNo(), d.legalRepresentative(), d.violationFacts(), d.legalBasis(),
                    d.penaltyTypes(), d.fineAmount(), d.confiscationAmount(), d.decisionDate(), d.procedure(),
                    d.officerCredentials(), d.severity(), d.exemption(), DecisionStatus.REVOKED, withdrawnOn, strip(reason),
                    d.redactedPassages(), d.major(), d.legalReviewDate(), d.publishedOn());
        }
    }

    private static <T> T or(ArgumentValue<T> value, T stored) {
        return value == null || value.isOmitted() ? stored : value.value();
    }

    private static <T> List<T> list(List<T> values) {
        return values == null ? List.of() : List.copyOf(values);
    }

    /** Yuan with two decimals, as stored, so the same amount is the same decision whichever way it came. */
    private static BigDecimal money(BigDecimal amount) {
        return amount == null || amount.stripTrailingZeros().scale() > 2 ? amount : amount.setScale(2);
    }

    private static String strip(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
